/**
 * Builds the small offline-basemap fixture the tests use, from the project's own base data: the
 * districts as land, county boundaries, rivers (with their Chinese names) and railways, cut into
 * vector tiles in the Protomaps basemap schema (layers earth, boundaries, water, roads) and written
 * as a PMTiles v3 archive. It stands in for a real city extract (see README "Basemaps").
 *   npx tsx scripts/build-basemap-fixture.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import GeoJSONVT, { type LegacyTile } from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { CITY_BOUNDS } from '../src/domain/geography';
import { writePmtiles, type TileIn } from './pmtiles-writer';

export const FIXTURE_PATH = 'tests/fixtures/liuzhou-basemap-fixture.pmtiles';
const MIN_ZOOM = 6;
const MAX_ZOOM = 11;

const read = (f: string) =>
  JSON.parse(readFileSync(new URL(`../data/base/${f}`, import.meta.url), 'utf8')) as FeatureCollection;

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const feat = (geometry: Geometry, properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  geometry,
  properties,
});

const counties = read('counties.geojson').features;
const named = (zh: unknown) => (typeof zh === 'string' ? { name: zh, 'name:zh': zh, script: 'Han' } : {});

const layers: Record<string, FeatureCollection> = {
  earth: fc(counties.map((f) => feat(f.geometry, { kind: 'earth' }))),
  boundaries: fc(
    counties.map((f) =>
      feat(
        f.geometry.type === 'Polygon'
          ? { type: 'MultiLineString', coordinates: f.geometry.coordinates }
          : f.geometry.type === 'MultiPolygon'
            ? { type: 'MultiLineString', coordinates: f.geometry.coordinates.flat() }
            : f.geometry,
        { kind: 'county', kind_detail: 6 },
      ),
    ),
  ),
  water: fc(
    [...read('rivers_ne.geojson').features, ...read('rivers_gshhg.geojson').features].map((f) =>
      feat(f.geometry, { kind: 'river', min_zoom: 6, ...named(f.properties?.name_zh) }),
    ),
  ),
  roads: fc(read('railways.geojson').features.map((f) => feat(f.geometry, { kind: 'rail', min_zoom: 6 }))),
};

function lonToX(lon: number, z: number) {
  return Math.floor(((lon + 180) / 360) * 2 ** z);
}
function latToY(lat: number, z: number) {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
}

export function buildFixture(): Uint8Array {
  const indexes = Object.fromEntries(
    Object.entries(layers).map(([name, data]) => [
      name,
      new GeoJSONVT(data, {
        maxZoom: MAX_ZOOM,
        indexMaxZoom: MAX_ZOOM,
        tolerance: 3,
        extent: 4096,
        buffer: 64,
      }),
    ]),
  );
  const [w, s, e, n] = CITY_BOUNDS;
  const tiles: TileIn[] = [];
  for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
    for (let x = lonToX(w, z); x <= lonToX(e, z); x++) {
      for (let y = latToY(n, z); y <= latToY(s, z); y++) {
        const tile: Record<string, LegacyTile> = {};
        for (const [name, index] of Object.entries(indexes)) {
          const t = index.getTile(z, x, y);
          if (t && t.features.length > 0) tile[name] = t;
        }
        if (Object.keys(tile).length === 0) continue;
        tiles.push({ z, x, y, data: gzipSync(fromGeojsonVt(tile, { version: 2, extent: 4096 })) });
      }
    }
  }
  return writePmtiles(tiles, {
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    bounds: CITY_BOUNDS,
    center: [109.41, 24.33, 10],
    tileCompression: 2,
    tileType: 1,
    metadata: {
      name: 'Liuzhou test basemap',
      description: 'Test fixture built from the project base data (not a real basemap).',
      attribution:
        'Test basemap: © OpenStreetMap contributors · Natural Earth · GSHHG/WDBII · 区县界 天地图 2025',
      vector_layers: Object.keys(layers).map((id) => ({ id, fields: {} })),
    },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bytes = buildFixture();
  writeFileSync(FIXTURE_PATH, bytes);
  console.log(`${FIXTURE_PATH}: ${bytes.length} bytes`);
}
