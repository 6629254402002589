/** Pure conversions between app state and story steps. */
import type { ProjectFilters } from '../domain/filters';
import type { StoryStep } from '../domain/story';
import { LAYER_GROUPS, USER_GROUP_IDS } from '../layers';
import type { GroupState, LayerGroupId } from '../layers/types';
import type { FeatureRef } from '../state/selectionSlice';
import type { Camera } from '../state/viewSlice';

/** Layer state for a step: exactly its listed groups visible, full opacity. */
export function layersForStep(visible: readonly string[]): Record<LayerGroupId, GroupState> {
  return Object.fromEntries(
    LAYER_GROUPS.map((g) => [
      g.id,
      { visible: g.hidden ? g.defaultVisible : visible.includes(g.id), opacity: 1 },
    ]),
  ) as Record<LayerGroupId, GroupState>;
}

export interface CapturedView {
  camera: Camera | null;
  layers: Record<LayerGroupId, GroupState>;
  filters: ProjectFilters;
  selected: FeatureRef | null;
}

/** "Add this view as a step": captures camera, layers, filters and selection. */
export function stepFromView(view: CapturedView, title: string, note: string, id: string): StoryStep {
  return {
    id,
    title,
    ...(note ? { caption: note } : {}),
    camera: view.camera ?? 'home',
    layers: USER_GROUP_IDS.filter((g) => view.layers[g].visible),
    filters: view.filters,
    selected: view.selected,
  };
}
