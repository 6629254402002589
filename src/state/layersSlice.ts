import { isOverlay, LAYER_GROUP_START, type GroupState, type LayerGroupId } from '../domain/layerGroups';
import type { SliceCreator } from './store';

export interface LayersSlice {
  layers: Record<LayerGroupId, GroupState>;
  setLayerVisible(id: LayerGroupId, visible: boolean): void;
  setLayerOpacity(id: LayerGroupId, opacity: number): void;
}

const GROUP_IDS = Object.keys(LAYER_GROUP_START) as LayerGroupId[];

/** Every group at full opacity, shown where `shown` says so. */
const groupStates = (shown: (id: LayerGroupId) => boolean): Record<LayerGroupId, GroupState> =>
  Object.fromEntries(GROUP_IDS.map((id) => [id, { visible: shown(id), opacity: 1 }])) as Record<
    LayerGroupId,
    GroupState
  >;

export function defaultLayers(): Record<LayerGroupId, GroupState> {
  return groupStates((id) => LAYER_GROUP_START[id].visible);
}

export const createLayersSlice: SliceCreator<LayersSlice> = (set) => ({
  layers: defaultLayers(),
  // Each setter replaces only the touched group's object, so other groups keep their references
  // and their memoised layer specs.
  setLayerVisible: (id, visible) =>
    set((s) =>
      s.layers[id].visible === visible ? s : { layers: { ...s.layers, [id]: { ...s.layers[id], visible } } },
    ),
  setLayerOpacity: (id, opacity) => {
    const o = Math.min(1, Math.max(0, opacity));
    set((s) =>
      s.layers[id].opacity === o ? s : { layers: { ...s.layers, [id]: { ...s.layers[id], opacity: o } } },
    );
  },
});

/** Layer state for a step: exactly its listed groups visible (overlays as they start), full opacity. */
export function layersForStep(visible: readonly string[]): Record<LayerGroupId, GroupState> {
  return groupStates((id) => (isOverlay(id) ? LAYER_GROUP_START[id].visible : visible.includes(id)));
}
