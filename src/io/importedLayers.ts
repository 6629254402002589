/**
 * Imported layers in the one local database: the description in `importedLayers`, the features in
 * `importedChunks` (5,000 a chunk, so a 100k-point layer is 20 rows). Validated on load; a layer
 * that cannot be read is left in the database untouched and reported.
 */
import { byCodeUnit } from '../domain/codeOrder';
import type { Feature, FeatureCollection } from 'geojson';
import { ImportedLayerMetaSchema } from '../domain/importedLayer';
import { checkFeatures } from './import/loaders';
import type { ImportedLayer } from '../state/importsSlice';
import { readStored, type PlanMapDb } from './db';

const CHUNK = 5000;

/** Lets the page paint and handle input between chunk writes (each write clones its chunk on the page). */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Writes the features chunk by chunk, each in its own short transaction with a pause between, so a
 * 100k-point layer never holds the page for one long clone; the description goes last, so a layer
 * interrupted half-way is never loaded (its stray chunks are removed, here or on the next save).
 */
export async function saveImportedLayer(db: PlanMapDb, layer: ImportedLayer): Promise<void> {
  const { meta, features } = layer;
  await db.importedChunks.where('layer_id').equals(meta.id).delete();
  try {
    for (let i = 0; i * CHUNK < features.features.length; i++) {
      await db.importedChunks.add({
        layer_id: meta.id,
        index: i,
        value: features.features.slice(i * CHUNK, (i + 1) * CHUNK),
      });
      await yieldToPage();
    }
    await db.importedLayers.put({ id: meta.id, value: meta, updated_at: new Date().toISOString() });
  } catch (e) {
    await db.importedChunks
      .where('layer_id')
      .equals(meta.id)
      .delete()
      .catch(() => undefined);
    throw e;
  }
}

export async function deleteImportedLayer(db: PlanMapDb, id: string): Promise<void> {
  await db.transaction('rw', db.importedLayers, db.importedChunks, async () => {
    await db.importedChunks.where('layer_id').equals(id).delete();
    await db.importedLayers.delete(id);
  });
}

export async function loadImportedLayers(
  db: PlanMapDb,
): Promise<{ layers: ImportedLayer[]; unreadable: number }> {
  const rows = await readStored(db, () => db.importedLayers.toArray(), []);
  const layers: ImportedLayer[] = [];
  let unreadable = 0;
  for (const row of rows) {
    const meta = ImportedLayerMetaSchema.safeParse(row.value);
    if (!meta.success || meta.data.id !== row.id) {
      unreadable++;
      continue;
    }
    const chunks = await db.importedChunks.where('layer_id').equals(row.id).sortBy('index');
    try {
      const features = chunks.flatMap((c) => {
        if (!Array.isArray(c.value)) throw new Error('chunk');
        return c.value as Feature[];
      });
      const fc: FeatureCollection = checkFeatures({ type: 'FeatureCollection', features });
      if (fc.features.length !== meta.data.count) throw new Error('count');
      layers.push({ meta: meta.data, features: fc, visible: true });
    } catch {
      unreadable++;
    }
  }
  layers.sort((a, b) => byCodeUnit(a.meta.imported_at, b.meta.imported_at));
  return { layers, unreadable };
}

/** Effect: restores the imported layers at start-up, merging with anything imported meanwhile. */
export async function startImportedStorage(
  store: import('../state/store').AppStore,
  db: PlanMapDb,
  say: (n: number) => void,
): Promise<void> {
  try {
    const { layers, unreadable } = await loadImportedLayers(db);
    store.getState().addImportedLayers(layers);
    if (unreadable) say(unreadable);
  } catch {
    say(-1);
  }
}
