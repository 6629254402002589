import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, hasStoredDb, openDb } from '../../src/io/db';
import { loadDrawings, startDrawingStorage } from '../../src/io/drawings';
import { loadImportedLayers } from '../../src/io/importedLayers';
import { loadLog } from '../../src/io/recordStore';
import { startBasemapSettings } from '../../src/io/settings';
import { STORY_ROW, startStoryStorage } from '../../src/io/storyStorage';
import type { Story } from '../../src/domain/story';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { createAppStore } from '../../src/state/store';

const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);
const deleteDb = (name: string) =>
  new Promise<void>((ok, fail) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = () => ok();
    r.onerror = () => fail(r.error);
  });

afterEach(() => vi.restoreAllMocks());

describe('a first visit (nothing stored yet)', () => {
  it('start-up reads nothing and creates no database; the first save does', async () => {
    const db = openDb(`first-${Math.random()}`);
    expect(await loadDrawings(db)).toEqual({ drawings: [], unreadable: 0 });
    expect(await loadImportedLayers(db)).toEqual({ layers: [], unreadable: 0 });
    expect(await loadLog(db)).toEqual({ entries: [], unreadable: 0 });
    await startBasemapSettings(createAppStore(), false, db).ready;
    // Nor does starting the drawings' storage, which saves only what changed.
    const stop = await startDrawingStorage(createAppStore(), db);
    stop();
    await new Promise((settled) => setTimeout(settled, 50)); // any save it began has landed
    expect(await exists(db.name)).toBe(false);
    await db.drawings.put({ id: 'a', value: { id: 'a' }, updated_at: '' });
    expect(await exists(db.name)).toBe(true);
    // From then on start-up reads it (this row is not a drawing: counted as unreadable, kept).
    expect(await loadDrawings(db)).toEqual({ drawings: [], unreadable: 1 });
    await db.delete();
  });

  it('the story is kept by the first change, not by opening the app', async () => {
    await deleteDb(DB_NAME);
    const store = createAppStore();
    const h = startStoryStorage(store, { legacy: null });
    await h.ready;
    expect(await exists(DB_NAME)).toBe(false);
    store.getState().addStep({
      id: 's1',
      title: '一',
      camera: { center: [109.4, 24.3], zoom: 9, bearing: 0, pitch: 0 },
      layers: ['projects'],
      filters: EMPTY_FILTERS,
      selected: null,
    });
    await h.flush();
    const db = openDb();
    expect(((await db.stories.get(STORY_ROW))!.value as Story).steps.map((s) => s.id)).toEqual(['s1']);
    // Opened again: the stored story is read back.
    const next = createAppStore();
    const again = startStoryStorage(next, { legacy: null });
    await again.ready;
    expect(next.getState().customStory.steps.map((s) => s.id)).toEqual(['s1']);
    h.stop();
    again.stop();
    db.close();
    await deleteDb(DB_NAME);
  });

  it('where the browser cannot tell which databases it holds, start-up reads as before', async () => {
    vi.spyOn(indexedDB, 'databases').mockRejectedValue(new Error('not supported'));
    expect(await hasStoredDb('never-made')).toBe(true);
    vi.spyOn(indexedDB, 'databases').mockResolvedValue([{ name: 'other', version: 1 }]);
    expect(await hasStoredDb('never-made')).toBe(false);
  });
});
