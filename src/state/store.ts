/**
 * The one store: plain serialisable data in slices. Actions only compute the next state; effects
 * (map, URL, persistence) subscribe from outside.
 */
import { createStore, type StateCreator } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { createLayersSlice, type LayersSlice } from './layersSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createFiltersSlice, type FiltersSlice } from './filtersSlice';
import { createPresentationSlice, type PresentationSlice } from './presentationSlice';
import { createBasemapSlice, type BasemapSlice } from './basemapSlice';
import { createToolsSlice, type ToolsSlice } from './toolsSlice';
import { createImportsSlice, type ImportsSlice } from './importsSlice';
import { createMonitorSlice, type MonitorSlice } from './monitorSlice';
import { createPlacesSlice, type PlacesSlice } from './placesSlice';

export type AppState = LayersSlice &
  ViewSlice &
  UiSlice &
  SelectionSlice &
  FiltersSlice &
  PresentationSlice &
  BasemapSlice &
  ToolsSlice &
  ImportsSlice &
  MonitorSlice &
  PlacesSlice;

/** The type every slice creator has. */
export type SliceCreator<T> = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], T>;

export function createAppStore() {
  return createStore<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createLayersSlice(...a),
      ...createViewSlice(...a),
      ...createUiSlice(...a),
      ...createSelectionSlice(...a),
      ...createFiltersSlice(...a),
      ...createPresentationSlice(...a),
      ...createBasemapSlice(...a),
      ...createToolsSlice(...a),
      ...createImportsSlice(...a),
      ...createMonitorSlice(...a),
      ...createPlacesSlice(...a),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
