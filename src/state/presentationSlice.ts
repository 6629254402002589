import type { ProjectFilters } from '../domain/filters';
import { CUSTOM_STORY_ID, emptyCustomStory, type Story, type StoryStep } from '../domain/story';
import type { GroupState, LayerGroupId } from '../domain/layerGroups';
import type { FeatureRef } from './selectionSlice';
import { layersForStep } from './layersSlice';
import type { AppState, SliceCreator } from './store';
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
  returnTo: ReturnView;
  /** The step's own drawings (ids), when it recorded them; otherwise all drawings show. */
  drawings?: string[];
}

export interface PresentationSlice {
  presentation: Presentation | null;
  /** The user's own story (persisted in the browser). */
  customStory: Story;
  /** Starts presenting a story at a step, remembering the view to come back to. */
  startPresentation(story: Story, index?: number): void;
  /** Moves to a step (clamped): one state change with its layers, filters, selection and camera. */
  goToStep(story: Story, index: number): void;
  /** Back to the current step's view after the presenter explored. */
  restoreStepView(story: Story): void;
  exitPresentation(): void;
  addStep(step: StoryStep): void;
  updateStep(id: string, patch: Partial<Pick<StoryStep, 'title' | 'caption'>>): void;
  moveStep(id: string, delta: -1 | 1): void;
  deleteStep(id: string): void;
  replaceCustomStory(story: Story): void;
}

const nextSeq = (s: AppState) => (s.cameraRequest?.seq ?? 0) + 1;

/** The whole state a step shows: presentation position, layers, filters, selection, camera. */
export function stepState(s: AppState, story: Story, index: number, returnTo: ReturnView): Partial<AppState> {
  const i = Math.min(story.steps.length - 1, Math.max(0, index));
  const step = story.steps[i];
  if (!step) return {};
  return {
    presentation: {
      storyId: story.id,
      index: i,
      returnTo,
      ...(step.drawings ? { drawings: step.drawings } : {}),
    },
    layers: layersForStep(step.layers),
    filters: step.filters,
    selected: step.selected,
    asOfYear: step.asOfYear ?? null,
    // A step shows its own map; the compare view is opened from the step when wanted.
    comparing: false,
    cameraRequest: { camera: step.camera, origin: 'story', seq: nextSeq(s) },
  };
}

export const createPresentationSlice: SliceCreator<PresentationSlice> = (set) => ({
  presentation: null,
  customStory: emptyCustomStory(),
  startPresentation: (story, index = 0) =>
    set((s) =>
      stepState(
        s,
        story,
        index,
        s.presentation?.returnTo ?? {
          layers: s.layers,
          filters: s.filters,
          selected: s.selected,
          camera: s.camera,
          asOfYear: s.asOfYear,
        },
      ),
    ),
  goToStep: (story, index) =>
    set((s) => {
      if (!s.presentation || story.steps.length === 0) return s;
      const i = Math.min(story.steps.length - 1, Math.max(0, index));
      return i === s.presentation.index ? s : stepState(s, story, i, s.presentation.returnTo);
    }),
  restoreStepView: (story) =>
    set((s) => (s.presentation ? stepState(s, story, s.presentation.index, s.presentation.returnTo) : s)),
  // Restores the view from before; the camera goes back through the adapter.
  exitPresentation: () =>
    set((s) => {
      if (!s.presentation) return s;
      const r = s.presentation.returnTo;
      return {
        presentation: null,
        comparing: false,
        layers: r.layers,
        filters: r.filters,
        selected: r.selected,
        asOfYear: r.asOfYear ?? null,
        ...(r.camera ? { cameraRequest: { camera: r.camera, origin: 'app' as const, seq: nextSeq(s) } } : {}),
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
