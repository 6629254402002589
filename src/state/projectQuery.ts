/**
 * Derived project results for the current filters, memoised: the same inputs give the same
 * objects, and an unchanged result keeps its `excluded` set, so the map's flags are not re-set.
 */
import {
  applyFilters,
  facetCounts,
  type FacetCounts,
  type FilterContext,
  type SearchEntry,
} from '../analysis/filterProjects';
import type { AppData, ProjectFeature } from '../domain/data';
import type { ProjectFilters } from '../domain/filters';
import type { Bounds } from '../domain/geography';

export interface ProjectResult {
  list: ProjectFeature[];
  /** Ids the filters leave out (stable reference while unchanged): the map hides these. */
  excluded: ReadonlySet<string>;
  facets: FacetCounts;
}

export function createProjectQuery(data: AppData) {
  const search: ReadonlyMap<string, SearchEntry> = new Map(data.search.map((s) => [s.id, s]));
  const all = data.projects.features;
  let last: { filters: ProjectFilters; bounds: Bounds | null; result: ProjectResult } | null = null;
  return (filters: ProjectFilters, viewBounds: Bounds | null): ProjectResult => {
    // The view only matters when "only in view" is on.
    const bounds = filters.inView ? viewBounds : null;
    if (last && last.filters === filters && last.bounds === bounds) return last.result;
    const ctx: FilterContext = { search, bounds };
    const list = applyFilters(all, filters, ctx);
    const passing = new Set(list.map((p) => p.properties.id));
    const out = all.map((p) => p.properties.id).filter((id) => !passing.has(id));
    const prev = last?.result.excluded;
    const excluded =
      prev && prev.size === out.length && out.every((id) => prev.has(id)) ? prev : new Set(out);
    const result = { list, excluded, facets: facetCounts(all, filters, ctx) };
    last = { filters, bounds, result };
    return result;
  };
}

export type ProjectQuery = ReturnType<typeof createProjectQuery>;

const queries = new WeakMap<AppData, ProjectQuery>();

/** One shared query per loaded data set, so the map and the panels reuse each other's work. */
export function projectQueryFor(data: AppData): ProjectQuery {
  let q = queries.get(data);
  if (!q) {
    q = createProjectQuery(data);
    queries.set(data, q);
  }
  return q;
}
