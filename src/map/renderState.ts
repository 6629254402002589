/** Rendering: turns store state into specs (pure, src/layers) and applies only what changed. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BADGE_SOURCE, countyBadges } from '../analysis/countyBadges';
import type { AppData, ProjectFeature } from '../domain/data';
import { createLayerBuilder, createSourceTracker } from '../layers';
import { createBasemapBuilder } from '../layers/basemap';
import { filledOverlays, groupInputsFrom } from '../layers/inputs';
import { FILTERED_OUT, PROJECTS_SOURCE } from '../layers/projects';
import { projectQueryFor } from '../state/projectQuery';
import {
  docEventsOf,
  monitoredItems,
  stageMapAsOf,
  type Evaluation,
  type StageKey,
} from '../analysis/implementation';
import { evaluationRows, mapFocus, type EvalFilter, type EvaluationRow } from '../analysis/evaluation';
import type { AppState, AppStore } from '../state/store';
import { createSpecApplier, type MapLike } from './applySpecs';

/**
 * The map as the spec applier sees it, with MapLibre's per-call style validation off. Every spec comes
 * from src/layers, whose output the unit tests validate against the style spec in every state the map
 * draws; the map's own check re-serialises the whole style on each added layer (≈40 % of applying the
 * first style). Imported layers do not come through here and keep the check.
 */
function unvalidated(map: MapLibreMap): MapLike {
  const off = { validate: false };
  // What map.addSource / map.addLayer do besides validating: add, then mark the style for an update.
  return {
    addSource: (id, source) => (map.style.addSource(id, source, off), map._update(true)),
    removeSource: (id) => map.removeSource(id),
    getSource: (id) => map.getSource(id),
    addLayer: (layer, beforeId) => (map.style.addLayer(layer, beforeId, off), map._update(true)),
    removeLayer: (id) => map.removeLayer(id),
    setPaintProperty: (id, name, value) => map.setPaintProperty(id, name as never, value as never, off),
    setLayoutProperty: (id, name, value) => map.setLayoutProperty(id, name as never, value as never, off),
    setFilter: (id, filter) => map.setFilter(id, filter, off),
    setLayerZoomRange: (id, min, max) => map.setLayerZoomRange(id, min, max),
    setFeatureState: (feature, state) => map.setFeatureState(feature, state),
  };
}

/** Renders the current state once, then on every change that affects the map. */
export function wireRendering(map: MapLibreMap, store: AppStore, data: AppData): () => void {
  const applier = createSpecApplier(unvalidated(map));
  const buildLayers = createLayerBuilder();
  const sourcesFor = createSourceTracker(data);
  const buildBasemap = createBasemapBuilder();
  const query = projectQueryFor(data);
  const ids = monitoredItems(data).map((m) => m.feature.properties.id);
  // One stage map per year, so the implementation layer's input keeps its reference.
  const stagesByYear = new Map<number, Record<string, StageKey>>();
  const stagesFor = (year: number | null) => {
    if (year === null) return null;
    if (!stagesByYear.has(year)) stagesByYear.set(year, stageMapAsOf(ids, docEventsOf(data), year));
    return stagesByYear.get(year)!;
  };
  // The evaluation's lights depend on the year only (records never change a light).
  const rowsByYear = new Map<number | null, EvaluationRow[]>();
  let focus: { year: number | null; filter: EvalFilter; value: Record<string, Evaluation> | null } | null =
    null;
  const focusFor = (year: number | null, filter: EvalFilter) => {
    if (focus?.year === year && focus.filter === filter) return focus.value;
    if (!rowsByYear.has(year)) rowsByYear.set(year, evaluationRows(data, docEventsOf(data), [], year));
    focus = { year, filter, value: mapFocus(rowsByYear.get(year)!, filter) };
    return focus.value;
  };
  // While the table is filtered, key projects outside it are dimmed as filtered-out ones are.
  let dim: { excluded: ReadonlySet<string>; focus: object; value: ReadonlySet<string> } | null = null;
  const dimmed = (excluded: ReadonlySet<string>, lights: Record<string, Evaluation> | null) => {
    if (!lights) return excluded;
    if (dim?.excluded !== excluded || dim.focus !== lights) {
      const value = new Set(excluded);
      for (const f of data.projects.features)
        if (!Object.hasOwn(lights, f.properties.id)) value.add(f.properties.id);
      dim = { excluded, focus: lights, value };
    }
    return dim.value;
  };
  // The badges count the county-level projects among the current results.
  let badges: { list: readonly ProjectFeature[]; spec: SourceSpecification } | null = null;
  const withBadges = (sources: Record<string, SourceSpecification>, list: readonly ProjectFeature[]) => {
    if (!Object.hasOwn(sources, BADGE_SOURCE)) return sources;
    if (badges?.list !== list)
      badges = { list, spec: { ...sources[BADGE_SOURCE]!, data: countyBadges(list) } as SourceSpecification };
    return { ...sources, [BADGE_SOURCE]: badges.spec };
  };
  const render = (s: AppState) => {
    // Measured by the bench as the app's own work per change (filter → specs → feature-state).
    const start = performance.now();
    const result = query(s.filters, s.viewBounds);
    const planSources = withBadges(
      sourcesFor((id) => s.layers[id].visible),
      result.list,
    );
    // Layers of groups never shown yet have no source on the map: leave them out until then.
    const underlay = s.basemap !== 'offline' || s.offlineBasemap !== null;
    const stages = stagesFor(s.asOfYear);
    const lights = focusFor(s.asOfYear, s.evalFilter);
    const filled = filledOverlays(s);
    const layers = buildLayers(groupInputsFrom({ ...s, underlay, stages, focus: lights, filled })).filter(
      (l) => !('source' in l) || Object.hasOwn(planSources, l.source as string),
    );
    // The basemap goes first: under every plan layer.
    const base = buildBasemap({ basemap: s.basemap, offline: s.offlineBasemap, lang: s.lang });
    const sources = base.layers.length ? { ...planSources, ...base.sources } : planSources;
    applier.apply(sources, [...base.layers, ...layers]);
    applier.applyFlags(PROJECTS_SOURCE, FILTERED_OUT, dimmed(result.excluded, lights));
    performance.measure('lz:render', { start });
  };
  render(store.getState());
  return store.subscribe(
    (s) => {
      const filled = filledOverlays(s);
      return [
        s.layers,
        s.lang,
        s.selected,
        s.filters,
        s.filters.inView ? s.viewBounds : null,
        s.basemap,
        s.offlineBasemap,
        s.asOfYear,
        s.evalFilter,
        s.presentation !== null,
        filled.placemark,
        filled.tools,
        filled.drawings,
      ] as const;
    },
    () => render(store.getState()),
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
}
