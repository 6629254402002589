import { isOverlay, LAYER_GROUP_START, type GroupState, type LayerGroupId } from '../domain/layerGroups';
import type { SliceCreator } from './store';

export interface LayersSlice {
  layers: Record<LayerGroupId, GroupState>;
  setLayerVisible(id: LayerGroupId, visible: boolean): void;
  setLayerOpacity(id: LayerGroupId, opacity: number): void;
}

export function defaultLayers(): Record<LayerGroupId, GroupState> {
  return Object.fromEntries(
    Object.entries(LAYER_GROUP_START).map(([id, start]) => [id, { visible: start.visible, opacity: 1 }]),
  ) as Record<LayerGroupId, GroupState>;
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

/** Layer state for a step: exactly its listed groups visible, full opacity. */
export function layersForStep(visible: readonly string[]): Record<LayerGroupId, GroupState> {
  return Object.fromEntries(
    (Object.keys(LAYER_GROUP_START) as LayerGroupId[]).map((id) => [
      id,
      { visible: isOverlay(id) ? LAYER_GROUP_START[id].visible : visible.includes(id), opacity: 1 },
    ]),
  ) as Record<LayerGroupId, GroupState>;
}
