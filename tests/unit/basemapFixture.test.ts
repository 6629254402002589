import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PMTiles, TileType, type RangeResponse, type Source } from 'pmtiles';
import { buildFixture, FIXTURE_PATH } from '../../scripts/build-basemap-fixture';
import { writePmtiles } from '../../scripts/pmtiles-writer';

/** Serves an in-memory archive to the pmtiles reader, as a file or URL would. */
class BufferSource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey = () => 'buffer';
  getBytes = async (offset: number, length: number): Promise<RangeResponse> => ({
    data: this.bytes.slice(offset, offset + length).buffer,
  });
}

const readBack = (bytes: Uint8Array) => new PMTiles(new BufferSource(bytes));

/** Tile x/y at zoom z of a lon/lat. */
const tileOf = (lon: number, lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return [
    Math.floor(((lon + 180) / 360) * 2 ** z),
    Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z),
  ] as const;
};

describe('PMTiles writer', () => {
  it('writes an archive the pmtiles package reads back: header, metadata and every tile', async () => {
    const tiles = [
      { z: 0, x: 0, y: 0, data: Uint8Array.from([1, 2, 3]) },
      { z: 2, x: 3, y: 1, data: Uint8Array.from([9]) },
      { z: 1, x: 1, y: 0, data: Uint8Array.from([4, 5]) },
    ];
    const bytes = writePmtiles(tiles, {
      minZoom: 0,
      maxZoom: 2,
      bounds: [108.5, 23.5, 110.5, 26.5],
      center: [109.4, 24.3, 1],
      tileCompression: 1,
      tileType: 1,
      metadata: { name: 'x' },
    });
    const archive = readBack(bytes);
    const h = await archive.getHeader();
    expect([h.specVersion, h.minZoom, h.maxZoom, h.tileType, h.numAddressedTiles]).toEqual([3, 0, 2, 1, 3]);
    expect(h.minLon).toBeCloseTo(108.5, 6);
    expect(h.maxLat).toBeCloseTo(26.5, 6);
    expect(await archive.getMetadata()).toEqual({ name: 'x' });
    for (const t of tiles) {
      const got = await archive.getZxy(t.z, t.x, t.y);
      expect(new Uint8Array(got!.data)).toEqual(t.data);
    }
    expect(await archive.getZxy(2, 0, 0)).toBeUndefined();
  });
});

describe('basemap fixture', () => {
  it('is up to date with its build script and the base data', () => {
    expect(Buffer.from(buildFixture()).equals(readFileSync(FIXTURE_PATH))).toBe(true);
  });

  it('holds vector tiles of the city in the Protomaps schema at city zoom', async () => {
    const archive = readBack(new Uint8Array(readFileSync(FIXTURE_PATH)));
    const h = await archive.getHeader();
    expect(h.tileType).toBe(TileType.Mvt);
    expect(h.maxZoom).toBeGreaterThanOrEqual(11);
    // The city centre (柳州 城中区) at zoom 11.
    const [x, y] = tileOf(109.41, 24.32, 11);
    const tile = await archive.getZxy(11, x, y);
    expect(tile).toBeDefined();
    const raw = new Uint8Array(tile!.data);
    // pmtiles decompresses gzip for us; accept either form.
    const pbf = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
    // Layer names, keys and string values are stored verbatim in the tile's protobuf.
    const text = Buffer.from(pbf).toString('utf8');
    for (const layer of ['earth', 'boundaries', 'water', 'roads']) expect(text).toContain(layer);
    expect(text).toContain('rail');
    expect(text).toContain('柳江');
  });
});
