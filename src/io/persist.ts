/**
 * Saving the planners' own work in the browser's one database (src/io/db.ts) so that saving can
 * never hang the app or lose work. Every call resolves (never throws, never waits for ever).
 *
 *   const db = await openDbSafely();            // PlanMapDb, or null: no IndexedDB, private mode,
 *                                               // blocked by another tab, or too slow to open
 *   const r = await save(() => db.drawings.put(row));
 *   if (!r.ok) storageNotice(store, r.problem); // one notice for all storage trouble, with an
 *   else clearStorageNotice(store);             // offer to export; cleared once saving works again
 *
 * Problems: 'quota' (storage full), 'unavailable' (no usable database), 'failed' (anything else).
 * The caller keeps its content in memory (the store) whatever happens here.
 */
import { t } from '../i18n/strings';
import type { AppStore } from '../state/store';
import type { NoticeAction } from '../state/uiSlice';
import { openDb, type PlanMapDb } from './db';

export type StorageProblem = 'quota' | 'unavailable' | 'failed';
export type SaveResult<T = unknown> = { ok: true; value: T } | { ok: false; problem: StorageProblem };

/** A write or an open that has not finished in this time is treated as failed. */
export const STORAGE_TIMEOUT_MS = 8000;
export const STORAGE_NOTICE_KEY = 'storage';

/** Resolves with the promise's value, or rejects with a TimeoutError after `ms`. */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { name: 'TimeoutError' })), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

/** Storage errors by what the user can do about them (Dexie wraps the browser's error as `inner`). */
export function classifyStorageError(e: unknown): StorageProblem {
  const names: string[] = [];
  const messages: string[] = [];
  for (let x = e as { name?: unknown; message?: unknown; inner?: unknown } | null, i = 0; x && i < 4; i++) {
    if (typeof x.name === 'string') names.push(x.name);
    if (typeof x.message === 'string') messages.push(x.message);
    x = (x.inner ?? null) as typeof x;
  }
  if (names.includes('QuotaExceededError') || messages.some((m) => /quota/i.test(m))) return 'quota';
  const unavailable = [
    'MissingAPIError',
    'OpenFailedError',
    'InvalidStateError',
    'SecurityError',
    'DatabaseClosedError',
    'VersionError',
    'TimeoutError',
  ];
  if (names.some((n) => unavailable.includes(n))) return 'unavailable';
  return 'failed';
}

/** Opens the database, or null when it cannot be used (the app then keeps work in memory). */
export async function openDbSafely(
  open: () => PlanMapDb = openDb,
  timeoutMs = STORAGE_TIMEOUT_MS,
): Promise<PlanMapDb | null> {
  try {
    if (typeof indexedDB === 'undefined') return null;
    const db = open();
    await withTimeout(db.open(), timeoutMs);
    return db;
  } catch {
    return null;
  }
}

/** Runs one database operation; resolves with its value or with the kind of problem. */
export async function save<T>(op: () => Promise<T>, timeoutMs = STORAGE_TIMEOUT_MS): Promise<SaveResult<T>> {
  try {
    return { ok: true, value: await withTimeout(Promise.resolve().then(op), timeoutMs) };
  } catch (e) {
    return { ok: false, problem: classifyStorageError(e) };
  }
}

/** One notice for all storage trouble (repeated problems replace it, never pile up). */
export function storageNotice(
  store: AppStore,
  problem: StorageProblem,
  action: NoticeAction = 'export-story',
) {
  const s = store.getState();
  const key =
    problem === 'quota'
      ? 'storage.full'
      : problem === 'unavailable'
        ? 'storage.unavailable'
        : 'storage.failed';
  s.pushNotice('error', t(s.lang, key), { key: STORAGE_NOTICE_KEY, action });
}

export function clearStorageNotice(store: AppStore) {
  const s = store.getState();
  const n = s.notices.find((x) => x.key === STORAGE_NOTICE_KEY);
  if (n) s.dismissNotice(n.id);
}
