/**
 * Projects the plan places only by district/county have no site: the map shows one badge per
 * district/county with how many there are ("9 个项目 · 位置仅到区县"), never a pin each.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ProjectFeature } from '../domain/data';
import { ADMIN_COUNTIES, type AdminCounty } from '../domain/schema';
import { t } from '../i18n/strings';
import { isCountyLevel } from './countyLevel';

export const BADGE_SOURCE = 'countybadges';

/** Stable id of a district/county's badge (ids in links are ASCII). */
export const badgeId = (county: AdminCounty) => `c${ADMIN_COUNTIES.indexOf(county)}`;
export const badgeCounty = (id: string): AdminCounty | null => {
  const m = /^c(\d+)$/.exec(id);
  return m ? (ADMIN_COUNTIES[Number(m[1])] ?? null) : null;
};

export interface BadgeProps {
  id: string;
  county: AdminCounty;
  count: number;
  label_zh: string;
  label_en: string;
  /** Ids of the projects the badge stands for, comma-separated. */
  ids: string;
}

/**
 * One point per district/county holding county-level projects among `list`, at the mean of their
 * stored positions (the district seat they were put at).
 */
export function countyBadges(list: readonly ProjectFeature[]): FeatureCollection<Point, BadgeProps> {
  const groups = new Map<AdminCounty, ProjectFeature[]>();
  for (const p of list) {
    if (!isCountyLevel(p)) continue;
    const g = groups.get(p.properties.admin_county) ?? [];
    g.push(p);
    groups.set(p.properties.admin_county, g);
  }
  return {
    type: 'FeatureCollection',
    features: ADMIN_COUNTIES.filter((c) => groups.has(c)).map((county) => {
      const ps = groups.get(county)!;
      const mean = (i: 0 | 1) =>
        ps.reduce((s, p) => s + (p.geometry.coordinates[i] as number), 0) / ps.length;
      const n = ps.length;
      return {
        type: 'Feature',
        id: badgeId(county),
        properties: {
          id: badgeId(county),
          county,
          count: n,
          label_zh: t('zh', 'badge.label', { n }),
          label_en: t('en', n === 1 ? 'badge.labelOne' : 'badge.label', { n }),
          ids: ps.map((p) => p.properties.id).join(','),
        },
        geometry: { type: 'Point', coordinates: [mean(0), mean(1)] },
      };
    }),
  };
}

/** The county-level projects a badge stands for, within the current results. */
export function badgeProjects(list: readonly ProjectFeature[], county: AdminCounty): ProjectFeature[] {
  return list.filter((p) => isCountyLevel(p) && p.properties.admin_county === county);
}
