/**
 * The place half of search.json: every named place of the base geography, the plan's layers and
 * the gazetteer, with its kind, position or extent, and how that position was obtained. A place
 * named twice (a town that is also a gazetteer seat) is listed once, its other names as aliases.
 */
import { bbox, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import type { PlaceEntry, PlaceKind, Place } from '../../src/domain/places';
import type { GazetteerEntry, PlanItemProps } from '../../src/domain/schema';
import { pinyinFields } from './searchIndex';

type Area = Polygon | MultiPolygon;
type Bounds = [number, number, number, number];

export interface PlaceInputs {
  counties: FeatureCollection<Area, { name: string }>;
  countyLabels: FeatureCollection<Point, { name: string }>;
  stations: FeatureCollection<Point, { name: string; source?: string }>;
  themes: Record<'structure' | 'railport' | 'water' | 'air', FeatureCollection<Geometry, PlanItemProps>>;
  gazetteer: readonly GazetteerEntry[];
}

/** Which plan items are places, and as what (other items are projects or works, not places). */
const PLAN_KINDS: Array<['structure' | 'railport' | 'water' | 'air', (kind: string) => PlaceKind | null]> = [
  ['structure', () => 'zone'],
  ['air', (k) => (k === '机场' ? 'airport' : k === '空港物流园' ? 'park' : null)],
  ['water', (k) => (k === '作业区' ? 'port' : null)],
  ['railport', () => 'railport'],
];
const GAZETTEER_KINDS: Record<string, PlaceKind> = {
  乡镇驻地: 'town',
  区县驻地: 'seat',
  作业区: 'port',
  机场: 'airport',
};

const round = (n: number) => Math.round(n * 1e5) / 1e5;
const roundBounds = (b: number[]): Bounds => [round(b[0]!), round(b[1]!), round(b[2]!), round(b[3]!)];

/** The shipped files the index is derived from (to rebuild it, or check the shipped one). */
export function shippedPlaceInputs(read: (dataPath: string) => unknown): PlaceInputs {
  return {
    counties: read('base/counties.geojson'),
    countyLabels: read('base/county_labels.geojson'),
    stations: read('base/railway_stations.geojson'),
    themes: {
      structure: read('plan/structure.geojson'),
      railport: read('plan/railport.geojson'),
      water: read('plan/water.geojson'),
      air: read('plan/air.geojson'),
    },
    gazetteer: read('plan/gazetteer.json'),
  } as PlaceInputs;
}

export function placeEntries(input: PlaceInputs): PlaceEntry[] {
  const countyBounds = new Map(input.counties.features.map((f) => [f.properties.name, roundBounds(bbox(f))]));
  const countyOf = (at: [number, number]): string | null =>
    input.counties.features.find((c) => booleanPointInPolygon(at, c))?.properties.name ?? null;
  const places = new Map<string, { id: string; place: Place }>();
  const add = (id: string, p: Place) => {
    const same = places.get(p.name)?.place;
    if (!same) places.set(p.name, { id: `place:${id}`, place: p });
    else same.aliases = [...new Set([...same.aliases, ...p.aliases])].filter((a) => a !== same.name);
  };

  for (const c of input.counties.features) {
    const label = input.countyLabels.features.find((l) => l.properties.name === c.properties.name);
    add(`county-${c.properties.name}`, {
      name: c.properties.name,
      aliases: [],
      kind: 'county',
      quality: 'exact',
      area: true,
      basis: '天地图 2025 年行政区划边界。',
      basis_en: 'Administrative boundary of 2025 (天地图).',
      county: c.properties.name,
      center: (label ?? pointOnFeature(c)).geometry.coordinates.map(round) as [number, number],
      bounds: countyBounds.get(c.properties.name)!,
      ref: { source: 'counties', id: c.properties.name },
    });
  }

  for (const [theme, kindOf] of PLAN_KINDS) {
    for (const f of input.themes[theme].features) {
      const p = f.properties;
      const kind = kindOf(p.kind);
      if (!kind) continue;
      const area = f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
      const center = (
        f.geometry.type === 'Point'
          ? f.geometry.coordinates
          : pointOnFeature(f as Feature).geometry.coordinates
      ).map(round) as [number, number];
      const countyLevel = p.placement_scope === 'county';
      const county = countyLevel ? (p.counties[0] ?? countyOf(center)) : area ? null : countyOf(center);
      add(p.id, {
        name: p.name,
        aliases: [],
        kind,
        quality: countyLevel ? 'county' : p.location_quality === 'exact' ? 'exact' : 'approximate',
        area,
        basis: p.location_basis,
        basis_en: p.location_basis_en ?? p.location_basis,
        county,
        center,
        bounds: area
          ? roundBounds(bbox(f))
          : countyLevel && county
            ? (countyBounds.get(county) ?? null)
            : null,
        ref: { source: theme, id: p.id },
      });
    }
  }

  for (const g of input.gazetteer) {
    const kind = GAZETTEER_KINDS[g.kind];
    if (!kind) continue;
    const center = g.position.map(round) as [number, number];
    add(g.id.replace(/^place-/, 'gazetteer-'), {
      name: g.name,
      aliases: g.aliases,
      kind,
      quality: g.quality === 'exact' ? 'exact' : 'approximate',
      area: false,
      basis: g.basis,
      basis_en: g.basis_en,
      county: countyOf(center),
      center,
      bounds: null,
      ref: null,
    });
  }

  for (const s of input.stations.features) {
    const center = s.geometry.coordinates.map(round) as [number, number];
    const osm = !s.properties.source || s.properties.source.startsWith('osm');
    add(`station-${s.properties.name}`, {
      // "柳江" still finds 柳江站 (as a prefix), without outranking 柳江区.
      name: `${s.properties.name}站`,
      aliases: [],
      kind: 'station',
      quality: 'exact',
      area: false,
      basis: osm ? 'OpenStreetMap 车站点位。' : '公开的高铁站点位（百度坐标已换算为 WGS84）。',
      basis_en: osm
        ? 'Station point from OpenStreetMap.'
        : 'Published high-speed station point (Baidu coordinates converted to WGS84).',
      county: countyOf(center),
      center,
      bounds: null,
      ref: { source: 'stations', id: s.properties.name },
    });
  }

  return [...places.values()].map(({ id, place }) => ({
    id,
    ...pinyinFields([place.name, ...place.aliases]),
    place,
  }));
}
