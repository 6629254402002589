/** The stories a presentation can play: the built-in tour (built once per data set) and the user's own. */
import type { AppData } from '../domain/data';
import { TOUR_ID, type Story } from '../domain/story';
import type { AppState } from '../state/store';
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
