/**
 * Records the plan places only by district/county (`placement_scope: 'county'`), of any theme:
 * they have no site, so the map draws no point for them; they are listed in the county profiles
 * (and, where no county is stated, in their layer's note) and never measured by a stored point.
 */
import type { AppData, OtherItemFeature, PlanItemFeature } from '../domain/data';
import { THEMES, type AdminCounty, type Theme } from '../domain/schema';

export const isCountyLevel = (f: { properties: { placement_scope?: 'county' | undefined } }) =>
  f.properties.placement_scope === 'county';

/** The records that have a site (or a schematic/exact geometry) the map may draw. */
export const sited = <F extends { properties: { placement_scope?: 'county' | undefined } }>(
  features: readonly F[],
): F[] => features.filter((f) => !isCountyLevel(f));

export type CountyLevelSource = Theme | 'others';
export type CountyLevelItem =
  { source: Theme; feature: PlanItemFeature } | { source: 'others'; feature: OtherItemFeature };

export const isCountyLevelSource = (id: string): id is CountyLevelSource =>
  id === 'others' || (THEMES as readonly string[]).includes(id);

/** Logistics themes first, then the other documents' records, then the county plan's works. */
const ORDER: readonly CountyLevelSource[] = [...THEMES.filter((t) => t !== 'works'), 'others', 'works'];

const cache = new WeakMap<AppData, CountyLevelItem[]>();

/** Every county-level plan item of every theme and of the other documents, in layer order. */
export function countyLevelItems(data: AppData): CountyLevelItem[] {
  const hit = cache.get(data);
  if (hit) return hit;
  const items = ORDER.flatMap((source): CountyLevelItem[] =>
    source === 'others'
      ? data.others.features.filter(isCountyLevel).map((feature) => ({ source, feature }))
      : data.themes[source].features.filter(isCountyLevel).map((feature) => ({ source, feature })),
  );
  cache.set(data, items);
  return items;
}

const ofSource = (data: AppData, source?: CountyLevelSource) =>
  countyLevelItems(data).filter((i) => source === undefined || i.source === source);

/** The county-level items that name this district/county (of one layer, or of all). */
export const countyLevelIn = (
  data: AppData,
  county: AdminCounty | string,
  source?: CountyLevelSource,
): CountyLevelItem[] =>
  ofSource(data, source).filter((i) => (i.feature.properties.counties as readonly string[]).includes(county));

/** County-level items whose district/county the documents do not state. */
export const countyLevelWithoutCounty = (data: AppData, source?: CountyLevelSource): CountyLevelItem[] =>
  ofSource(data, source).filter((i) => i.feature.properties.counties.length === 0);

export const countyLevelCount = (data: AppData, source?: CountyLevelSource): number =>
  ofSource(data, source).length;
