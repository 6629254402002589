/**
 * Effect: while presenting, every step change (or "back to the step's view") applies the step's
 * layers, filters, selection and camera. A step is data; moving between steps is the difference
 * between two states, applied by the usual store subscribers (map adapter).
 */
import type { AppData } from '../domain/data';
import { TOUR_ID, type Story } from '../domain/story';
import type { AppState, AppStore } from '../state/store';
import { layersForStep } from './stepState';
import { buildTour } from './tour';

const tours = new WeakMap<AppData, Story>();
export function tourFor(data: AppData): Story {
  let t = tours.get(data);
  if (!t) {
    t = buildTour(data);
    tours.set(data, t);
  }
  return t;
}

export function storyOf(state: Pick<AppState, 'customStory'>, data: AppData, storyId: string): Story {
  return storyId === TOUR_ID ? tourFor(data) : state.customStory;
}

export function startPresentEffect(store: AppStore, data: AppData): () => void {
  return store.subscribe(
    (s) =>
      s.presentation ? `${s.presentation.storyId}#${s.presentation.index}#${s.presentation.nonce}` : null,
    (key) => {
      const s = store.getState();
      if (!key || !s.presentation) return;
      const step = storyOf(s, data, s.presentation.storyId).steps[s.presentation.index];
      if (!step) return;
      store.setState({
        layers: layersForStep(step.layers),
        filters: step.filters,
        selected: step.selected,
        asOfYear: step.asOfYear ?? null,
      });
      store.getState().requestCamera(step.camera, 'story');
    },
  );
}
