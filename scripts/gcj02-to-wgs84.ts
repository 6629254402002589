/**
 * Converts a GeoJSON file from GCJ-02 (the datum of most Chinese web maps: AMap, Tencent, DataV,
 * echarts) to WGS84 with gcoord, so new Chinese-source data joins the app's one coordinate system.
 *
 *   npx tsx scripts/gcj02-to-wgs84.ts input.geojson output.geojson
 *
 * Record the conversion in data/ATTRIBUTION.md next to the file's source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import gcoord from 'gcoord';
import type { GeoJSON } from 'geojson';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: tsx scripts/gcj02-to-wgs84.ts input.geojson output.geojson');
  process.exit(2);
}
const data = JSON.parse(readFileSync(input, 'utf8')) as GeoJSON;
const converted = gcoord.transform(data as never, gcoord.GCJ02, gcoord.WGS84);
writeFileSync(output, JSON.stringify(converted));
console.log(`${input} (GCJ-02) → ${output} (WGS84)`);
