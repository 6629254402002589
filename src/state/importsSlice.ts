/** The planners' imported layers, their attribute filters, the import preview and the picked feature. */
import type { FeatureCollection } from 'geojson';
import type { ImportCrs, ImportedLayerMeta } from '../domain/importedLayer';
import type { LargeLayerDrawing } from '../domain/basemaps';
import type { SliceCreator } from './store';

export interface ImportedLayer {
  meta: ImportedLayerMeta;
  features: FeatureCollection;
  visible: boolean;
}

/** Features whose attribute `field` contains `value` (as text) stay; the others are hidden. */
export interface AttributeFilter {
  field: string;
  value: string;
}

export interface ImportPreview {
  name: string;
  crs: ImportCrs;
  /** Already converted to WGS84 with the chosen CRS. */
  features: FeatureCollection;
}

export interface ImportsSlice {
  imported: ImportedLayer[];
  importFilters: Record<string, AttributeFilter | null>;
  importPreview: ImportPreview | null;
  pickedImported: { layerId: string; properties: Record<string, unknown> } | null;
  /** How large point layers are drawn, as the deployment sets it (config.json); read when the first one is drawn. */
  largeLayerDrawing: LargeLayerDrawing;
  addImportedLayers(layers: ImportedLayer[]): void;
  removeImportedLayer(id: string): void;
  setImportedVisible(id: string, visible: boolean): void;
  setImportFilter(id: string, filter: AttributeFilter | null): void;
  setImportPreview(p: ImportPreview | null): void;
  pickImported(p: ImportsSlice['pickedImported']): void;
  setLargeLayerDrawing(d: LargeLayerDrawing): void;
}

export const createImportsSlice: SliceCreator<ImportsSlice> = (set) => ({
  imported: [],
  importFilters: {},
  importPreview: null,
  pickedImported: null,
  largeLayerDrawing: 'auto',
  setLargeLayerDrawing: (largeLayerDrawing) => set({ largeLayerDrawing }),
  // Imports merge: a layer with a new id is appended, never replacing another.
  addImportedLayers: (layers) =>
    set((s) => ({
      imported: [...s.imported, ...layers.filter((l) => !s.imported.some((x) => x.meta.id === l.meta.id))],
    })),
  removeImportedLayer: (id) =>
    set((s) => ({
      imported: s.imported.filter((l) => l.meta.id !== id),
      pickedImported: s.pickedImported?.layerId === id ? null : s.pickedImported,
    })),
  setImportedVisible: (id, visible) =>
    set((s) => ({ imported: s.imported.map((l) => (l.meta.id === id ? { ...l, visible } : l)) })),
  setImportFilter: (id, filter) => set((s) => ({ importFilters: { ...s.importFilters, [id]: filter } })),
  setImportPreview: (importPreview) => set({ importPreview }),
  // A planner's own point is drawn over the plan: clicking it selects it, not the plan feature
  // beneath (whose click handler, wired first, has already run).
  pickImported: (pickedImported) =>
    set(pickedImported ? { pickedImported, selected: null, choices: null } : { pickedImported }),
});
