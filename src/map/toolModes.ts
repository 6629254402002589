/** Which Terra Draw mode each tool runs in (null: Terra Draw is not needed, or idle). */
import type { ToolMode } from '../state/toolsSlice';

export const TERRA_MODE_OF: Record<ToolMode, string | null> = {
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
