import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { DocEvent, DocPart, OtherItemProps, OtherTarget } from './implementation';
import type { PlanItemProps, ProjectProps, Target, Theme } from './schema';
import type { PlaceEntry } from './places';

/** The base geography files the app loads (src/io/dataUrls.ts maps each to its file). */
export const BASE_DATA_KEYS = [
  'counties',
  'countyLabels',
  'mask',
  'riversNe',
  'riversGshhg',
  'railways',
  'stations',
  'airport',
] as const;
export type BaseDataKey = (typeof BASE_DATA_KEYS)[number];

export type AnyFC = FeatureCollection<Geometry, Record<string, unknown>>;
export type ProjectFeature = Feature<Point, ProjectProps>;
export type PlanItemFeature = Feature<Geometry, PlanItemProps>;

/** Everything the app shows, loaded once at start-up and never mutated. */
export interface AppData {
  base: Record<BaseDataKey, AnyFC>;
  projects: FeatureCollection<Point, ProjectProps>;
  themes: Record<Theme, FeatureCollection<Geometry, PlanItemProps>>;
  targets: Target[];
  /** Pinyin of project names, for search (derived, not plan content). */
  search: Array<{ id: string; pinyin: string; initials: string }>;
  /** Named places the search box flies to, with their pinyin (the place half of search.json). */
  places: PlaceEntry[];
  /** The implementation record: dated statements of the later documents, oldest first. */
  events: DocEvent[];
  /** The later documents (and dated parts of gazettes) the events cite. */
  docParts: DocPart[];
  /** Projects the later documents name that the logistics plan does not list. */
  others: FeatureCollection<Geometry, OtherItemProps>;
  /** Quantified targets of those documents (e.g. the 一二五 programme). */
  otherTargets: OtherTarget[];
}

/** Source id of a theme's or the projects' GeoJSON on the map; also the `source` of a FeatureRef. */
export type PlanSource = Theme | 'projects' | 'others';
export type OtherItemFeature = Feature<Geometry, OtherItemProps>;
