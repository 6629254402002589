import type { AppData, PlanItemFeature } from '../domain/data';

/** County-plan items the plan places only by district/county: listed, never drawn as pins. */
export const isCountyLevel = (f: PlanItemFeature) => f.properties.placement_scope === 'county';

/** The county-level works items that name this district/county. */
export const countyLevelWorks = (data: AppData, county: string): PlanItemFeature[] =>
  data.themes.works.features.filter(
    (f) => isCountyLevel(f) && (f.properties.counties as readonly string[]).includes(county),
  );

/** County-level works items whose district/county the plan does not state. */
export const worksWithoutCounty = (data: AppData): PlanItemFeature[] =>
  data.themes.works.features.filter((f) => isCountyLevel(f) && f.properties.counties.length === 0);

export const countyLevelWorksCount = (data: AppData): number =>
  data.themes.works.features.filter(isCountyLevel).length;
