/**
 * Planners' tools: the active tool, the live measurement, their drawings (with undo) and the
 * "what lies within" question. Plain data; the map and the database subscribe.
 */
import { DRAWING_COLORS, type Drawing, type DrawingGeometry } from '../domain/drawing';
import type { SnapTarget } from '../analysis/snapping';
import type { SliceCreator } from './store';

export const TOOL_MODES = [
  'none',
  'measure-line',
  'measure-polygon',
  'draw-point',
  'draw-line',
  'draw-polygon',
  'draw-note',
  'draw-edit',
  'within-point',
] as const;
export type ToolMode = (typeof TOOL_MODES)[number];

/** The centre of a "what lies within" question: a clicked point, a drawing or a plan feature. */
export interface WithinQuery {
  geometry: DrawingGeometry;
  km: number;
  /** Already-localised description of the centre (a name or coordinates). */
  label: string;
}

const UNDO_DEPTH = 50;

export interface ToolsSlice {
  toolMode: ToolMode;
  /** The geometry being measured (updated while drawing), or null. */
  measure: DrawingGeometry | null;
  /** The plan sites the measurement's vertices are snapped to (analysis/snapping). */
  measureSites: SnapTarget[];
  /** Whether measuring snaps to the plan's sites (on unless the planner turns it off). */
  snapToSites: boolean;
  drawings: Drawing[];
  /** Previous versions of `drawings`, newest last. */
  drawingsUndo: Drawing[][];
  /** Colour and label given to the next drawing. */
  drawStyle: { color: string; label: string };
  within: WithinQuery | null;
  /** The drawing being reshaped (tool mode `draw-edit`), or null. */
  editing: string | null;
  setToolMode(mode: ToolMode): void;
  /** Starts reshaping a drawing on the map (null: stops). */
  editDrawing(id: string | null): void;
  setMeasure(geometry: DrawingGeometry | null, sites?: SnapTarget[]): void;
  setSnapToSites(on: boolean): void;
  setDrawStyle(style: Partial<{ color: string; label: string }>): void;
  /** Replaces the drawings without an undo step (loading from the database). */
  loadDrawings(drawings: Drawing[]): void;
  addDrawing(d: Drawing): void;
  updateDrawing(id: string, patch: Partial<Pick<Drawing, 'label' | 'color' | 'geometry'>>): void;
  deleteDrawing(id: string): void;
  undoDrawings(): void;
  setWithin(q: WithinQuery | null): void;
}

export const createToolsSlice: SliceCreator<ToolsSlice> = (set) => {
  const change = (next: (ds: Drawing[]) => Drawing[]) =>
    set((s) => ({
      drawings: next(s.drawings),
      drawingsUndo: [...s.drawingsUndo, s.drawings].slice(-UNDO_DEPTH),
    }));
  return {
    toolMode: 'none',
    measure: null,
    measureSites: [],
    snapToSites: true,
    drawings: [],
    drawingsUndo: [],
    drawStyle: { color: DRAWING_COLORS[0], label: '' },
    within: null,
    editing: null,
    setToolMode: (toolMode) =>
      set((s) => ({
        toolMode,
        measure: null,
        measureSites: [],
        editing: toolMode === 'draw-edit' ? s.editing : null,
      })),
    editDrawing: (id) =>
      set({ toolMode: id ? 'draw-edit' : 'none', measure: null, measureSites: [], editing: id }),
    setMeasure: (measure, measureSites = []) => set({ measure, measureSites }),
    setSnapToSites: (snapToSites) => set({ snapToSites }),
    setDrawStyle: (style) => set((s) => ({ drawStyle: { ...s.drawStyle, ...style } })),
    loadDrawings: (drawings) => set({ drawings, drawingsUndo: [] }),
    addDrawing: (d) => change((ds) => [...ds, d]),
    updateDrawing: (id, patch) => change((ds) => ds.map((d) => (d.id === id ? { ...d, ...patch } : d))),
    deleteDrawing: (id) => change((ds) => ds.filter((d) => d.id !== id)),
    undoDrawings: () =>
      set((s) =>
        s.drawingsUndo.length
          ? { drawings: s.drawingsUndo.at(-1)!, drawingsUndo: s.drawingsUndo.slice(0, -1) }
          : s,
      ),
    setWithin: (within) => set({ within }),
  };
};
