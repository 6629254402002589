/**
 * Derives the base geometry the app and the plan build use (run after the base data changes):
 * - counties.geojson: the current (2025) district/county polygons of 天地图, cleaned (duplicate
 *   vertices removed, rings wound per RFC 7946) and checked valid, so unions and point-in-polygon
 *   tests are sound;
 * - mask.geojson: a large box with the city (turf union of the 10 counties) cut out. It fades the
 *   neighbouring areas, and its ring doubles as the city boundary line (the box edge is never in view);
 * - county_labels.geojson: one label point per county, inside its polygon.
 * Outputs are committed so the app does no geometry work at start-up.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  area,
  booleanValid,
  cleanCoords,
  featureCollection,
  polygon,
  pointOnFeature,
  rewind,
  union,
  centerOfMass,
  booleanPointInPolygon,
  truncate,
} from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { ADMIN_COUNTIES } from '../src/domain/schema';

const dir = new URL('../data/base/', import.meta.url);
const read = <T>(name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as T;
/** Boundary date of the 天地图 administrative divisions (see data/ATTRIBUTION.md). */
const BOUNDARY_DATE = '2025';

const raw = read<FeatureCollection<Polygon | MultiPolygon, { name: string; adcode: number }>>(
  'counties_tianditu_2025.geojson',
);
const counties = featureCollection(
  raw.features.map((f) => {
    const clean = rewind(cleanCoords(f), { reverse: false }) as Feature<Polygon | MultiPolygon>;
    if (!booleanValid(clean)) throw new Error(`${f.properties.name}: invalid polygon after cleaning`);
    if (!(ADMIN_COUNTIES as readonly string[]).includes(f.properties.name))
      throw new Error(`${f.properties.name}: not one of the ten districts/counties`);
    return {
      type: 'Feature' as const,
      properties: {
        name: f.properties.name,
        adcode: f.properties.adcode,
        boundary_date: BOUNDARY_DATE,
        source: '天地图 行政区划 (国家基础地理信息中心), 2025',
      },
      geometry: clean.geometry,
    };
  }),
);
if (counties.features.length !== ADMIN_COUNTIES.length)
  throw new Error('expected the ten districts/counties');

const merged = union(counties) as Feature<Polygon | MultiPolygon> | null;
if (!merged) throw new Error('union of counties failed');
// Keep only outer rings of parts larger than 1 km², so no sliver where neighbours meet survives.
const parts =
  merged.geometry.type === 'Polygon' ? [merged.geometry.coordinates] : merged.geometry.coordinates;
const rings: number[][][] = parts.map((p) => p[0]!).filter((r) => area(polygon([r])) > 1e6);
// Outer box generously beyond the camera's max bounds; holes are the city's outer rings.
const box = [
  [100, 18],
  [120, 18],
  [120, 32],
  [100, 32],
  [100, 18],
];
const mask = truncate(
  polygon([box, ...rings.map((r) => [...r].reverse())], {
    name: '柳州市 (mask)',
    source: 'union of data/base/counties.geojson (turf)',
  }),
  { precision: 6 },
);

const labels = counties.features.map((f) => {
  // centerOfMass reads best; fall back to a point guaranteed inside for odd shapes.
  let p = centerOfMass(f);
  if (!booleanPointInPolygon(p, f)) p = pointOnFeature(f);
  p = truncate(p, { precision: 5 });
  p.properties = { name: f.properties.name };
  return p;
});

const write = (name: string, data: unknown) =>
  writeFileSync(new URL(name, dir), JSON.stringify(data) + '\n', 'utf8');
write('counties.geojson', counties);
write('mask.geojson', featureCollection([mask]));
write('county_labels.geojson', featureCollection(labels));
console.log(
  `counties: ${counties.features.length}; city outline: ${rings.length} ring(s); labels: ${labels.length}`,
);
