/**
 * "What lies within N km": straight-line (great-circle) distance from a centre — a point, a line
 * or a polygon — to each project, plan item, town and imported feature. Only numbers the data
 * states are summed; rows that lack them are counted, never guessed. Records the plan places only
 * by district/county have no site: they are never measured by their stored point, only listed
 * apart when their district/county meets the area (no distance, not counted, not summed).
 */
import {
  booleanIntersects,
  booleanPointInPolygon,
  buffer,
  distance,
  pointToLineDistance,
  polygonToLine,
} from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { AppData } from '../domain/data';
import type { DrawingGeometry } from '../domain/drawing';
import { THEMES, type Citation, type Theme } from '../domain/schema';
import { citationLine } from '../domain/sources';
import { isCountyLevel, sited } from './countyLevel';

export type WithinKind = 'project' | 'planItem' | 'town' | 'imported';

export interface WithinHit {
  kind: WithinKind;
  id: string;
  name: string;
  /** Source of the feature on the map (projects, a theme, or an imported layer's id). */
  source: string;
  /** Straight-line km from the centre to the feature (0 when inside a drawn area); null for areas. */
  km: number | null;
  area_mu?: number | null;
  investment_yi?: number | null;
  /** Where the plan states the feature (absent for the planner's own imported data). */
  citation?: Citation;
}

/** A county-level record whose district/county meets the area: listed apart, never a hit. */
export interface CountyLevelHit {
  kind: 'project' | 'planItem';
  id: string;
  name: string;
  source: string;
  /** Its districts/counties that the area meets. */
  counties: string[];
  citation: Citation;
}

export interface WithinResult {
  km: number;
  buffer: Feature<Polygon | MultiPolygon>;
  hits: WithinHit[];
  /** County-level projects and plan items of the districts/counties the area meets. */
  countyLevel: CountyLevelHit[];
  counts: Record<WithinKind, number>;
  /** Sums over projects only, with how many projects lacked the figure. */
  sums: { area_mu: number; area_missing: number; investment_yi: number; investment_missing: number };
}

/** Extra point-or-shape features to search (imported layers), keyed by their source id. */
export type ExtraLayers = Array<{
  source: string;
  features: FeatureCollection['features'];
  nameField?: string;
}>;

/** Themes listed as plan items: county profiles stand for whole counties, not sites, so they are left out. */
const PLAN_ITEM_THEMES: readonly Theme[] = THEMES.filter((t) => t !== 'county' && t !== 'towns');

/** Great-circle km from a centre geometry to a point (0 inside a polygon centre). */
export function kmFrom(centre: DrawingGeometry, p: Point): number {
  const o = { units: 'kilometers' as const };
  switch (centre.type) {
    case 'Point':
      return distance(centre.coordinates, p.coordinates, o);
    case 'LineString':
      return pointToLineDistance(p.coordinates, centre as LineString, o);
    case 'Polygon': {
      if (booleanPointInPolygon(p.coordinates, centre)) return 0;
      const ring = polygonToLine(centre as Polygon) as Feature<LineString>;
      return pointToLineDistance(p.coordinates, ring, o);
    }
  }
}

export function bufferOf(centre: DrawingGeometry, km: number): Feature<Polygon | MultiPolygon> {
  const b = buffer({ type: 'Feature', properties: {}, geometry: centre }, km, {
    units: 'kilometers',
    steps: 32,
  });
  if (!b) throw new Error('empty buffer');
  return b as Feature<Polygon | MultiPolygon>;
}

/**
 * Points are tested by exact distance; lines and areas (roads, zones) by intersecting the drawn
 * buffer ring (a 32-step polygon), which is within a few metres of the exact distance.
 */
function hitOf(centre: DrawingGeometry, km: number, ring: Feature<Polygon | MultiPolygon>, g: Geometry) {
  if (g.type === 'Point') {
    const d = kmFrom(centre, g);
    return d <= km ? { km: d } : null;
  }
  return booleanIntersects(g, ring) ? { km: null } : null;
}

export function within(
  data: AppData,
  centre: DrawingGeometry,
  km: number,
  extra: ExtraLayers = [],
): WithinResult {
  const ring = bufferOf(centre, km);
  const hits: WithinHit[] = [];
  const countyLevel: CountyLevelHit[] = [];
  const touched = touchedCounties(data, ring);
  const listApart = (
    kind: CountyLevelHit['kind'],
    source: string,
    p: { id: string; name: string; citation: Citation },
    counties: readonly string[],
  ) => {
    const met = counties.filter((c) => touched.has(c));
    if (met.length)
      countyLevel.push({ kind, id: p.id, name: p.name, source, counties: met, citation: p.citation });
  };
  for (const p of data.projects.features) {
    if (isCountyLevel(p)) {
      listApart('project', 'projects', p.properties, [p.properties.admin_county]);
      continue;
    }
    const h = hitOf(centre, km, ring, p.geometry);
    if (h)
      hits.push({
        kind: 'project',
        id: p.properties.id,
        name: p.properties.name,
        source: 'projects',
        km: h.km,
        area_mu: p.properties.area_mu,
        investment_yi: p.properties.investment_yi,
        citation: p.properties.citation,
      });
  }
  const addTheme = (theme: Theme, kind: WithinKind) => {
    for (const f of data.themes[theme].features) {
      if (isCountyLevel(f)) {
        listApart('planItem', theme, f.properties, f.properties.counties);
        continue;
      }
      const h = hitOf(centre, km, ring, f.geometry);
      const { id, name, citation } = f.properties;
      if (h) hits.push({ kind, id, name, source: theme, km: h.km, citation });
    }
  };
  PLAN_ITEM_THEMES.forEach((t) => addTheme(t, 'planItem'));
  addTheme('towns', 'town');
  for (const layer of extra) {
    layer.features.forEach((f, i) => {
      if (!f.geometry) return;
      const h = hitOf(centre, km, ring, f.geometry);
      const props = (f.properties ?? {}) as Record<string, unknown>;
      const name = layer.nameField ? props[layer.nameField] : undefined;
      if (h)
        hits.push({
          kind: 'imported',
          id: String(f.id ?? i),
          name: name == null || name === '' ? `#${i + 1}` : String(name),
          source: layer.source,
          km: h.km,
        });
    });
  }
  hits.sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity) || a.name.localeCompare(b.name, 'zh'));
  const projects = hits.filter((h) => h.kind === 'project');
  const sum = (key: 'area_mu' | 'investment_yi') => projects.reduce((s, h) => s + (h[key] ?? 0), 0);
  const missing = (key: 'area_mu' | 'investment_yi') => projects.filter((h) => h[key] == null).length;
  const counts = { project: 0, planItem: 0, town: 0, imported: 0 } as Record<WithinKind, number>;
  hits.forEach((h) => counts[h.kind]++);
  return {
    km,
    buffer: ring,
    hits,
    countyLevel,
    counts,
    sums: {
      area_mu: round(sum('area_mu')),
      area_missing: missing('area_mu'),
      investment_yi: round(sum('investment_yi')),
      investment_missing: missing('investment_yi'),
    },
  };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Names of the districts/counties whose polygons meet the area. */
function touchedCounties(data: AppData, ring: Feature<Polygon | MultiPolygon>): Set<string> {
  return new Set(
    data.base.counties.features
      .filter((f) => booleanIntersects(f, ring))
      .map((f) => String(f.properties.name ?? '')),
  );
}

export interface NearestAnswer {
  what: 'station' | 'port' | 'railport';
  name: string;
  km: number;
}

/** The nearest railway station, port area (作业区) and rail-port site to a point, with km. */
export function nearestFacilities(data: AppData, p: Point): NearestAnswer[] {
  const pick = (what: NearestAnswer['what'], feats: Array<Feature<Geometry, Record<string, unknown>>>) => {
    let best: NearestAnswer | null = null;
    for (const f of feats) {
      if (f.geometry.type !== 'Point') continue;
      const km = distance(p.coordinates, f.geometry.coordinates, { units: 'kilometers' });
      if (!best || km < best.km) best = { what, name: String(f.properties.name ?? ''), km };
    }
    return best;
  };
  // Sites known only by their district/county have no position to measure from.
  return [
    pick('station', data.base.stations.features as Array<Feature<Geometry, Record<string, unknown>>>),
    pick(
      'port',
      sited(data.themes.water.features).filter((f) => f.properties.kind === '作业区') as Array<
        Feature<Geometry, Record<string, unknown>>
      >,
    ),
    pick(
      'railport',
      sited(data.themes.railport.features) as Array<Feature<Geometry, Record<string, unknown>>>,
    ),
  ].filter((x): x is NearestAnswer => x !== null);
}

export interface SiteRing {
  site: { id: string; name: string; source: string };
  byKm: Array<{ km: number; projects: string[] }>;
}

/** Ready-made question: projects within 5/10/20 km of each rail-port site and each port area. */
export function projectsAroundSites(data: AppData, radii: readonly number[] = [5, 10, 20]): SiteRing[] {
  // Only sited sites and projects: a county-level record's stored point is no position.
  const sites = [
    ...sited(data.themes.railport.features).map((f) => ({ f, source: 'railport' })),
    ...sited(data.themes.water.features)
      .filter((f) => f.properties.kind === '作业区')
      .map((f) => ({ f, source: 'water' })),
  ].filter(({ f }) => f.geometry.type === 'Point');
  const projects = sited(data.projects.features);
  return sites.map(({ f, source }) => {
    const d = projects.map((p) => ({
      name: p.properties.name,
      km: distance((f.geometry as Point).coordinates, p.geometry.coordinates, { units: 'kilometers' }),
    }));
    return {
      site: { id: f.properties.id, name: f.properties.name, source },
      byKm: radii.map((km) => ({
        km,
        projects: d
          .filter((x) => x.km <= km)
          .sort((a, b) => a.km - b.km)
          .map((x) => x.name),
      })),
    };
  });
}

/** Table rows of a result, for CSV/XLSX (headers localised by the caller). */
export function withinRows(r: WithinResult): Array<Array<string | number | null>> {
  return [
    ...r.hits.map((h) => [
      h.kind,
      h.id,
      h.name,
      h.km == null ? null : Math.round(h.km * 1000) / 1000,
      h.area_mu ?? null,
      h.investment_yi ?? null,
      h.citation ? citationLine(h.citation) : null,
    ]),
    // County-level records: no distance and nothing summed.
    ...r.countyLevel.map((h) => ['countyLevel', h.id, h.name, null, null, null, citationLine(h.citation)]),
  ];
}
