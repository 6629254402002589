/**
 * Planners' tools on the map: the drawings layer's data, the "what lies within" click and buffer
 * outline, and Terra Draw for measuring, drawing and reshaping (terraTools.ts). Terra Draw is a
 * large library that the first open does not need: it is fetched once the map is idle and started
 * with the first tool that uses it.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { DRAWINGS_SOURCE, drawingsGeoJson } from '../layers/drawings';
import { TOOL_OVERLAY_SOURCE } from '../layers/toolOverlay';
import type { AppStore } from '../state/store';
import type { ToolMode } from '../state/toolsSlice';
import { shownDrawings } from '../analysis/shownDrawings';
import type { AppData } from '../domain/data';
import type { TerraTools } from './terraTools';
import { TERRA_MODE_OF } from './toolModes';

export function wireDraw(map: MapLibreMap, store: AppStore, data: AppData): void {
  const toolMode = () => store.getState().toolMode;
  let tools: TerraTools | null = null;
  let loading: Promise<void> | null = null;
  // The mode applied is the one chosen when Terra Draw has arrived, not when it was asked for.
  const loadTools = () =>
    (loading ??= import('./terraTools').then(
      ({ createTerraTools }) => {
        tools = createTerraTools(map, store, data);
        tools.apply(toolMode());
      },
      () => {
        // Reported as a file that could not be loaded (io/resourceFailures); the next tool retries.
        loading = null;
      },
    ));
  map.once('idle', () => void import('./terraTools').catch(() => undefined));

  const applyMode = (mode: ToolMode) => {
    map.getCanvas().style.cursor = mode === 'within-point' ? 'crosshair' : '';
    if (tools) tools.apply(mode);
    else if (TERRA_MODE_OF[mode]) void loadTools();
  };
  applyMode(toolMode());
  store.subscribe(
    (s) => [s.toolMode, s.editing] as const,
    ([mode]) => applyMode(mode),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  // Undo (or any change from the list) while reshaping: Terra Draw follows the stored shape.
  store.subscribe(
    (s) => s.drawings,
    () => tools?.followEdited(),
  );

  const setSourceData = (id: string, data: FeatureCollection) =>
    (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
  // The drawing being reshaped is drawn by Terra Draw only, never twice.
  const renderDrawings = () => {
    const s = store.getState();
    const editing = s.toolMode === 'draw-edit' ? s.editing : null;
    setSourceData(DRAWINGS_SOURCE, drawingsGeoJson(shownDrawings(s).filter((d) => d.id !== editing)));
  };
  const renderBuffer = () => {
    const q = store.getState().within;
    if (!q) return setSourceData(TOOL_OVERLAY_SOURCE, { type: 'FeatureCollection', features: [] });
    // The buffer code (a geometry library of ≈ 270 KB) comes with the first question, not at start.
    void import('../analysis/within').then(
      ({ bufferOf }) => {
        if (store.getState().within !== q) return; // a newer question has replaced this one
        setSourceData(TOOL_OVERLAY_SOURCE, {
          type: 'FeatureCollection',
          features: [bufferOf(q.geometry, q.km)],
        });
      },
      () => undefined, // a file that cannot be fetched is reported as such (io/resourceFailures)
    );
  };
  renderDrawings();
  renderBuffer();
  // The drawings source is added the first time its group is shown: fill it then too.
  store.subscribe(
    (s) => [s.drawings, s.layers.drawings.visible, s.presentation?.drawings, s.editing] as const,
    renderDrawings,
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
  store.subscribe((s) => s.within, renderBuffer);

  const onClick = (e: { lngLat: { lng: number; lat: number } }) => {
    if (toolMode() !== 'within-point') return;
    const { lng, lat } = e.lngLat;
    const km = store.getState().within?.km ?? 5;
    store.getState().setWithin({
      geometry: { type: 'Point', coordinates: [round6(lng), round6(lat)] },
      km,
      label: `${lng.toFixed(5)}, ${lat.toFixed(5)}`,
    });
  };
  map.on('click', onClick);
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
