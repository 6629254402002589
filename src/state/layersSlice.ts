import { LAYER_GROUPS } from '../layers';
import type { GroupState, LayerGroupId } from '../layers/types';
import type { SliceCreator } from './store';

export interface LayersSlice {
  layers: Record<LayerGroupId, GroupState>;
  setLayerVisible(id: LayerGroupId, visible: boolean): void;
  setLayerOpacity(id: LayerGroupId, opacity: number): void;
}

export function defaultLayers(): Record<LayerGroupId, GroupState> {
  return Object.fromEntries(
    LAYER_GROUPS.map((g) => [g.id, { visible: g.defaultVisible, opacity: 1 }]),
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
    LAYER_GROUPS.map((g) => [
      g.id,
      { visible: g.hidden ? g.defaultVisible : visible.includes(g.id), opacity: 1 },
    ]),
  ) as Record<LayerGroupId, GroupState>;
}
