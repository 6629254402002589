/** The project filters: plain data, serialisable into the URL. Empty lists mean "all". */
import type { ProjectProps } from './schema';

export type ProjectTable = ProjectProps['table'];
export type ProjectType = ProjectProps['type'];
export type ProjectStatus = ProjectProps['status'];

export interface ProjectFilters {
  tables: ProjectTable[];
  types: ProjectType[];
  statuses: ProjectStatus[];
  /** Land area bounds in 亩; when either is set, projects whose area the plan does not state drop out. */
  areaMin: number | null;
  areaMax: number | null;
  /** Free text over name, summary, scale and location words; also pinyin and pinyin initials. */
  text: string;
  /** Only projects inside the current map view. */
  inView: boolean;
}

export const EMPTY_FILTERS: ProjectFilters = {
  tables: [],
  types: [],
  statuses: [],
  areaMin: null,
  areaMax: null,
  text: '',
  inView: false,
};

export const isFiltering = (f: ProjectFilters) =>
  f.tables.length > 0 ||
  f.types.length > 0 ||
  f.statuses.length > 0 ||
  f.areaMin !== null ||
  f.areaMax !== null ||
  f.text.trim() !== '' ||
  f.inView;

export type SortKey = 'table' | 'name' | 'area' | 'investment' | 'status';
export interface ResultsSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}
