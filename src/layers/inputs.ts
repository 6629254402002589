import type { GroupInputs } from '.';
import { LAYER_GROUPS } from '.';
import { PLACE_GROUPS } from './labels';
import type { GroupState, LayerGroupId } from '../domain/layerGroups';
import type { SpecInput } from './types';
import type { Lang } from '../i18n/strings';
import type { AppState } from '../state/store';
import { shownDrawings } from '../analysis/shownDrawings';
import type { Evaluation, StageKey } from '../analysis/implementation';

/** The slice of app state the layer specs read. */
export interface SpecState {
  layers: Record<LayerGroupId, GroupState>;
  lang: Lang;
  selected?: { source: string; id: string } | null;
  /** Whether a basemap is drawn under the plan (see layers/basemap). */
  underlay?: boolean;
  /** Stages as of the time control's year (null = the plan as written). */
  stages?: Record<string, StageKey> | null;
  /** The filtered evaluation table's items (null = not filtered). */
  focus?: Record<string, Evaluation> | null;
  /** While presenting, labels and markers scale up for the back of the room. */
  presentation?: unknown;
  /**
   * Which overlays the map adapter has filled (absent = all). An empty one is hidden: every
   * source change between tile-clipped layers redraws the tiles' stencil masks each frame.
   */
  filled?: Record<FilledOverlay, boolean>;
}

/** Overlay groups whose source the map adapter fills (search mark, buffer ring, drawings). */
export type FilledOverlay = 'placemark' | 'tools' | 'drawings';

/** Which overlays hold something: the search mark, the buffer ring, the drawings shown. */
export function filledOverlays(
  s: Pick<AppState, 'placeMark' | 'within' | 'drawings' | 'presentation'>,
): Record<FilledOverlay, boolean> {
  return { placemark: s.placeMark !== null, tools: s.within !== null, drawings: shownDrawings(s).length > 0 };
}

/** Label and marker scale in presentation mode. */
export const PRESENT_TEXT_SCALE = 1.45;

export function groupInputsFrom(state: SpecState): GroupInputs {
  const textScale = state.presentation ? PRESENT_TEXT_SCALE : 1;
  const overlay = (id: FilledOverlay): Partial<SpecInput> => ({
    group: { ...state.layers[id], visible: state.layers[id].visible && (state.filled?.[id] ?? true) },
  });
  // What each group reads beyond its own state, language and text scale.
  const extra: Partial<Record<LayerGroupId, Partial<SpecInput>>> = {
    selection: { selected: state.selected ?? null },
    counties: { underlay: state.underlay ?? false },
    labels: { peers: Object.fromEntries(PLACE_GROUPS.map((p) => [p, state.layers[p]])) },
    implementation: { stages: state.stages ?? null, focus: state.focus ?? null },
    placemark: overlay('placemark'),
    tools: overlay('tools'),
    drawings: overlay('drawings'),
  };
  return Object.fromEntries(
    LAYER_GROUPS.map((g): [LayerGroupId, SpecInput] => [
      g.id,
      { group: state.layers[g.id], lang: state.lang, textScale, ...extra[g.id] },
    ]),
  ) as GroupInputs;
}
