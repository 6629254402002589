import type { AppData } from '../domain/data';
import type { AppStore } from '../state/store';

/** How long the panels' first render waits for the map to be built (a slow network, a slow disk). */
export const MAP_FIRST_CAP_MS = 2000;

/**
 * Builds the map in the page shell's map element (index.html) as soon as the map library has
 * loaded, before the panels' first render: the WebGL context and the worker then start on the data
 * while React renders, instead of after it. The shell lays the element out at the size the rendered
 * layout gives it, so the city is framed for its final size; MapView adopts the element.
 * Resolves once the map is built or has failed (the fault goes to the store, MapView says it).
 * The map library is its own file: a map that cannot start leaves the panels working.
 */
export function startMap(el: HTMLElement, store: AppStore, dataPromise: Promise<AppData>): Promise<void> {
  return import('../map/mapController').then(
    ({ mountMap }) => {
      try {
        mountMap(el, store, dataPromise);
      } catch {
        // MapLibre throws at construction when no WebGL context can be created.
        store.getState().setMapFault('webgl');
      }
    },
    () => store.getState().setMapFault('library'),
  );
}
