import type { ProjectFilters } from '../domain/filters';
import { CUSTOM_STORY_ID, emptyCustomStory, type Story, type StoryStep } from '../domain/story';
import type { GroupState, LayerGroupId } from '../layers/types';
import type { FeatureRef } from './selectionSlice';
import type { SliceCreator } from './store';
import type { Camera } from './viewSlice';

/** What the user had before presenting; Esc brings it back. */
export interface ReturnView {
  layers: Record<LayerGroupId, GroupState>;
  filters: ProjectFilters;
  selected: FeatureRef | null;
  camera: Camera | null;
  asOfYear?: number | null;
}

export interface Presentation {
  storyId: string;
  index: number;
  /** Bumped to re-apply the current step's view after the presenter explored. */
  nonce: number;
  returnTo: ReturnView;
}

export interface PresentationSlice {
  presentation: Presentation | null;
  /** The user's own story (persisted in the browser). */
  customStory: Story;
  startPresentation(storyId: string, index?: number): void;
  goToStep(index: number, stepCount: number): void;
  restoreStepView(): void;
  exitPresentation(): void;
  addStep(step: StoryStep): void;
  updateStep(id: string, patch: Partial<Pick<StoryStep, 'title' | 'caption'>>): void;
  moveStep(id: string, delta: -1 | 1): void;
  deleteStep(id: string): void;
  replaceCustomStory(story: Story): void;
}

export const createPresentationSlice: SliceCreator<PresentationSlice> = (set) => ({
  presentation: null,
  customStory: emptyCustomStory(),
  startPresentation: (storyId, index = 0) =>
    set((s) => ({
      presentation: {
        storyId,
        index,
        nonce: 0,
        returnTo: s.presentation?.returnTo ?? {
          layers: s.layers,
          filters: s.filters,
          selected: s.selected,
          camera: s.camera,
          asOfYear: s.asOfYear,
        },
      },
    })),
  goToStep: (index, stepCount) =>
    set((s) => {
      if (!s.presentation || stepCount === 0) return s;
      const i = Math.min(stepCount - 1, Math.max(0, index));
      return i === s.presentation.index ? s : { presentation: { ...s.presentation, index: i } };
    }),
  restoreStepView: () =>
    set((s) =>
      s.presentation ? { presentation: { ...s.presentation, nonce: s.presentation.nonce + 1 } } : s,
    ),
  // Restores the view from before; the camera goes back through the adapter.
  exitPresentation: () =>
    set((s) => {
      if (!s.presentation) return s;
      const r = s.presentation.returnTo;
      return {
        presentation: null,
        layers: r.layers,
        filters: r.filters,
        selected: r.selected,
        asOfYear: r.asOfYear ?? null,
        ...(r.camera
          ? {
              cameraRequest: {
                camera: r.camera,
                origin: 'app' as const,
                seq: (s.cameraRequest?.seq ?? 0) + 1,
              },
            }
          : {}),
      };
    }),
  addStep: (step) =>
    set((s) => ({ customStory: { ...s.customStory, steps: [...s.customStory.steps, step] } })),
  updateStep: (id, patch) =>
    set((s) => ({
      customStory: {
        ...s.customStory,
        steps: s.customStory.steps.map((st) => (st.id === id ? { ...st, ...patch } : st)),
      },
    })),
  moveStep: (id, delta) =>
    set((s) => {
      const steps = [...s.customStory.steps];
      const i = steps.findIndex((st) => st.id === id);
      const j = i + delta;
      if (i < 0 || j < 0 || j >= steps.length) return s;
      [steps[i], steps[j]] = [steps[j]!, steps[i]!];
      return { customStory: { ...s.customStory, steps } };
    }),
  deleteStep: (id) =>
    set((s) => ({
      customStory: { ...s.customStory, steps: s.customStory.steps.filter((st) => st.id !== id) },
    })),
  replaceCustomStory: (story) => set({ customStory: { ...story, id: CUSTOM_STORY_ID } }),
});
