/** Rendering: turns store state into specs (pure, src/layers) and applies only what changed. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppData } from '../domain/data';
import { createLayerBuilder, createSourceTracker } from '../layers';
import { groupInputsFrom } from '../layers/inputs';
import { FILTERED_OUT, PROJECTS_SOURCE } from '../layers/projects';
import { projectQueryFor } from '../state/projectQuery';
import type { AppState, AppStore } from '../state/store';
import { createSpecApplier, type MapLike } from './applySpecs';

/** Renders the current state once, then on every change that affects the map. */
export function wireRendering(map: MapLibreMap, store: AppStore, data: AppData): () => void {
  const applier = createSpecApplier(map as unknown as MapLike);
  const buildLayers = createLayerBuilder();
  const sourcesFor = createSourceTracker(data);
  const query = projectQueryFor(data);
  const render = (s: AppState) => {
    const sources = sourcesFor((id) => s.layers[id].visible);
    // Layers of groups never shown yet have no source on the map: leave them out until then.
    const layers = buildLayers(groupInputsFrom(s)).filter(
      (l) => !('source' in l) || (l.source as string) in sources,
    );
    applier.apply(sources, layers);
    applier.applyFlags(PROJECTS_SOURCE, FILTERED_OUT, query(s.filters, s.viewBounds).excluded);
  };
  render(store.getState());
  return store.subscribe(
    (s) =>
      [
        s.layers,
        s.lang,
        s.selected,
        s.filters,
        s.filters.inView ? s.viewBounds : null,
        s.presentation !== null,
      ] as const,
    () => render(store.getState()),
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
}
