/**
 * Terra Draw on the map: measuring (live figures go to the store), drawing (a finished shape becomes
 * a Drawing in the store, then leaves Terra Draw: the drawings layer group renders it, so
 * visibility, legend and exports treat it as any other layer) and reshaping (one drawing goes back
 * into Terra Draw's select mode; each finished drag becomes an undoable, persisted update).
 * Loaded with the first tool that needs it (see draw.ts), so Terra Draw is not part of the first open.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { DrawingGeometrySchema, type Drawing, type DrawingKind } from '../domain/drawing';
import type { AppData } from '../domain/data';
import type { AppStore } from '../state/store';
import type { ToolMode } from '../state/toolsSlice';
import { planSnapping } from './snap';
import { TERRA_MODE_OF } from './toolModes';

const MEASURE_COLOR = '#e4572e';

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

export interface TerraTools {
  /** Puts Terra Draw in the mode of a tool (idle for the others). */
  apply(mode: ToolMode): void;
  /** The drawings changed (undo, the list): the one being reshaped follows its stored shape. */
  followEdited(): void;
}

export function createTerraTools(map: MapLibreMap, store: AppStore, data: AppData): TerraTools {
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

  const apply = (mode: ToolMode) => {
    const m = TERRA_MODE_OF[mode];
    // What the browser tests wait for: Terra Draw is in this mode and takes the next click.
    map.getContainer().dataset.drawMode = m ?? 'static';
    if (!m && !draw.enabled) return;
    ensureStarted();
    draw.clear();
    measuring = null;
    draw.setMode(m ?? 'static');
    if (mode === 'draw-edit') startEditing(editedDrawing());
  };

  return {
    apply,
    followEdited: () => {
      if (toolMode() !== 'draw-edit') return;
      const d = editedDrawing();
      const shown = d && draw.hasFeature(d.id) ? draw.getSnapshotFeature(d.id)?.geometry : null;
      if (!d || JSON.stringify(shown) !== JSON.stringify(d.geometry)) apply('draw-edit');
    },
  };
}
