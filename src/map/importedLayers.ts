/**
 * Imported layers and the import preview on the map. Layers MapLibre draws: one GeoJSON source each
 * (set once), the attribute filter applied with setFilter. Point layers drawn apart (see drawnApart:
 * large ones, and on a software renderer all of them) go to deck.gl on the GPU or to a canvas drawn
 * on the CPU (map/largePoints), either loaded only when one exists; their filter is decided once per
 * distinct value. A click shows a feature's attributes either way.
 */
import { LngLatBounds, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import { bbox } from '@turf/turf';
import {
  PREVIEW_SOURCE,
  attributeFilter,
  importedLayerSpecs,
  importedSourceId,
  layerIdsOf,
} from '../layers/imported';
import {
  MAX_CATEGORIES,
  drawnApart,
  fieldCodes,
  isPointLayer,
  matchMask,
  matchingCodes,
  pointColumns,
  type FieldCodes,
  type PointColumns,
} from '../analysis/importColumns';
import type { AttributeFilter } from '../state/importsSlice';
import type { AppState, AppStore } from '../state/store';
import type { FeatureCollection } from 'geojson';
import type { LargeFilter, LargePoints, LargePointsOverlay } from './largePoints';
import { drawsOnCpu } from './softwareRenderer';

const PREVIEW_COLOR = '#ff006e';

/** Columns and per-field codes, computed once per feature collection (collections are immutable). */
const columnsCache = new WeakMap<FeatureCollection, PointColumns>();
const codesCache = new WeakMap<FeatureCollection, Map<string, FieldCodes>>();
/** Whether a collection is all points: one scan per collection, not one per store change. */
const pointsCache = new WeakMap<FeatureCollection, boolean>();
const allPoints = (fc: FeatureCollection) => {
  let v = pointsCache.get(fc);
  if (v === undefined) pointsCache.set(fc, (v = isPointLayer(fc)));
  return v;
};
const columnsOf = (fc: FeatureCollection) => {
  let c = columnsCache.get(fc);
  if (!c) columnsCache.set(fc, (c = pointColumns(fc)!));
  return c;
};
function largeFilterOf(fc: FeatureCollection, f: AttributeFilter | null): LargeFilter {
  if (!f) return null;
  let byField = codesCache.get(fc);
  if (!byField) codesCache.set(fc, (byField = new Map()));
  let codes = byField.get(f.field);
  // Coded when the field is chosen, so the first letter typed does not wait for a pass over the layer.
  if (!codes) byField.set(f.field, (codes = fieldCodes(fc, columnsOf(fc), f.field)));
  if (f.value === '') return null;
  const selected = matchingCodes(codes.values, f.value);
  return codes.values.length <= MAX_CATEGORIES
    ? { kind: 'category', field: f.field, codes: codes.codes, selected }
    : { kind: 'mask', mask: matchMask(codes, selected) };
}

/** The large layers' overlay of each map, for the inspector's rendered count. */
const overlays = new WeakMap<MapLibreMap, LargePointsOverlay>();
/** Distinct points of a large layer drawn in the view (null until the large layers' drawing has loaded). */
export const largePointsDrawn = (map: MapLibreMap, id: string): number | null =>
  overlays.get(map)?.renderedCount(id) ?? null;
/** What each map's imported layers have under a screen point (set by wireImportedLayers). */
const pointers = new WeakMap<MapLibreMap, (p: { x: number; y: number } | null) => boolean>();
/**
 * Whether an imported feature is under a screen point (null: the pointer left the map), marking a
 * large layer's point there. Imported features take the pointer before the plan features beneath, as
 * they take the click: map/interaction asks on every move.
 */
export const importedUnderPointer = (map: MapLibreMap, p: { x: number; y: number } | null): boolean =>
  pointers.get(map)?.(p) ?? false;

export function wireImportedLayers(map: MapLibreMap, store: AppStore): void {
  const shown = new Map<string, { data: FeatureCollection; filter: unknown; visible: boolean }>();
  let large: LargePointsOverlay | null = null;
  let largeLoading = false;
  let largeLayers: LargePoints[] = [];
  const onCpu = () => drawsOnCpu(map.getCanvas(), store.getState().largeLayerDrawing);
  const apart = (fc: FeatureCollection) => drawnApart(fc.features.length, allPoints(fc), onCpu());

  const upsert = (
    source: string,
    data: FeatureCollection,
    color: string,
    s: AppState,
    id: string | null,
    visible: boolean,
  ) => {
    const filter = id ? attributeFilter(s.importFilters[id] ?? null) : null;
    const prev = shown.get(source);
    const specs = importedLayerSpecs(source, color, filter, { visible, preview: id === null });
    if (!prev) {
      map.addSource(source, { type: 'geojson', data });
      specs.forEach((l) => map.addLayer(l as never));
    } else {
      if (prev.data !== data) (map.getSource(source) as GeoJSONSource).setData(data);
      if (prev.filter !== filter || prev.visible !== visible)
        specs.forEach((l) => {
          map.setFilter(l.id, ('filter' in l ? l.filter : null) as never);
          map.setLayoutProperty(l.id, 'visibility', visible ? 'visible' : 'none');
        });
    }
    shown.set(source, { data, filter, visible });
  };
  const remove = (source: string) => {
    layerIdsOf(source).forEach((l) => map.getLayer(l) && map.removeLayer(l));
    if (map.getSource(source)) map.removeSource(source);
    shown.delete(source);
  };

  const pushLarge = (layers: LargePoints[]) => {
    largeLayers = layers;
    if (large) large.update(layers);
    else if (layers.length && !largeLoading) {
      largeLoading = true;
      const create = onCpu()
        ? import('./rasterPoints').then((m) => m.createRasterPointsOverlay)
        : import('./deckLayer').then((m) => m.createDeckPointsOverlay);
      void create.then((createOverlay) => {
        large = createOverlay(map);
        overlays.set(map, large);
        large.update(largeLayers);
      });
    }
  };

  let lastFilters: AppState['importFilters'] | null = null;
  let lastPreview: FeatureCollection | null = null;
  const render = (s: AppState) => {
    const wanted = new Set<string>();
    const bigOnes: LargePoints[] = [];
    for (const l of s.imported) {
      const src = importedSourceId(l.meta.id);
      if (apart(l.features)) {
        const filter = s.importFilters[l.meta.id] ?? null;
        bigOnes.push({
          id: src,
          cols: columnsOf(l.features),
          color: l.meta.style.color,
          preview: false,
          visible: l.visible,
          filter: largeFilterOf(l.features, filter),
        });
        continue;
      }
      wanted.add(src);
      const changedFilter = lastFilters?.[l.meta.id] !== s.importFilters[l.meta.id];
      if (
        !shown.has(src) ||
        changedFilter ||
        shown.get(src)!.visible !== l.visible ||
        shown.get(src)!.data !== l.features
      )
        upsert(src, l.features, l.meta.style.color, s, l.meta.id, l.visible);
    }
    const preview = s.importPreview?.features ?? null;
    if (preview) {
      if (apart(preview)) {
        const cols = columnsOf(preview);
        bigOnes.push({
          id: PREVIEW_SOURCE,
          cols,
          color: PREVIEW_COLOR,
          preview: true,
          visible: true,
          filter: null,
        });
      } else {
        wanted.add(PREVIEW_SOURCE);
        if (shown.get(PREVIEW_SOURCE)?.data !== preview)
          upsert(PREVIEW_SOURCE, preview, PREVIEW_COLOR, s, null, true);
      }
      if (preview !== lastPreview) fitTo(map, preview);
    }
    lastPreview = preview;
    for (const src of [...shown.keys()]) if (!wanted.has(src)) remove(src);
    if (bigOnes.length || largeLayers.length) pushLarge(bigOnes);
    lastFilters = s.importFilters;
  };
  render(store.getState());
  store.subscribe(
    (s) => [s.imported, s.importFilters, s.importPreview] as const,
    () => render(store.getState()),
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );

  /** A feature of the layers MapLibre draws under a screen point. */
  const drawnAt = (x: number, y: number) => {
    const s = store.getState();
    const layers = s.imported
      .filter((l) => l.visible)
      .flatMap((l) => layerIdsOf(importedSourceId(l.meta.id)))
      .filter((id) => map.getLayer(id));
    if (!layers.length) return null;
    const f = map.queryRenderedFeatures(
      [
        [x - 5, y - 5],
        [x + 5, y + 5],
      ],
      { layers },
    )[0];
    const layerId = f ? s.imported.find((l) => importedSourceId(l.meta.id) === f.source)?.meta.id : undefined;
    return f && layerId ? { layerId, properties: { ...f.properties } } : null;
  };
  const pickedAt = (x: number, y: number) => {
    const hit = large?.pick(x, y);
    if (hit) {
      const l = store.getState().imported.find((i) => importedSourceId(i.meta.id) === hit.id);
      const f = l?.features.features[hit.featureIndex];
      if (l && f) return { layerId: l.meta.id, properties: { ...f.properties } };
    }
    return drawnAt(x, y);
  };
  // The large layers' point is looked up once per move: marking it answers whether there is one.
  pointers.set(map, (p) => {
    if (!p) return large?.hover(null) ?? false;
    return (large?.hover(p) ?? false) || drawnAt(p.x, p.y) !== null;
  });
  const onClick = (e: { point: { x: number; y: number } }) => {
    if (store.getState().toolMode !== 'none') return;
    if (!large && !store.getState().imported.length) return;
    store.getState().pickImported(pickedAt(e.point.x, e.point.y));
  };
  map.on('click', onClick);
}

/** Frames the preview so the planner sees where the file lands before committing. */
function fitTo(map: MapLibreMap, fc: FeatureCollection) {
  if (!fc.features.length) return;
  const [w, s, e, n] = bbox(fc);
  if (![w, s, e, n].every(Number.isFinite)) return;
  map.fitBounds(new LngLatBounds([w!, s!], [e!, n!]), { padding: 60, maxZoom: 14, duration: 0 });
}
