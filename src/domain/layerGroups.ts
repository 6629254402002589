/**
 * The map's layer groups as the rest of the app knows them: their ids, whether each is shown when the
 * app opens, and which are the app's own overlays (the selection, labels, tools…), drawn but not
 * listed in the layer panel. Plain data: the store keeps each group's visibility and opacity, and
 * src/layers draws the groups.
 */
export const LAYER_GROUP_START = {
  counties: { visible: true },
  structure: { visible: true },
  county: { visible: true },
  rivers: { visible: true },
  water: { visible: true },
  pipeline: { visible: false },
  road: { visible: false },
  railways: { visible: true },
  mask: { visible: true, overlay: true },
  rail: { visible: false },
  channels: { visible: false },
  stations: { visible: true },
  airport: { visible: true },
  air: { visible: true },
  railport: { visible: true },
  towns: { visible: false },
  hubs: { visible: false },
  works: { visible: false },
  others: { visible: false },
  projects: { visible: true },
  labels: { visible: true, overlay: true },
  tools: { visible: true, overlay: true },
  drawings: { visible: true },
  implementation: { visible: true, overlay: true },
  placemark: { visible: true, overlay: true },
  selection: { visible: true, overlay: true },
} as const satisfies Record<string, { visible: boolean; overlay?: true }>;

export type LayerGroupId = keyof typeof LAYER_GROUP_START;

export interface GroupState {
  visible: boolean;
  /** 0..1, multiplies every opacity of the group's layers. */
  opacity: number;
}

/** One of the app's own overlays, not a group the user toggles in the layer panel. */
export const isOverlay = (id: LayerGroupId): boolean => 'overlay' in LAYER_GROUP_START[id];
