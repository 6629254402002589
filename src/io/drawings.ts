/**
 * Effect: keeps the planners' drawings in the one local database (table `drawings`). Rows are
 * validated on load; an unreadable row is left in the database untouched (never lost) and the user
 * is told. A failed save says so; the drawings stay on the map and the next change retries.
 */
import { byCodeUnit } from '../domain/codeOrder';
import { DrawingSchema, type Drawing } from '../domain/drawing';
import { t } from '../i18n/strings';
import type { AppStore } from '../state/store';
import { openDb, readStored, type PlanMapDb } from './db';

export async function loadDrawings(db: PlanMapDb): Promise<{ drawings: Drawing[]; unreadable: number }> {
  const rows = await readStored(db, () => db.drawings.toArray(), []);
  const drawings: Drawing[] = [];
  let unreadable = 0;
  for (const row of rows) {
    const parsed = DrawingSchema.safeParse(row.value);
    if (parsed.success && parsed.data.id === row.id) drawings.push(parsed.data);
    else unreadable++;
  }
  drawings.sort((a, b) => byCodeUnit(a.created_at, b.created_at));
  return { drawings, unreadable };
}

export function startDrawingStorage(store: AppStore, db: PlanMapDb = openDb()): Promise<() => void> {
  const say = (key: string, vars?: Record<string, string | number>) =>
    store.getState().pushNotice('error', t(store.getState().lang, key, vars));
  return loadDrawings(db)
    .then(({ drawings, unreadable }) => {
      if (unreadable) say('drawings.unreadable', { n: unreadable });
      // Anything drawn while the database was opening is kept, after the stored drawings.
      const early = store.getState().drawings.filter((d) => !drawings.some((x) => x.id === d.id));
      store.getState().loadDrawings([...drawings, ...early]);
      return drawings;
    })
    .catch(() => {
      say('drawings.loadFailed');
      return null;
    })
    .then((loaded) => {
      if (loaded === null) return () => undefined;
      let saved = new Map(loaded.map((d) => [d.id, d]));
      const save = async (next: Drawing[]) => {
        const ids = new Set(next.map((d) => d.id));
        const put = next.filter((d) => saved.get(d.id) !== d);
        const gone = [...saved.keys()].filter((id) => !ids.has(id));
        // Nothing to write (e.g. at start-up): no transaction, so a first visit creates no database.
        if (!put.length && !gone.length) return;
        const now = new Date().toISOString();
        try {
          await db.transaction('rw', db.drawings, async () => {
            if (put.length)
              await db.drawings.bulkPut(put.map((d) => ({ id: d.id, value: d, updated_at: now })));
            if (gone.length) await db.drawings.bulkDelete(gone);
          });
          saved = new Map(next.map((d) => [d.id, d]));
        } catch {
          say('drawings.saveFailed');
        }
      };
      let chain = save(store.getState().drawings);
      return store.subscribe(
        (s) => s.drawings,
        (next) => {
          chain = chain.then(() => save(next));
        },
      );
    });
}
