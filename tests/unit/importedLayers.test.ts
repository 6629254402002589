import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { attributeFilter, importedLayerSpecs } from '../../src/layers/imported';
import { openDb } from '../../src/io/db';
import { deleteImportedLayer, loadImportedLayers, saveImportedLayer } from '../../src/io/importedLayers';
import { createAppStore } from '../../src/state/store';
import type { ImportedLayer } from '../../src/state/importsSlice';

const points = (n: number): FeatureCollection => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    id: i,
    properties: { name: `p${i}`, category: `c${i % 3}` },
    geometry: { type: 'Point', coordinates: [109 + i * 1e-5, 24.3] },
  })),
});

const layer = (id: string, n: number): ImportedLayer => ({
  meta: {
    id,
    name: id,
    format: 'csv',
    crs: 'GCJ02',
    count: n,
    fields: ['name', 'category'],
    nameField: 'name',
    style: { color: '#8338ec' },
    imported_at: new Date().toISOString(),
  },
  features: points(n),
  visible: true,
});

describe('imported layers', () => {
  it('specs validate with the style spec, with and without an attribute filter', () => {
    const filter = attributeFilter({ field: 'category', value: 'c1' });
    expect(filter).toEqual(['in', 'c1', ['to-string', ['get', 'category']]]);
    expect(attributeFilter({ field: 'category', value: '' })).toBeNull();
    for (const f of [null, filter]) {
      const style = {
        version: 8,
        sources: { 'imported-a': { type: 'geojson', data: points(2) } },
        layers: importedLayerSpecs('imported-a', '#8338ec', f, { visible: true }),
      } as StyleSpecification;
      expect(validateStyleMin(style)).toEqual([]);
    }
  });

  it('imports merge: a second layer is added, never replacing the first', () => {
    const store = createAppStore();
    store.getState().addImportedLayers([layer('a', 2)]);
    store.getState().addImportedLayers([layer('b', 3), layer('a', 9)]);
    expect(store.getState().imported.map((l) => [l.meta.id, l.meta.count])).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
  });

  it('persist in chunks and come back whole; a damaged layer is reported and left in place', async () => {
    const db = openDb(`t-${Math.random()}`);
    await saveImportedLayer(db, layer('big', 12_345));
    await saveImportedLayer(db, layer('small', 3));
    expect(await db.importedChunks.where('layer_id').equals('big').count()).toBe(3);
    await db.importedLayers.put({ id: 'broken', value: { id: 'broken' }, updated_at: '' });
    const { layers, unreadable } = await loadImportedLayers(db);
    expect(layers.map((l) => l.meta.id).sort()).toEqual(['big', 'small']);
    const big = layers.find((l) => l.meta.id === 'big')!;
    expect(big.features.features).toHaveLength(12_345);
    expect(big.features.features[12_344]!.properties!.name).toBe('p12344');
    expect(unreadable).toBe(1);
    expect(await db.importedLayers.get('broken')).toBeTruthy();
    await deleteImportedLayer(db, 'big');
    expect(await db.importedChunks.where('layer_id').equals('big').count()).toBe(0);
  });

  it('a save that fails part-way leaves neither a description nor stray chunks', async () => {
    const db = openDb(`t-${Math.random()}`);
    const bad = layer('bad', 12_000);
    // The third chunk cannot be stored (a function is not cloneable): the first two were written.
    bad.features.features[11_000]!.properties!.oops = () => 0;
    await expect(saveImportedLayer(db, bad)).rejects.toThrow();
    expect(await db.importedLayers.get('bad')).toBeUndefined();
    expect(await db.importedChunks.where('layer_id').equals('bad').count()).toBe(0);
    expect((await loadImportedLayers(db)).unreadable).toBe(0);
  });
});
