import { createContext, use, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppData } from '../domain/data';
import type { AppState, AppStore } from '../state/store';
import { t, type StringKey } from '../i18n/strings';

export interface AppContextValue {
  store: AppStore;
  dataPromise: Promise<AppData>;
  /** The map's element, built before the first render (ui/mapStart) and placed by MapView. */
  mapElement: HTMLElement;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('AppContext missing');
  return ctx;
}

/** Selector hook over the one store. */
export function useAppState<T>(selector: (s: AppState) => T): T {
  return useStore(useApp().store, selector);
}

/** Translator bound to the current UI language. */
export function useT(): (key: StringKey | string, vars?: Record<string, string | number>) => string {
  const lang = useAppState((s) => s.lang);
  return (key, vars) => t(lang, key, vars);
}

/** The loaded data; suspends the calling component until it has arrived. */
export function useData(): AppData {
  return use(useApp().dataPromise);
}
