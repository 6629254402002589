/**
 * Derives helper geometry from the county polygons (run once after the base data changes):
 * - mask.geojson: a large box with the city (turf union of the 10 counties) cut out. It fades the
 *   neighbouring areas, and its ring doubles as the city boundary line (the box edge is never in view);
 * - county_labels.geojson: one label point per county, inside its polygon.
 * Outputs are committed so the app does no geometry work at start-up.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  area,
  featureCollection,
  polygon,
  pointOnFeature,
  union,
  centerOfMass,
  booleanPointInPolygon,
  truncate,
} from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

const dir = new URL('../data/base/', import.meta.url);
const counties = JSON.parse(readFileSync(new URL('counties.geojson', dir), 'utf8')) as FeatureCollection<
  Polygon,
  { name: string }
>;

const merged = union(counties) as Feature<Polygon | MultiPolygon> | null;
if (!merged) throw new Error('union of counties failed');
// The source polygons leave sliver gaps (<0.1 km²) between neighbours: keep only outer rings of
// parts larger than 1 km² so the boundary is clean.
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
    source: 'union of data/base/counties.geojson (turf), slivers removed',
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
write('mask.geojson', featureCollection([mask]));
write('county_labels.geojson', featureCollection(labels));
console.log(`city outline: ${rings.length} ring(s); labels: ${labels.length}`);
