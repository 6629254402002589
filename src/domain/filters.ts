/** The project filters: plain data, serialisable into the URL. Empty lists mean "all". */
import { z } from './zod';
import { PROJECT_STATUSES, PROJECT_TABLES, PROJECT_TYPES } from './schema';

export const FiltersSchema = z.object({
  tables: z.array(z.enum(PROJECT_TABLES)),
  types: z.array(z.enum(PROJECT_TYPES)),
  statuses: z.array(z.enum(PROJECT_STATUSES)),
  /** Land area bounds in 亩; when either is set, projects whose area the plan does not state drop out. */
  areaMin: z.number().nonnegative().nullable(),
  areaMax: z.number().nonnegative().nullable(),
  /** Free text over name, summary, scale and location words; also pinyin and pinyin initials. */
  text: z.string().max(100),
  /** Only projects inside the current map view. */
  inView: z.boolean(),
});
export type ProjectFilters = z.infer<typeof FiltersSchema>;

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
