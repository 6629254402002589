/** Prints the administrative district/county that each lon,lat argument falls in. Usage: tsx scripts/locate.ts 109.4,24.3 ... */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { FeatureCollection, Polygon } from 'geojson';

const counties = JSON.parse(
  readFileSync(new URL('../data/base/counties.geojson', import.meta.url), 'utf8'),
) as FeatureCollection<Polygon, { name: string }>;
for (const arg of process.argv.slice(2)) {
  const [lon, lat] = arg.split(',').map(Number);
  const hit = counties.features.find((f) => booleanPointInPolygon(point([lon!, lat!]), f));
  console.log(arg, hit ? hit.properties.name : 'OUTSIDE LIUZHOU');
}
