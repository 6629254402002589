/**
 * Planners' tools on the map, with Terra Draw: measuring (live figures go to the store), drawing
 * (a finished shape becomes a Drawing in the store, then leaves Terra Draw: the drawings layer
 * group renders it, so visibility, legend and exports treat it as any other layer), and the
 * "what lies within" click and buffer outline. Reshaping puts one drawing back into Terra Draw's
 * select mode; each finished drag becomes an (undoable, persisted) update of the drawing.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { FeatureCollection } from 'geojson';
import { DrawingGeometrySchema, type Drawing, type DrawingKind } from '../domain/drawing';
import { DRAWINGS_SOURCE, drawingsGeoJson } from '../layers/drawings';
import { TOOL_OVERLAY_SOURCE } from '../layers/toolOverlay';
import type { AppStore } from '../state/store';
import type { ToolMode } from '../state/toolsSlice';
import { shownDrawings } from '../analysis/shownDrawings';
import type { AppData } from '../domain/data';
import { planSnapping } from './snap';

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
  'draw-edit': 'select',
};

/** The Terra Draw mode a drawing belongs to (select mode's flags are per mode). */
const DRAW_MODE_OF: Record<DrawingKind, string> = {
  point: 'draw-point',
  note: 'draw-point',
  line: 'draw-line',
  polygon: 'draw-polygon',
};

/** Reshaping: drag the whole shape or a vertex, add a vertex at a midpoint, delete one by click. */
const EDITABLE = {
  feature: {
    draggable: true,
    coordinates: { draggable: true, midpoints: true, deletable: true },
  },
} as const;

const KIND_OF: Partial<Record<ToolMode, DrawingKind>> = {
  'draw-point': 'point',
  'draw-note': 'note',
  'draw-line': 'line',
  'draw-polygon': 'polygon',
};

function newId(): string {
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function wireDraw(map: MapLibreMap, store: AppStore, data: AppData): () => void {
  // Measuring snaps to the plan's sites; drawings are the planners' own shapes and do not.
  const snap = planSnapping(map, data, () => store.getState().snapToSites);
  const snapping = { toCustom: snap.toCustom };
  const line = { lineStringColor: MEASURE_COLOR, lineStringWidth: 3 } as const;
  const poly = {
    fillColor: MEASURE_COLOR,
    fillOpacity: 0.15,
    outlineColor: MEASURE_COLOR,
    outlineWidth: 3,
  } as const;
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    // Our drawings keep their own ids when they come back for reshaping.
    idStrategy: { isValidId: (id) => typeof id === 'string' && id.length > 0, getId: newId },
    modes: [
      new TerraDrawSelectMode({
        flags: {
          'draw-line': EDITABLE,
          'draw-polygon': EDITABLE,
          'draw-point': { feature: { draggable: true } },
        },
        // Deleting stays with the drawing list (undoable); Terra Draw only moves and reshapes.
        keyEvents: { deselect: 'Escape', delete: null, rotate: null, scale: null },
      }),
      new TerraDrawLineStringMode({ modeName: 'measure-line', styles: line, snapping }),
      new TerraDrawPolygonMode({ modeName: 'measure-polygon', styles: poly, snapping }),
      new TerraDrawLineStringMode({ modeName: 'draw-line' }),
      new TerraDrawPolygonMode({ modeName: 'draw-polygon' }),
      new TerraDrawPointMode({ modeName: 'draw-point' }),
    ],
  });
  // Started at the first tool that needs it: until then its empty layers would cost every frame
  // (each source switch between tile-clipped layers redraws the tiles' stencil masks).
  const ensureStarted = () => {
    if (!draw.enabled) draw.start();
  };

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
      store.getState().setMeasure(g, snap.sitesOf(g));
    }
  });

  draw.on('finish', (id, context) => {
    const mode = toolMode();
    if (mode === 'draw-edit') {
      const g = geometryOf(draw.getSnapshotFeature(id));
      if (g && context.mode === 'select' && id === store.getState().editing)
        store.getState().updateDrawing(String(id), { geometry: g });
      return;
    }
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

  /** The drawing being reshaped goes into Terra Draw, selected, with its own id. */
  const startEditing = (d: Drawing | undefined) => {
    if (!d) {
      store.getState().editDrawing(null); // gone (deleted, or undone away)
      return;
    }
    const feature = {
      id: d.id,
      type: 'Feature' as const,
      geometry: d.geometry,
      properties: { mode: DRAW_MODE_OF[d.kind] },
    };
    const [check] = draw.addFeatures([feature]);
    if (check?.valid) draw.selectFeature(d.id);
  };
  const editedDrawing = () => {
    const { editing, drawings } = store.getState();
    return drawings.find((d) => d.id === editing);
  };

  const applyMode = (mode: ToolMode) => {
    map.getCanvas().style.cursor = mode === 'within-point' ? 'crosshair' : '';
    const m = MODE_OF[mode];
    if (!m && !draw.enabled) return;
    ensureStarted();
    draw.clear();
    measuring = null;
    draw.setMode(m ?? 'static');
    if (mode === 'draw-edit') startEditing(editedDrawing());
  };
  applyMode(toolMode());
  const unsubMode = store.subscribe(
    (s) => [s.toolMode, s.editing] as const,
    ([mode]) => applyMode(mode),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  // Undo (or any change from the list) while reshaping: Terra Draw follows the stored shape.
  const unsubEdited = store.subscribe(
    (s) => s.drawings,
    () => {
      if (toolMode() !== 'draw-edit') return;
      const d = editedDrawing();
      const shown = d && draw.hasFeature(d.id) ? draw.getSnapshotFeature(d.id)?.geometry : null;
      if (!d || JSON.stringify(shown) !== JSON.stringify(d.geometry)) applyMode('draw-edit');
    },
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
  const unsubDrawings = store.subscribe(
    (s) => [s.drawings, s.layers.drawings.visible, s.presentation?.drawings, s.editing] as const,
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
    unsubEdited();
    unsubDrawings();
    unsubWithin();
    map.off('click', onClick);
    if (draw.enabled) draw.stop();
  };
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
