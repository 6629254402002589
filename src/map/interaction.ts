/**
 * Interaction: a click reports every feature under the pointer (one is selected, several open the
 * chooser); hover and selection show via feature-state.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { INTERACTIVE_LAYERS } from '../layers';
import { FILTERED_OUT } from '../layers/projects';
import type { Choice, FeatureRef } from '../state/selectionSlice';
import type { AppStore } from '../state/store';
import { importedUnderPointer } from './importedLayers';

export function wireInteraction(map: MapLibreMap, store: AppStore): void {
  const TOL = 6; // px around the pointer, so small markers are easy to hit
  const hitsAt = (p: { x: number; y: number }) => {
    const layers = INTERACTIVE_LAYERS.filter(
      (id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none',
    );
    if (!layers.length) return [];
    return map
      .queryRenderedFeatures(
        [
          [p.x - TOL, p.y - TOL],
          [p.x + TOL, p.y + TOL],
        ],
        { layers },
      )
      .filter((f) => !f.state?.[FILTERED_OUT]);
  };
  const hitAt = (p: { x: number; y: number }) => hitsAt(p)[0];
  const isArea = (f: { geometry: { type: string } }) =>
    f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
  /** Distinct features under a click; areas count only when no point or line is there. */
  const choicesAt = (p: { x: number; y: number }): Choice[] => {
    const hits = hitsAt(p);
    const marks = hits.filter((f) => !isArea(f));
    const seen = new Set<string>();
    return (marks.length ? marks : hits.slice(0, 1)).flatMap((f) => {
      const ref = { source: f.source, id: String(f.properties.id) };
      const k = `${ref.source}/${ref.id}`;
      if (seen.has(k)) return [];
      seen.add(k);
      const name = String(f.properties.name ?? f.properties.label_zh ?? ref.id);
      return [{ ...ref, name }];
    });
  };
  const setState = (ref: FeatureRef | null, key: 'hover' | 'selected', value: boolean) => {
    // A reference from a link or a story is outside data: MapLibre looks sources up by bracket
    // access, so a name like `constructor` must never reach it.
    if (ref && !(ref.source in Object.prototype) && map.getSource(ref.source))
      map.setFeatureState({ source: ref.source, id: ref.id }, { [key]: value });
  };
  // The hand over what a click would open: a class, since the drawing library (map/draw) sets and
  // clears the canvas's own cursor on every pointer move.
  const pointer = (on: boolean) => map.getCanvasContainer().classList.toggle('on-feature', on);
  map.on('click', (e) => {
    // While a planner's tool is active, clicks belong to the tool.
    if (store.getState().toolMode !== 'none') return;
    store.getState().pick(choicesAt(e.point), { x: e.point.x, y: e.point.y });
  });
  map.on('mousemove', (e) => {
    // A planner's feature drawn over a plan feature is what the pointer is on, as for a click (a
    // large layer's point marks itself, map/largePoints); the plan feature beneath is not emphasised.
    const onImported = importedUnderPointer(map, e.point);
    const f = onImported ? undefined : hitAt(e.point);
    // Polygons cover the whole city: only points and lines count as hovered (and get the pointer).
    const onMarker = !!f && !isArea(f);
    store.getState().hover(onMarker ? { source: f.source, id: String(f.properties.id) } : null);
    pointer((onMarker || onImported) && store.getState().toolMode === 'none');
  });
  map.getCanvas().addEventListener('mouseleave', () => {
    store.getState().hover(null);
    importedUnderPointer(map, null);
    pointer(false);
  });
  store.subscribe(
    (s) => s.hovered,
    (next, prev) => {
      setState(prev, 'hover', false);
      setState(next, 'hover', true);
    },
  );
  // Sources may arrive after a selection (e.g. from a link): apply it once they exist.
  map.on('sourcedata', (e) => {
    const sel = store.getState().selected;
    if (sel && e.sourceId === sel.source && e.isSourceLoaded) setState(sel, 'selected', true);
  });
  store.subscribe(
    (s) => s.selected,
    (next, prev) => {
      setState(prev, 'selected', false);
      setState(next, 'selected', true);
    },
  );
}
