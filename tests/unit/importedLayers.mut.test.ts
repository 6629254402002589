import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { openDb } from '../../src/io/db';
import { loadImportedLayers, saveImportedLayer, startImportedStorage } from '../../src/io/importedLayers';
import { createAppStore } from '../../src/state/store';
import type { ImportedLayer } from '../../src/state/importsSlice';

const points = (n: number): FeatureCollection => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    id: i,
    properties: { name: `p${i}` },
    geometry: { type: 'Point', coordinates: [109 + i * 1e-5, 24.3] },
  })),
});
const layer = (id: string, n: number, at: string): ImportedLayer => ({
  meta: {
    id,
    name: id,
    format: 'csv',
    crs: 'WGS84',
    count: n,
    fields: ['name'],
    nameField: 'name',
    style: { color: '#8338ec' },
    imported_at: at,
  },
  features: points(n),
  visible: true,
});
const freshDb = () => openDb(`m-${Math.random()}`);

describe('imported layers in the database', () => {
  it('come back in the order they were imported, shown, whatever order they were saved in', async () => {
    const db = freshDb();
    await saveImportedLayer(db, layer('a-later', 2, '2026-03-02T00:00:00Z'));
    await saveImportedLayer(db, layer('b-earlier', 1, '2026-03-01T00:00:00Z'));
    const { layers, unreadable } = await loadImportedLayers(db);
    expect(unreadable).toBe(0);
    expect(layers.map((l) => l.meta.id)).toEqual(['b-earlier', 'a-later']);
    expect(layers.every((l) => l.visible)).toBe(true);
    expect(layers[1]!.features.type).toBe('FeatureCollection');
  });

  it('a layer of exactly one chunk is stored as one; saving again replaces its chunks', async () => {
    const db = freshDb();
    await saveImportedLayer(db, layer('exact', 5000, '2026-03-01T00:00:00Z'));
    expect(await db.importedChunks.where('layer_id').equals('exact').count()).toBe(1);
    await saveImportedLayer(db, layer('exact', 3, '2026-03-01T00:00:00Z'));
    expect(await db.importedChunks.where('layer_id').equals('exact').count()).toBe(1);
    expect((await loadImportedLayers(db)).layers[0]!.features.features).toHaveLength(3);
  });

  it('counts as unreadable, and leaves in place, a layer whose record or chunks are damaged', async () => {
    const db = freshDb();
    await saveImportedLayer(db, layer('ok', 2, '2026-03-01T00:00:00Z'));
    // Its description under another key (an empty layer: no chunk could tell them apart).
    await saveImportedLayer(db, layer('moved', 0, '2026-03-01T00:00:00Z'));
    const moved = await db.importedLayers.get('moved');
    await db.importedLayers.put({ ...moved!, id: 'elsewhere' });
    await db.importedLayers.delete('moved');
    // A chunk that is not a list of features.
    await saveImportedLayer(db, layer('chunk', 2, '2026-03-01T00:00:00Z'));
    await db.importedChunks
      .where('layer_id')
      .equals('chunk')
      .modify({ value: { not: 'a list' } });
    // Fewer features than its description counts.
    await saveImportedLayer(db, layer('short', 2, '2026-03-01T00:00:00Z'));
    await db.importedChunks
      .where('layer_id')
      .equals('short')
      .modify((c) => void (c.value = (c.value as unknown[]).slice(1)));
    // A feature whose position is off the globe.
    await saveImportedLayer(db, layer('bad', 1, '2026-03-01T00:00:00Z'));
    await db.importedChunks
      .where('layer_id')
      .equals('bad')
      .modify(
        (c) =>
          void (c.value = [
            { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [999, 0] } },
          ]),
      );
    const { layers, unreadable } = await loadImportedLayers(db);
    expect(layers.map((l) => l.meta.id)).toEqual(['ok']);
    expect(unreadable).toBe(4);
    expect(await db.importedLayers.count()).toBe(5);
  });

  it('start-up adds what was stored to the store, and says how many could not be read', async () => {
    const db = freshDb();
    const store = createAppStore();
    const say = vi.fn();
    await startImportedStorage(store, db, say);
    expect(say).not.toHaveBeenCalled();
    await saveImportedLayer(db, layer('ok', 2, '2026-03-01T00:00:00Z'));
    await db.importedLayers.put({ id: 'broken', value: { id: 'broken' }, updated_at: '' });
    await startImportedStorage(store, db, say);
    expect(store.getState().imported.map((l) => l.meta.id)).toEqual(['ok']);
    expect(say).toHaveBeenCalledExactlyOnceWith(1);
    // A database that cannot be read at all is reported as such (-1), the app goes on.
    const closed = freshDb();
    await closed.open();
    closed.close();
    const said = vi.fn();
    await startImportedStorage(store, closed, said);
    expect(said).toHaveBeenCalledExactlyOnceWith(-1);
  });
});
