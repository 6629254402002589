/**
 * Effect: keeps the user's own story in the browser's database (table `stories`, row `custom`)
 * across reloads, through the saving rules of ./persist (never hangs, never loses work).
 *
 * - Start-up never waits: the app starts with an empty story and the saved one arrives when read.
 *   Steps added before it arrives are kept (appended after the saved ones).
 * - Stories saved by earlier versions in localStorage are moved once: the old key is removed only
 *   after the database has confirmed the write. An unreadable stored value is kept as a backup,
 *   never overwritten.
 * - Saving failures (full, private mode, blocked) give one notice with an offer to export; the
 *   story stays in memory.
 * - Backups (table `backups`) are bounded per kind; the oldest go only after a newer one is
 *   written, so the only copy of something is never evicted.
 */
import type { z } from 'zod';
import { CUSTOM_STORY_ID, StoryFileSchema, StorySchema, type Story, type StoryFile } from '../domain/story';
import { t, type Lang } from '../i18n/strings';
import type { AppStore } from '../state/store';
import { hasStoredDb, type PlanMapDb } from './db';
import { dateStamp, downloadBlob } from './download';
import { clearStorageNotice, openDbSafely, save, storageNotice, type SaveResult } from './persist';

/** Key of the story in localStorage (versions before the database); read once to migrate. */
export const STORY_KEY = 'liuzhou-plan-map.story.v1';
export const STORY_ROW = 'custom';
export const MAX_BACKUPS_PER_KIND = 10;

export interface StoryStorageOptions {
  /** The database, or null for none; default: the app's one database. */
  db?: PlanMapDb | null | Promise<PlanMapDb | null>;
  /** localStorage (for migration); default: the page's, if usable. */
  legacy?: Storage | null;
}

export interface StoryStorageHandle {
  /** Resolves once the saved story has been read (or found missing/unusable). */
  ready: Promise<void>;
  /** Resolves once every change so far has been written (or has failed). */
  flush(): Promise<void>;
  stop(): void;
}

let currentDb: () => Promise<PlanMapDb | null> = () => Promise.resolve(null);

export function startStoryStorage(store: AppStore, opts: StoryStorageOptions = {}): StoryStorageHandle {
  // Opened when first needed: on a first visit nothing is stored, and the first save creates it.
  let opened: Promise<PlanMapDb | null> | null = null;
  const dbp = () => (opened ??= Promise.resolve(opts.db !== undefined ? opts.db : openDbSafely()));
  currentDb = dbp;
  const legacy = opts.legacy !== undefined ? opts.legacy : safeLocalStorage();
  const lang = () => store.getState().lang;
  let loaded = false;
  let changedBeforeLoad = false;
  let applying = false;
  let pending: Story | null = null;
  let draining: Promise<void> = Promise.resolve();
  let running = false;

  const drain = async (db: PlanMapDb | null) => {
    running = true;
    while (pending) {
      const story = pending;
      pending = null;
      const r: SaveResult = db
        ? await save(() =>
            db.stories.put({ key: STORY_ROW, value: story, updated_at: new Date().toISOString() }),
          )
        : { ok: false, problem: 'unavailable' };
      if (r.ok) clearStorageNotice(store);
      else storageNotice(store, r.problem);
    }
    running = false;
  };
  const scheduleSave = (story: Story) => {
    pending = story;
    if (!running) draining = dbp().then(drain);
  };

  const unsubscribe = store.subscribe(
    (s) => s.customStory,
    (story) => {
      if (applying) return;
      if (!loaded) changedBeforeLoad = true;
      else scheduleSave(story);
    },
  );

  const ready = (async () => {
    // A database given by the caller is read as it is; the app's own only once it exists.
    const db = opts.db !== undefined || (await hasStoredDb()) ? await dbp() : null;
    let saved: Story | null = null;
    let fromLegacy = false;
    if (db) {
      const r = await save(() => db.stories.get(STORY_ROW));
      if (!r.ok) storageNotice(store, r.problem);
      else if (r.value) {
        const parsed = StorySchema.safeParse(r.value.value);
        if (parsed.success) saved = parsed.data;
        else {
          // Kept as it was, under backups; the row is then free to be written again.
          const kept = await keepBackup(db, 'unreadable', r.value.value);
          if (kept.ok)
            store
              .getState()
              .pushNotice('error', t(lang(), 'story.storageBad', { key: `backups #${kept.value}` }));
          else storageNotice(store, kept.problem);
        }
      }
    }
    const raw = legacy ? safeGet(legacy, STORY_KEY) : null;
    if (raw !== null) {
      let parsed: Story | null = null;
      try {
        const r = StorySchema.safeParse(JSON.parse(raw));
        if (r.success) parsed = r.data;
      } catch {
        parsed = null;
      }
      if (parsed && !saved) {
        saved = parsed;
        fromLegacy = true;
      } else if (!parsed) {
        // Unreadable: moved to the database's backups when possible, else left where it is.
        const backupDb = await dbp();
        const kept = backupDb ? await keepBackup(backupDb, 'legacy-unreadable', raw) : null;
        if (kept?.ok) safeRemove(legacy!, STORY_KEY);
        store
          .getState()
          .pushNotice(
            'error',
            t(lang(), 'storage.legacyKept', { key: kept?.ok ? `backups #${kept.value}` : STORY_KEY }),
          );
      }
    }
    const current = store.getState().customStory;
    let next = saved;
    if (saved && changedBeforeLoad) {
      const ids = new Set(saved.steps.map((s) => s.id));
      next = {
        ...saved,
        steps: [...saved.steps, ...current.steps.filter((s) => !ids.has(s.id))].slice(0, 200),
      };
    }
    if (next) {
      applying = true;
      store.getState().replaceCustomStory(next);
      applying = false;
    }
    loaded = true;
    const target = fromLegacy ? await dbp() : null;
    if (target) {
      // Migration: the old key goes only once the database has the story.
      const r = await save(() =>
        target.stories.put({
          key: STORY_ROW,
          value: store.getState().customStory,
          updated_at: new Date().toISOString(),
        }),
      );
      if (r.ok) safeRemove(legacy!, STORY_KEY);
      else storageNotice(store, r.problem);
    } else if (changedBeforeLoad) scheduleSave(store.getState().customStory);
  })();

  return {
    ready,
    flush: async () => {
      await ready;
      while (running || pending) await draining;
    },
    stop: unsubscribe,
  };
}

/** Adds a backup row, then trims that kind to the newest MAX_BACKUPS_PER_KIND. */
async function keepBackup(db: PlanMapDb, kind: string, value: unknown): Promise<SaveResult<number>> {
  const added = await save(() => db.backups.add({ kind, created_at: new Date().toISOString(), value }));
  if (!added.ok) return added;
  // Trimming only ever removes older copies, after a newer one is safely written.
  await save(async () => {
    const keys = (await db.backups.where('kind').equals(kind).primaryKeys()) as number[];
    const extra = keys.sort((a, b) => a - b).slice(0, Math.max(0, keys.length - MAX_BACKUPS_PER_KIND));
    if (extra.length) await db.backups.bulkDelete(extra);
  });
  return { ok: true, value: added.value as number };
}

/**
 * Keeps a copy of a story about to be replaced (e.g. by an import). Resolves with the backup's
 * number, `kept: false` when there is nothing to keep, or the storage problem that prevented it.
 */
export async function keepStoryBackup(
  story: Story,
): Promise<{ ok: true; kept: number | null } | { ok: false; problem: 'quota' | 'unavailable' | 'failed' }> {
  if (story.steps.length === 0) return { ok: true, kept: null };
  const db = await currentDb();
  if (!db) return { ok: false, problem: 'unavailable' };
  const r = await keepBackup(db, 'before-import', story);
  return r.ok ? { ok: true, kept: r.value } : r;
}

/** Saves the story as a file the user can import again. */
export function downloadStoryFile(story: Story): void {
  const file: StoryFile = { format: 'liuzhou-plan-map/story', version: 1, story };
  downloadBlob(
    new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
    `liuzhou-story-${dateStamp()}.json`,
  );
}

export type ParsedStoryFile = { ok: true; story: Story; renumbered: number } | { ok: false; message: string };

/**
 * Reads an exported story file: validates it, names the first problem in planner words, and
 * renumbers duplicate step ids (so every step stays addressable; nothing is dropped).
 */
export function parseStoryFile(text: string, lang: Lang): ParsedStoryFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: t(lang, 'present.importBadField', {
        field: t(lang, 'field.file'),
        problem: t(lang, 'problem.type'),
      }),
    };
  }
  const parsed = StoryFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: describeIssue(lang, parsed.error.issues[0]) };
  const seen = new Set<string>();
  let renumbered = 0;
  const steps = parsed.data.story.steps.map((step) => {
    let id = step.id;
    if (seen.has(id)) {
      renumbered++;
      for (let n = 2; seen.has(id); n++) id = `${step.id.slice(0, 56)}-${n}`;
    }
    seen.add(id);
    return id === step.id ? step : { ...step, id };
  });
  return { ok: true, story: { ...parsed.data.story, id: CUSTOM_STORY_ID, steps }, renumbered };
}

type Issue = z.core.$ZodIssue;

const FIELD_WORDS = new Set([
  'format',
  'version',
  'story',
  'steps',
  'id',
  'title',
  'titleEn',
  'caption',
  'citation',
  'camera',
  'center',
  'zoom',
  'bearing',
  'pitch',
  'bounds',
  'layers',
  'filters',
  'selected',
  'showTargets',
]);

/** `story.steps.3.camera.zoom` → “第 4 步 › 地图视图 › 缩放级别：超出允许范围”. */
export function describeIssue(lang: Lang, issue: Issue | undefined): string {
  if (!issue) return t(lang, 'problem.value');
  // For alternatives (a camera is a view or an extent) report the alternative that got furthest:
  // one whose field is there but wrong before one whose fields are missing (an extent of three
  // numbers is a bad extent, not a view without a centre).
  let path: PropertyKey[] = [...issue.path];
  let leaf: Issue = issue;
  const rank = (e: Issue) =>
    e.path.length === 0 ? 2 : e.code === 'invalid_type' && /undefined/.test(e.message) ? 1 : 0;
  while (leaf.code === 'invalid_union' && leaf.errors.length) {
    const best = leaf.errors
      .filter((e) => e.length)
      .map((e) => e[0]!)
      .sort((a, b) => rank(a) - rank(b) || b.path.length - a.path.length)[0];
    if (!best || best.path.length === 0) break;
    path = [...path, ...best.path];
    leaf = best;
  }
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (typeof seg === 'number' && path[i - 1] === 'steps') words.push(t(lang, 'field.step', { n: seg + 1 }));
    else if (typeof seg === 'string' && seg !== 'story' && FIELD_WORDS.has(seg)) {
      if (seg !== 'steps' || i === path.length - 1) words.push(t(lang, `field.${seg}`));
    }
  }
  const field = words.join(' › ') || t(lang, 'field.file');
  const problem =
    path.includes('bounds') && leaf.code === 'custom'
      ? 'problem.bounds'
      : leaf.code === 'invalid_type'
        ? /undefined/.test(leaf.message)
          ? 'problem.missing'
          : 'problem.type'
        : leaf.code === 'too_big' && leaf.origin === 'string'
          ? 'problem.tooLong'
          : leaf.code === 'too_big' || leaf.code === 'too_small'
            ? 'problem.range'
            : 'problem.value';
  return t(lang, 'present.importBadField', { field, problem: t(lang, problem) });
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
function safeGet(s: Storage, key: string): string | null {
  try {
    return s.getItem(key);
  } catch {
    return null;
  }
}
function safeRemove(s: Storage, key: string): void {
  try {
    s.removeItem(key);
  } catch {
    // Left in place: read again (and merged by id) next time, never lost.
  }
}
