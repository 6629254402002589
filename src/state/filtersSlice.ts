import { EMPTY_FILTERS, type ProjectFilters, type ResultsSort } from '../domain/filters';
import type { SliceCreator } from './store';

export interface FiltersSlice {
  filters: ProjectFilters;
  resultsSort: ResultsSort;
  /** The user asked the map to frame the results whenever the filters change. */
  autoZoom: boolean;
  setAutoZoom(on: boolean): void;
  /** Replace some filter fields at once (statistics clicks, links). */
  setFilters(patch: Partial<ProjectFilters>): void;
  /** Add or remove one option of a multi-select facet. */
  toggleOption<K extends 'tables' | 'types' | 'statuses'>(facet: K, value: ProjectFilters[K][number]): void;
  clearFilters(): void;
  setResultsSort(sort: ResultsSort): void;
}

export const createFiltersSlice: SliceCreator<FiltersSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  resultsSort: { key: 'table', dir: 'asc' },
  autoZoom: false,
  setAutoZoom: (autoZoom) => set({ autoZoom }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  toggleOption: (facet, value) =>
    set((s) => {
      const list = s.filters[facet] as string[];
      const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
      return { filters: { ...s.filters, [facet]: next } };
    }),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
  setResultsSort: (resultsSort) => set({ resultsSort }),
});
