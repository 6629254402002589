import type { SliceCreator } from './store';

/** A feature the user picked: the layer group's source and the feature's stable id. */
export interface FeatureRef {
  source: string;
  id: string;
}

export interface SelectionSlice {
  selected: FeatureRef | null;
  /** Hovered on the map or in the results list; both sides highlight it. */
  hovered: FeatureRef | null;
  select(ref: FeatureRef | null): void;
  hover(ref: FeatureRef | null): void;
}

export const sameRef = (a: FeatureRef | null, b: FeatureRef | null) =>
  a === b || (!!a && !!b && a.source === b.source && a.id === b.id);

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selected: null,
  hovered: null,
  select: (selected) => set((s) => (sameRef(s.selected, selected) ? s : { selected })),
  hover: (hovered) => set((s) => (sameRef(s.hovered, hovered) ? s : { hovered })),
});
