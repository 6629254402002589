/** Saving rules: every storage error is sorted by what the planner can do, and gets one notice. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  classifyStorageError,
  clearStorageNotice,
  openDbSafely,
  save,
  storageNotice,
} from '../../src/io/persist';
import type { PlanMapDb } from '../../src/io/db';
import { createAppStore } from '../../src/state/store';
import { t } from '../../src/i18n/strings';

afterEach(() => vi.unstubAllGlobals());

describe('storage errors', () => {
  it('a full disk, by name or by message, also when wrapped by the database library', () => {
    expect(classifyStorageError({ name: 'QuotaExceededError' })).toBe('quota');
    expect(classifyStorageError(new Error('Quota exceeded for this origin'))).toBe('quota');
    expect(classifyStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(classifyStorageError({ name: 'AbortError', inner: { message: 'quota' } })).toBe('quota');
    expect(classifyStorageError({ name: 'AbortError', message: 'aborted' })).toBe('failed');
  });

  it('no usable database, by each name the browser or the library gives', () => {
    for (const name of [
      'MissingAPIError',
      'OpenFailedError',
      'InvalidStateError',
      'SecurityError',
      'DatabaseClosedError',
      'VersionError',
      'TimeoutError',
    ])
      expect(classifyStorageError({ name: 'DexieError', inner: { name } }), name).toBe('unavailable');
    expect(classifyStorageError(null)).toBe('failed');
    expect(classifyStorageError('boom')).toBe('failed');
  });

  it('looks only a few wrappers deep, and a wrapper that contains itself ends', () => {
    let deep: Record<string, unknown> = { name: 'QuotaExceededError' };
    for (let i = 0; i < 4; i++) deep = { name: 'AbortError', inner: deep };
    expect(classifyStorageError(deep)).toBe('failed');
    const loop: Record<string, unknown> = { name: 'AbortError' };
    loop.inner = loop;
    expect(classifyStorageError(loop)).toBe('failed');
  });
});

describe('saving and opening', () => {
  it('a write that never finishes is given up as no usable database', async () => {
    expect(await save(() => new Promise(() => undefined), 20)).toEqual({ ok: false, problem: 'unavailable' });
    expect(await save(async () => 7)).toEqual({ ok: true, value: 7 });
  });

  it('without IndexedDB there is no database, and none is opened', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const open = vi.fn(() => ({ open: async () => undefined }) as unknown as PlanMapDb);
    expect(await openDbSafely(open)).toBeNull();
    expect(open).not.toHaveBeenCalled();
    vi.stubGlobal('indexedDB', {});
    const db = { open: async () => undefined } as unknown as PlanMapDb;
    expect(await openDbSafely(() => db)).toBe(db);
  });
});

describe('the storage notice', () => {
  it('says which trouble it is, as an error, and repeated trouble replaces it', () => {
    const store = createAppStore();
    store.getState().pushNotice('info', '其他提示');
    for (const [problem, key] of [
      ['quota', 'storage.full'],
      ['unavailable', 'storage.unavailable'],
      ['failed', 'storage.failed'],
    ] as const) {
      storageNotice(store, problem);
      const notices = store.getState().notices;
      expect(notices).toHaveLength(2);
      expect(notices[1]).toMatchObject({ level: 'error', text: t('zh', key), action: 'export-story' });
    }
  });

  it('is cleared once saving works again, leaving other notices', () => {
    const store = createAppStore();
    store.getState().pushNotice('info', '其他提示');
    clearStorageNotice(store);
    expect(store.getState().notices).toHaveLength(1);
    storageNotice(store, 'failed');
    clearStorageNotice(store);
    expect(store.getState().notices.map((n) => n.text)).toEqual(['其他提示']);
  });
});
