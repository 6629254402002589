import type { SliceCreator } from './store';

/** A feature the user picked: the layer group's source and the feature's stable id. */
export interface FeatureRef {
  source: string;
  id: string;
}

/** One of several features under a click, as the chooser lists it. */
export interface Choice extends FeatureRef {
  name: string;
}

export interface SelectionSlice {
  selected: FeatureRef | null;
  /** Several features were under the click: the user picks one (screen point in map CSS px). */
  choices: { items: Choice[]; x: number; y: number } | null;
  /** A click hit these features: one is selected at once, several open the chooser. */
  pick(items: Choice[], at: { x: number; y: number }): void;
  closeChoices(): void;
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
  choices: null,
  select: (selected) =>
    set((s) => (sameRef(s.selected, selected) && !s.choices ? s : { selected, choices: null })),
  pick: (items, at) =>
    set(() =>
      items.length > 1
        ? { choices: { items, x: at.x, y: at.y } }
        : { selected: items[0] ? { source: items[0].source, id: items[0].id } : null, choices: null },
    ),
  closeChoices: () => set((s) => (s.choices ? { choices: null } : s)),
  hover: (hovered) => set((s) => (sameRef(s.hovered, hovered) ? s : { hovered })),
});
