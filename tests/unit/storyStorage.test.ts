import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PlanMapDb } from '../../src/io/db';
import { classifyStorageError, openDbSafely, save } from '../../src/io/persist';
import {
  MAX_BACKUPS_PER_KIND,
  STORY_KEY,
  STORY_ROW,
  keepStoryBackup,
  parseStoryFile,
  startStoryStorage,
} from '../../src/io/storyStorage';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import type { Story, StoryStep } from '../../src/domain/story';
import { createAppStore } from '../../src/state/store';

const step = (id: string, title = id): StoryStep => ({
  id,
  title,
  camera: { center: [109.4, 24.3], zoom: 9, bearing: 0, pitch: 0 },
  layers: ['projects'],
  filters: EMPTY_FILTERS,
  selected: null,
});
const story = (...ids: string[]): Story => ({
  id: 'mine',
  title: '我的演示',
  steps: ids.map((i) => step(i)),
});

/** A minimal in-memory localStorage. */
function memoryStorage(init: Record<string, string> = {}): Storage {
  const m = new Map(Object.entries(init));
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

const quotaError = () =>
  Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

let n = 0;
const dbs: PlanMapDb[] = [];
async function freshDb(): Promise<PlanMapDb> {
  const db = openDb(`test-${n++}`);
  await db.open();
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const storageNotices = (store: ReturnType<typeof createAppStore>) =>
  store.getState().notices.filter((x) => x.key === 'storage');

describe('story storage (IndexedDB)', () => {
  it('reads the saved story and saves every change', async () => {
    const db = await freshDb();
    await db.stories.put({ key: STORY_ROW, value: story('a', 'b'), updated_at: '' });
    const store = createAppStore();
    const h = startStoryStorage(store, { db, legacy: null });
    await h.ready;
    expect(store.getState().customStory.steps.map((s) => s.id)).toEqual(['a', 'b']);
    store.getState().addStep(step('c'));
    await h.flush();
    const row = await db.stories.get(STORY_ROW);
    expect((row!.value as Story).steps.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(store.getState().notices).toEqual([]);
    h.stop();
  });

  it('start-up never waits for the database, and early work is kept', async () => {
    const store = createAppStore();
    let open!: (db: PlanMapDb) => void;
    const slow = new Promise<PlanMapDb>((ok) => (open = ok));
    const h = startStoryStorage(store, { db: slow, legacy: null });
    // Usable at once, with the database still closed.
    store.getState().addStep(step('early'));
    expect(store.getState().customStory.steps).toHaveLength(1);
    const db = await freshDb();
    await db.stories.put({ key: STORY_ROW, value: story('saved'), updated_at: '' });
    open(db);
    await h.ready;
    await h.flush();
    expect(store.getState().customStory.steps.map((s) => s.id)).toEqual(['saved', 'early']);
    expect(((await db.stories.get(STORY_ROW))!.value as Story).steps).toHaveLength(2);
    h.stop();
  });

  it('migrates a localStorage story once, removing the old key only after the write', async () => {
    const db = await freshDb();
    const legacy = memoryStorage({ [STORY_KEY]: JSON.stringify(story('old1', 'old2')) });
    const store = createAppStore();
    const h = startStoryStorage(store, { db, legacy });
    await h.ready;
    expect(store.getState().customStory.steps.map((s) => s.id)).toEqual(['old1', 'old2']);
    expect(((await db.stories.get(STORY_ROW))!.value as Story).steps).toHaveLength(2);
    expect(legacy.getItem(STORY_KEY)).toBeNull();
    h.stop();
  });

  it('keeps the old key when the migrating write fails (quota)', async () => {
    const db = await freshDb();
    db.stories.put = (() => Promise.reject(quotaError())) as unknown as typeof db.stories.put;
    const raw = JSON.stringify(story('old'));
    const legacy = memoryStorage({ [STORY_KEY]: raw });
    const store = createAppStore();
    const h = startStoryStorage(store, { db, legacy });
    await h.ready;
    expect(legacy.getItem(STORY_KEY)).toBe(raw);
    expect(store.getState().customStory.steps.map((s) => s.id)).toEqual(['old']);
    expect(storageNotices(store)).toHaveLength(1);
    h.stop();
  });

  it('keeps a corrupted saved value as a backup and tells the user', async () => {
    const db = await freshDb();
    const corrupt = { steps: 'not a list', __proto__: { polluted: true } };
    await db.stories.put({ key: STORY_ROW, value: corrupt, updated_at: '' });
    const store = createAppStore();
    const h = startStoryStorage(store, { db, legacy: memoryStorage({ [STORY_KEY]: '{not json' }) });
    await h.ready;
    const backups = await db.backups.toArray();
    expect(backups.map((b) => b.kind).sort()).toEqual(['legacy-unreadable', 'unreadable']);
    expect(backups.find((b) => b.kind === 'legacy-unreadable')!.value).toBe('{not json');
    expect(store.getState().notices.filter((x) => x.level === 'error')).toHaveLength(2);
    expect(store.getState().customStory.steps).toEqual([]);
    h.stop();
  });

  it('an old saved story that is JSON but not a story is kept aside, not loaded', async () => {
    const db = await freshDb();
    const raw = JSON.stringify({ id: 'mine', steps: [{ id: 1 }] });
    const store = createAppStore();
    const h = startStoryStorage(store, { db, legacy: memoryStorage({ [STORY_KEY]: raw }) });
    await h.ready;
    expect(store.getState().customStory.steps).toEqual([]);
    expect((await db.backups.toArray()).map((b) => [b.kind, b.value])).toEqual([['legacy-unreadable', raw]]);
    expect(store.getState().notices.filter((x) => x.level === 'error')).toHaveLength(1);
    h.stop();
  });

  it('quota exceeded: one notice however many changes, content stays in memory, cleared once saving works', async () => {
    const db = await freshDb();
    const put = db.stories.put.bind(db.stories);
    let full = true;
    db.stories.put = ((...a: Parameters<typeof put>) =>
      full ? Promise.reject(quotaError()) : put(...a)) as typeof db.stories.put;
    const store = createAppStore();
    const h = startStoryStorage(store, { db, legacy: null });
    await h.ready;
    for (const id of ['a', 'b', 'c']) {
      store.getState().addStep(step(id));
      await h.flush();
    }
    expect(store.getState().customStory.steps).toHaveLength(3);
    const notices = storageNotices(store);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain('已满');
    expect(notices[0]!.action).toBe('export-story');
    full = false;
    store.getState().addStep(step('d'));
    await h.flush();
    expect(storageNotices(store)).toHaveLength(0);
    expect(((await db.stories.get(STORY_ROW))!.value as Story).steps).toHaveLength(4);
    h.stop();
  });

  it('no usable database (private mode, blocked, absent): one notice, nothing lost in memory', async () => {
    expect(
      await openDbSafely(() => {
        throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      }),
    ).toBeNull();
    const blocked = { open: () => new Promise(() => undefined) } as unknown as PlanMapDb;
    expect(await openDbSafely(() => blocked, 50)).toBeNull();
    const store = createAppStore();
    const h = startStoryStorage(store, { db: null, legacy: null });
    await h.ready;
    store.getState().addStep(step('a'));
    store.getState().addStep(step('b'));
    await h.flush();
    expect(store.getState().customStory.steps).toHaveLength(2);
    expect(storageNotices(store)).toHaveLength(1);
    expect(storageNotices(store)[0]!.text).toContain('隐私模式');
    expect((await keepStoryBackup(store.getState().customStory)).ok).toBe(false);
    h.stop();
  });

  it('a read that throws leaves the app working with one notice', async () => {
    const db = await freshDb();
    db.stories.get = (() => Promise.reject(new Error('boom'))) as unknown as typeof db.stories.get;
    const store = createAppStore();
    const h = startStoryStorage(store, { db, legacy: null });
    await h.ready;
    expect(storageNotices(store)).toHaveLength(1);
    h.stop();
  });

  it('backups are bounded per kind; the newest are kept and nothing is kept for an empty story', async () => {
    const db = await freshDb();
    const store = createAppStore();
    const h = startStoryStorage(store, { db, legacy: null });
    await h.ready;
    expect(await keepStoryBackup(story())).toEqual({ ok: true, kept: null });
    for (let i = 0; i < MAX_BACKUPS_PER_KIND + 3; i++)
      expect((await keepStoryBackup(story(`s${i}`))).ok).toBe(true);
    const rows = await db.backups.where('kind').equals('before-import').toArray();
    expect(rows).toHaveLength(MAX_BACKUPS_PER_KIND);
    expect((rows.at(-1)!.value as Story).steps[0]!.id).toBe(`s${MAX_BACKUPS_PER_KIND + 2}`);
    h.stop();
  });

  it('an import that cannot keep its backup is told so (quota)', async () => {
    const db = await freshDb();
    db.backups.add = (() => Promise.reject(quotaError())) as unknown as typeof db.backups.add;
    const store = createAppStore();
    const h = startStoryStorage(store, { db, legacy: null });
    await h.ready;
    expect(await keepStoryBackup(story('a'))).toEqual({ ok: false, problem: 'quota' });
    h.stop();
  });
});

describe('storage errors', () => {
  it('classifies errors by what the user can do', async () => {
    expect(classifyStorageError(quotaError())).toBe('quota');
    expect(classifyStorageError({ name: 'AbortError', inner: quotaError() })).toBe('quota');
    expect(classifyStorageError({ name: 'MissingAPIError' })).toBe('unavailable');
    expect(classifyStorageError(new Error('other'))).toBe('failed');
    expect(classifyStorageError(null)).toBe('failed');
    expect(await save(() => Promise.reject(quotaError()))).toEqual({ ok: false, problem: 'quota' });
    expect(await save(() => new Promise(() => undefined), 20)).toEqual({ ok: false, problem: 'unavailable' });
    expect(
      await save(() => {
        throw new Error('sync');
      }),
    ).toEqual({ ok: false, problem: 'failed' });
  });
});

describe('story files', () => {
  const file = (s: unknown) => JSON.stringify({ format: 'liuzhou-plan-map/story', version: 1, story: s });

  it('renumbers duplicate step ids, dropping nothing', () => {
    const r = parseStoryFile(file(story('a', 'a', 'b', 'a')), 'zh');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.story.steps.map((s) => s.id)).toEqual(['a', 'a-2', 'b', 'a-3']);
    expect(r.renumbered).toBe(2);
  });

  it('keeps hostile names as plain data', () => {
    const s = story('constructor', '__proto__', 'prototype');
    const r = parseStoryFile(file({ ...s, title: '__proto__' }), 'zh');
    expect(r.ok && r.story.steps.map((x) => x.id)).toEqual(['constructor', '__proto__', 'prototype']);
    const proto = parseStoryFile('{"__proto__":{"polluted":1},"format":"liuzhou-plan-map/story"}', 'zh');
    expect(proto.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses cameras outside the map and unordered extents, naming the field in planner words', () => {
    const zoom = story('a', 'b');
    zoom.steps[1]!.camera = { center: [109, 24], zoom: 30, bearing: 0, pitch: 0 };
    const r = parseStoryFile(file(zoom), 'zh');
    expect(r).toEqual({ ok: false, message: '第 2 步 › 地图视图 › 缩放级别：超出允许范围' });
    const en = parseStoryFile(file(zoom), 'en');
    expect(!en.ok && en.message).toBe('step 2 › map view › zoom level: out of the allowed range');

    const lat = story('a');
    lat.steps[0]!.camera = { center: [109, 89], zoom: 9, bearing: 0, pitch: 0 };
    expect(parseStoryFile(file(lat), 'zh').ok).toBe(false);

    const bounds = story('a');
    bounds.steps[0]!.camera = { bounds: [110, 25, 109, 24] };
    const b = parseStoryFile(file(bounds), 'zh');
    expect(!b.ok && b.message).toContain('范围');
    expect(parseStoryFile('{"format":', 'zh').ok).toBe(false);
    const missing = parseStoryFile(file({ id: 'x', steps: [] }), 'zh');
    expect(!missing.ok && missing.message).toBe('标题：缺失');
  });
});
