import type { GroupInputs } from '.';
import { LAYER_GROUPS } from '.';
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
}

export function groupInputsFrom(state: SpecState): GroupInputs {
  return Object.fromEntries(
    LAYER_GROUPS.map((g): [LayerGroupId, SpecInput] => [
      g.id,
      g.id === 'selection'
        ? { group: state.layers[g.id], lang: state.lang, selected: state.selected ?? null }
        : g.id === 'counties'
          ? { group: state.layers[g.id], lang: state.lang, underlay: state.underlay ?? false }
          : g.id === 'implementation'
            ? { group: state.layers[g.id], lang: state.lang, stages: state.stages ?? null }
            : { group: state.layers[g.id], lang: state.lang },
    ]),
  ) as GroupInputs;
}
