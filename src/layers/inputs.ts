import type { GroupInputs } from '.';
import { LAYER_GROUPS } from '.';
import type { GroupState, LayerGroupId } from './types';
import type { Lang } from '../i18n/strings';

/** The slice of app state the layer specs read. */
export interface SpecState {
  layers: Record<LayerGroupId, GroupState>;
  lang: Lang;
}

export function groupInputsFrom(state: SpecState): GroupInputs {
  return Object.fromEntries(
    LAYER_GROUPS.map((g) => [g.id, { group: state.layers[g.id], lang: state.lang }]),
  ) as GroupInputs;
}
