/**
 * Imported layers and the import preview on the map: one GeoJSON source per layer (set once), the
 * attribute filter applied with setFilter (no data rebuild), and a click shows a feature's attributes.
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
import type { AppState, AppStore } from '../state/store';
import type { FeatureCollection } from 'geojson';

const PREVIEW_COLOR = '#ff006e';

export function wireImportedLayers(map: MapLibreMap, store: AppStore): () => void {
  const shown = new Map<string, { data: FeatureCollection; filter: unknown; visible: boolean }>();

  const upsert = (source: string, data: FeatureCollection, color: string, s: AppState, id: string | null, visible: boolean) => {
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

  let lastFilters: AppState['importFilters'] | null = null;
  const render = (s: AppState) => {
    const wanted = new Set<string>();
    for (const l of s.imported) {
      const src = importedSourceId(l.meta.id);
      wanted.add(src);
      const changedFilter = lastFilters?.[l.meta.id] !== s.importFilters[l.meta.id];
      if (!shown.has(src) || changedFilter || shown.get(src)!.visible !== l.visible || shown.get(src)!.data !== l.features)
        upsert(src, l.features, l.meta.style.color, s, l.meta.id, l.visible);
    }
    if (s.importPreview) {
      wanted.add(PREVIEW_SOURCE);
      if (shown.get(PREVIEW_SOURCE)?.data !== s.importPreview.features) {
        upsert(PREVIEW_SOURCE, s.importPreview.features, PREVIEW_COLOR, s, null, true);
        fitTo(map, s.importPreview.features);
      }
    }
    for (const src of [...shown.keys()]) if (!wanted.has(src)) remove(src);
    lastFilters = s.importFilters;
  };
  render(store.getState());
  const unsub = store.subscribe(
    (s) => [s.imported, s.importFilters, s.importPreview] as const,
    () => render(store.getState()),
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );

  const onClick = (e: { point: { x: number; y: number } }) => {
    if (store.getState().toolMode !== 'none') return;
    const layers = store
      .getState()
      .imported.filter((l) => l.visible)
      .flatMap((l) => layerIdsOf(importedSourceId(l.meta.id)))
      .filter((id) => map.getLayer(id));
    if (!layers.length) return;
    const { x, y } = e.point;
    const f = map.queryRenderedFeatures(
      [
        [x - 5, y - 5],
        [x + 5, y + 5],
      ],
      { layers },
    )[0];
    const layerId = f ? store.getState().imported.find((l) => importedSourceId(l.meta.id) === f.source)?.meta.id : undefined;
    store.getState().pickImported(f && layerId ? { layerId, properties: { ...f.properties } } : null);
  };
  map.on('click', onClick);
  return () => {
    unsub();
    map.off('click', onClick);
  };
}

/** Frames the preview so the planner sees where the file lands before committing. */
function fitTo(map: MapLibreMap, fc: FeatureCollection) {
  if (!fc.features.length) return;
  const [w, s, e, n] = bbox(fc);
  if (![w, s, e, n].every(Number.isFinite)) return;
  map.fitBounds(new LngLatBounds([w!, s!], [e!, n!]), { padding: 60, maxZoom: 14, duration: 0 });
}
