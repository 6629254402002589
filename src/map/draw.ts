/**
 * Planners' tools on the map, with Terra Draw: measuring (live figures go to the store), drawing
 * (a finished shape becomes a Drawing in the store, then leaves Terra Draw: the drawings layer
 * group renders it, so visibility, legend and exports treat it as any other layer), and the
 * "what lies within" click and buffer outline.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { FeatureCollection } from 'geojson';
import { DrawingGeometrySchema, type DrawingKind } from '../domain/drawing';
import { DRAWINGS_SOURCE, drawingsGeoJson } from '../layers/drawings';
import { TOOL_OVERLAY_SOURCE } from '../layers/toolOverlay';
import type { AppStore } from '../state/store';
import type { ToolMode } from '../state/toolsSlice';
import { bufferOf } from '../analysis/within';
import { shownDrawings } from '../analysis/shownDrawings';

const MEASURE_COLOR = '#e4572e';

/** Terra Draw mode for each tool (null = Terra Draw idle). */
const MODE_OF: Record<ToolMode, string | null> = {
  none: null,
  'within-point': null,
  'measure-line': 'measure-line',
  'measure-polygon': 'measure-polygon',
  'draw-point': 'draw-point',
  'draw-note': 'draw-point',
  'draw-line': 'draw-line',
  'draw-polygon': 'draw-polygon',
};

const KIND_OF: Partial<Record<ToolMode, DrawingKind>> = {
  'draw-point': 'point',
  'draw-note': 'note',
  'draw-line': 'line',
  'draw-polygon': 'polygon',
};

function newId(): string {
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function wireDraw(map: MapLibreMap, store: AppStore): () => void {
  const line = { lineStringColor: MEASURE_COLOR, lineStringWidth: 3 } as const;
  const poly = {
    fillColor: MEASURE_COLOR,
    fillOpacity: 0.15,
    outlineColor: MEASURE_COLOR,
    outlineWidth: 3,
  } as const;
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new TerraDrawLineStringMode({ modeName: 'measure-line', styles: line }),
      new TerraDrawPolygonMode({ modeName: 'measure-polygon', styles: poly }),
      new TerraDrawLineStringMode({ modeName: 'draw-line' }),
      new TerraDrawPolygonMode({ modeName: 'draw-polygon' }),
      new TerraDrawPointMode({ modeName: 'draw-point' }),
    ],
  });
  draw.start();

  const toolMode = () => store.getState().toolMode;
  const geometryOf = (f: GeoJSONStoreFeatures | undefined) => {
    const parsed = DrawingGeometrySchema.safeParse(f?.geometry);
    return parsed.success ? parsed.data : null;
  };

  // Live figures while measuring: every change of the shape being drawn goes to the store.
  let measuring: string | number | null = null;
  draw.on('change', (ids, type) => {
    if (!toolMode().startsWith('measure') || type === 'delete') return;
    // Terra Draw's guidance points (vertices, closing point) are features too: only the shape counts.
    for (const id of ids) {
      if (!draw.hasFeature(id)) continue;
      const g = geometryOf(draw.getSnapshotFeature(id));
      if (!g || g.type === 'Point') continue;
      // A new measurement replaces the previous one.
      if (measuring !== null && measuring !== id && draw.hasFeature(measuring))
        draw.removeFeatures([measuring]);
      measuring = id;
      store.getState().setMeasure(g);
    }
  });

  draw.on('finish', (id) => {
    const mode = toolMode();
    const kind = KIND_OF[mode];
    if (!kind) return;
    const g = geometryOf(draw.getSnapshotFeature(id));
    draw.removeFeatures([id]);
    if (!g) return;
    const { color, label } = store.getState().drawStyle;
    store.getState().addDrawing({
      id: newId(),
      kind,
      geometry: g,
      color,
      label: kind === 'note' && !label.trim() ? '注记' : label,
      created_at: new Date().toISOString(),
    });
  });

  const applyMode = (mode: ToolMode) => {
    draw.clear();
    measuring = null;
    const m = MODE_OF[mode];
    draw.setMode(m ?? 'static');
    map.getCanvas().style.cursor = mode === 'within-point' ? 'crosshair' : '';
  };
  applyMode(toolMode());
  const unsubMode = store.subscribe((s) => s.toolMode, applyMode);

  const setSourceData = (id: string, data: FeatureCollection) =>
    (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
  const renderDrawings = () =>
    setSourceData(DRAWINGS_SOURCE, drawingsGeoJson(shownDrawings(store.getState())));
  const renderBuffer = () => {
    const q = store.getState().within;
    setSourceData(TOOL_OVERLAY_SOURCE, {
      type: 'FeatureCollection',
      features: q ? [bufferOf(q.geometry, q.km)] : [],
    });
  };
  renderDrawings();
  renderBuffer();
  // The drawings source is added the first time its group is shown: fill it then too.
  const unsubDrawings = store.subscribe(
    (s) => [s.drawings, s.layers.drawings.visible, s.presentation?.drawings] as const,
    renderDrawings,
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
  const unsubWithin = store.subscribe((s) => s.within, renderBuffer);

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

  return () => {
    unsubMode();
    unsubDrawings();
    unsubWithin();
    map.off('click', onClick);
    if (draw.enabled) draw.stop();
  };
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
