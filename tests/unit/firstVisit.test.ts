import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasStoredDb, openDb } from '../../src/io/db';
import { loadDrawings, startDrawingStorage } from '../../src/io/drawings';
import { loadImportedLayers } from '../../src/io/importedLayers';
import { loadLog } from '../../src/io/recordStore';
import { startBasemapSettings } from '../../src/io/settings';
import { createAppStore } from '../../src/state/store';

const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

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

  it('where the browser cannot tell which databases it holds, start-up reads as before', async () => {
    vi.spyOn(indexedDB, 'databases').mockRejectedValue(new Error('not supported'));
    expect(await hasStoredDb('never-made')).toBe(true);
    vi.spyOn(indexedDB, 'databases').mockResolvedValue([{ name: 'other', version: 1 }]);
    expect(await hasStoredDb('never-made')).toBe(false);
  });
});
