/** Pure conversions between app state and story steps. */
import type { Drawing } from '../domain/drawing';
import type { ProjectFilters } from '../domain/filters';
import type { StoryStep } from '../domain/story';
import { USER_GROUP_IDS } from '../layers';
import type { GroupState, LayerGroupId } from '../domain/layerGroups';
import type { FeatureRef } from '../state/selectionSlice';
import type { Camera } from '../state/viewSlice';

export interface CapturedView {
  camera: Camera | null;
  layers: Record<LayerGroupId, GroupState>;
  filters: ProjectFilters;
  selected: FeatureRef | null;
  drawings: readonly Drawing[];
}

/** "Add this view as a step": captures camera, layers, filters, selection and the drawings shown. */
export function stepFromView(view: CapturedView, title: string, note: string, id: string): StoryStep {
  const drawingsShown = view.layers.drawings.visible;
  return {
    id,
    title,
    ...(note ? { caption: note } : {}),
    camera: view.camera ?? 'home',
    layers: USER_GROUP_IDS.filter((g) => view.layers[g].visible),
    filters: view.filters,
    selected: view.selected,
    ...(drawingsShown ? { drawings: view.drawings.map((d) => d.id) } : {}),
  };
}
