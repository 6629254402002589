/**
 * The planners' records in IndexedDB (table `recordLog` of the one database): an append-only log.
 * Rows are only ever added; each row's value is validated on load, and rows that fail are kept in
 * the table (never deleted) and reported.
 */
import { openDb, readStored, type PlanMapDb } from './db';
import { t } from '../i18n/strings';
import type { AppStore } from '../state/store';
import {
  LogEntrySchema,
  RECORDS_FILE_FORMAT,
  RecordsFileSchema,
  mergeLogs,
  type LogEntry,
  type RecordsFile,
} from '../domain/recordLog';

let shared: PlanMapDb | null = null;
const db = () => (shared ??= openDb());

export interface LoadedLog {
  entries: LogEntry[];
  /** Rows that could not be read (kept in the database untouched). */
  unreadable: number;
}

export async function loadLog(database: PlanMapDb = db()): Promise<LoadedLog> {
  const rows = await readStored(database, () => database.recordLog.orderBy('seq').toArray(), []);
  const entries: LogEntry[] = [];
  let unreadable = 0;
  for (const row of rows) {
    const parsed = LogEntrySchema.safeParse(row.value);
    if (parsed.success) entries.push(parsed.data);
    else unreadable += 1;
  }
  return { entries, unreadable };
}

/** Appends entries whose ids are not in the log yet; resolves with the entries actually added. */
export async function appendEntries(
  entries: readonly LogEntry[],
  database: PlanMapDb = db(),
): Promise<LogEntry[]> {
  return database.transaction('rw', database.recordLog, async () => {
    const ids = entries.map((e) => e.entry_id);
    const stored = await database.recordLog.where('entry_id').anyOf(ids).toArray();
    const known = new Set(stored.map((r) => r.entry_id));
    const fresh = mergeLogs([], entries).filter((e) => !known.has(e.entry_id));
    await database.recordLog.bulkAdd(
      fresh.map((e) => ({
        entry_id: e.entry_id,
        record_id: e.record_id,
        item_id: e.item_id,
        at: e.at,
        value: e,
      })),
    );
    return fresh;
  });
}

export function toRecordsFile(entries: readonly LogEntry[], now = new Date()): RecordsFile {
  return { format: RECORDS_FILE_FORMAT, version: 1, exported_at: now.toISOString(), entries: [...entries] };
}

export type ParsedRecordsFile = { ok: true; file: RecordsFile } | { ok: false; reason: 'json' | 'schema' };

/** Reads an exported records file; anything that is not one is refused whole. */
export function parseRecordsFile(text: string): ParsedRecordsFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  const parsed = RecordsFileSchema.safeParse(json);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, reason: 'schema' };
}

/** Effect: loads the log once at start; unreadable rows are reported, never removed. */
export function startRecordLog(store: AppStore, database?: PlanMapDb): Promise<void> {
  return loadLog(database)
    .then(({ entries, unreadable }) => {
      store.getState().logLoaded(entries);
      if (unreadable) {
        store
          .getState()
          .pushNotice('warning', t(store.getState().lang, 'records.unreadable', { n: unreadable }));
      }
    })
    .catch(() => {
      store.getState().logLoaded([]);
      store.getState().pushNotice('error', t(store.getState().lang, 'records.loadFailed'));
    });
}

/** Stores entries, then puts them in the app's log; rejects (and changes nothing) if the write fails. */
export async function saveEntries(
  store: AppStore,
  entries: readonly LogEntry[],
  database?: PlanMapDb,
): Promise<number> {
  const added = await appendEntries(entries, database);
  store.getState().logAppended(added);
  return added.length;
}
