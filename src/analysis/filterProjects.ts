/**
 * Pure project filtering, facet counts and sorting. The map shows the result through a layer
 * filter expression (ids), never by rebuilding GeoJSON.
 */
import type { ProjectFeature } from '../domain/data';
import type { ProjectFilters, ResultsSort } from '../domain/filters';
import { PROJECT_STATUSES, PROJECT_TABLES, PROJECT_TYPES } from '../domain/schema';
import type { Bounds } from '../domain/geography';

export interface SearchEntry {
  id: string;
  pinyin: string;
  initials: string;
}

export interface FilterContext {
  /** Pinyin index by project id. */
  search: ReadonlyMap<string, SearchEntry>;
  /** The map's current view, for the "only in view" filter. */
  bounds: Bounds | null;
}

type Facet = 'tables' | 'types' | 'statuses';

const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();

export function matchesText(p: ProjectFeature, q: string, search: ReadonlyMap<string, SearchEntry>): boolean {
  const needle = norm(q);
  if (!needle) return true;
  const { name, summary, location_text, scale_text, table, admin_county } = p.properties;
  // Field by field: text that only spans the end of one field and the start of the next is no match.
  const fields = [name, summary, location_text, scale_text, table, admin_county];
  if (fields.some((f) => f && norm(f).includes(needle))) return true;
  if (/^[a-z]+$/.test(needle)) {
    const s = search.get(p.properties.id);
    return !!s && (s.initials.includes(needle) || s.pinyin.includes(needle));
  }
  return false;
}

const inBounds = (p: ProjectFeature, b: Bounds) => {
  const [lon, lat] = p.geometry.coordinates as [number, number];
  return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
};

/** Does the project pass every filter, optionally ignoring one facet (for that facet's counts)? */
export function passes(p: ProjectFeature, f: ProjectFilters, ctx: FilterContext, except?: Facet): boolean {
  const q = p.properties;
  if (except !== 'tables' && f.tables.length && !f.tables.includes(q.table)) return false;
  if (except !== 'types' && f.types.length && !f.types.includes(q.type)) return false;
  if (except !== 'statuses' && f.statuses.length && !f.statuses.includes(q.status)) return false;
  if (f.areaMin !== null || f.areaMax !== null) {
    if (q.area_mu === null) return false;
    if (f.areaMin !== null && q.area_mu < f.areaMin) return false;
    if (f.areaMax !== null && q.area_mu > f.areaMax) return false;
  }
  if (f.inView && ctx.bounds && !inBounds(p, ctx.bounds)) return false;
  return matchesText(p, f.text, ctx.search);
}

export function applyFilters(
  projects: readonly ProjectFeature[],
  f: ProjectFilters,
  ctx: FilterContext,
): ProjectFeature[] {
  return projects.filter((p) => passes(p, f, ctx));
}

export interface FacetCounts {
  tables: Record<string, number>;
  types: Record<string, number>;
  statuses: Record<string, number>;
}

/** For each option: how many projects it would yield given all the other filters. */
export function facetCounts(
  projects: readonly ProjectFeature[],
  f: ProjectFilters,
  ctx: FilterContext,
): FacetCounts {
  const count = (facet: Facet, options: readonly string[], key: 'table' | 'type' | 'status') => {
    const out: Record<string, number> = Object.fromEntries(options.map((o) => [o, 0]));
    for (const p of projects)
      if (passes(p, f, ctx, facet)) out[p.properties[key]] = (out[p.properties[key]] ?? 0) + 1;
    return out;
  };
  return {
    tables: count('tables', PROJECT_TABLES, 'table'),
    types: count('types', PROJECT_TYPES, 'type'),
    statuses: count('statuses', PROJECT_STATUSES, 'status'),
  };
}

// Made at the first sort by name, not as the page loads: the page's first collator loads the
// collation data, tens of ms of the main thread.
let collator: Intl.Collator | null = null;
const pinyin = () => (collator ??= new Intl.Collator('zh-CN-u-co-pinyin'));

/** Sorts a copy; missing numbers always sort last, whatever the direction. */
export function sortProjects(list: readonly ProjectFeature[], sort: ResultsSort): ProjectFeature[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const num = (v: number | null) => v;
  const byTable = (a: ProjectFeature, b: ProjectFeature) =>
    PROJECT_TABLES.indexOf(a.properties.table) - PROJECT_TABLES.indexOf(b.properties.table) ||
    a.properties.seq - b.properties.seq;
  const cmp = (a: ProjectFeature, b: ProjectFeature): number => {
    switch (sort.key) {
      case 'name':
        return sign * pinyin().compare(a.properties.name, b.properties.name);
      case 'table':
        return sign * byTable(a, b);
      case 'status':
        return (
          sign *
            (PROJECT_STATUSES.indexOf(a.properties.status) - PROJECT_STATUSES.indexOf(b.properties.status)) ||
          byTable(a, b)
        );
      case 'area':
      case 'investment': {
        const va = num(sort.key === 'area' ? a.properties.area_mu : a.properties.investment_yi);
        const vb = num(sort.key === 'area' ? b.properties.area_mu : b.properties.investment_yi);
        if (va === null && vb === null) return byTable(a, b);
        if (va === null) return 1;
        if (vb === null) return -1;
        return sign * (va - vb) || byTable(a, b);
      }
    }
  };
  return [...list].sort(cmp);
}
