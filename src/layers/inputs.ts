import type { GroupInputs } from '.';
import { LAYER_GROUPS } from '.';
import { PLACE_GROUPS } from './labels';
import type { GroupState, LayerGroupId, SpecInput } from './types';
import type { Lang } from '../i18n/strings';
import type { StageKey } from '../analysis/implementation';

/** The slice of app state the layer specs read. */
export interface SpecState {
  layers: Record<LayerGroupId, GroupState>;
  lang: Lang;
  selected?: { source: string; id: string } | null;
  /** Whether a basemap is drawn under the plan (see layers/basemap). */
  underlay?: boolean;
  /** Stages as of the time control's year (null = the plan as written). */
  stages?: Record<string, StageKey> | null;
  /** While presenting, labels and markers scale up for the back of the room. */
  presentation?: unknown;
}

/** Label and marker scale in presentation mode. */
export const PRESENT_TEXT_SCALE = 1.45;

export function groupInputsFrom(state: SpecState): GroupInputs {
  const textScale = state.presentation ? PRESENT_TEXT_SCALE : 1;
  return Object.fromEntries(
    LAYER_GROUPS.map((g): [LayerGroupId, SpecInput] => [
      g.id,
      g.id === 'selection'
        ? { group: state.layers[g.id], lang: state.lang, textScale, selected: state.selected ?? null }
        : g.id === 'counties'
          ? { group: state.layers[g.id], lang: state.lang, textScale, underlay: state.underlay ?? false }
          : g.id === 'labels'
            ? {
                group: state.layers[g.id],
                lang: state.lang,
                textScale,
                peers: Object.fromEntries(PLACE_GROUPS.map((p) => [p, state.layers[p]])),
              }
            : g.id === 'implementation'
              ? { group: state.layers[g.id], lang: state.lang, textScale, stages: state.stages ?? null }
              : { group: state.layers[g.id], lang: state.lang, textScale },
    ]),
  ) as GroupInputs;
}
