import type { SliceCreator } from './store';

/** A feature the user picked: the layer group's source and the feature's stable id. */
export interface FeatureRef {
  source: string;
  id: string;
}

export interface SelectionSlice {
  selected: FeatureRef | null;
  select(ref: FeatureRef | null): void;
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selected: null,
  select: (selected) => set({ selected }),
});
