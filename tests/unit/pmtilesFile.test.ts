import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { openPmtilesFile } from '../../src/io/pmtilesFile';
import { pmtilesProtocol } from '../../src/map/pmtilesProtocol';
import { writePmtiles } from '../../scripts/pmtiles-writer';

const archive = (tileType: number, metadata: Record<string, unknown>) =>
  writePmtiles([{ z: 0, x: 0, y: 0, data: Uint8Array.from([1, 2, 3]) }], {
    minZoom: 0,
    maxZoom: 0,
    bounds: [108.5, 23.5, 110.5, 26.5],
    center: [109.4, 24.3, 0],
    tileCompression: 1,
    tileType: tileType as 1,
    metadata,
  });
const fileOf = (bytes: Uint8Array | Buffer, name: string) => new File([Uint8Array.from(bytes)], name);

describe('openPmtilesFile', () => {
  it('opens a vector archive, adds it to the map protocol and keeps its attribution', async () => {
    const add = vi.spyOn(pmtilesProtocol, 'add');
    const bytes = readFileSync('tests/fixtures/liuzhou-basemap-fixture.pmtiles');
    const map = await openPmtilesFile(fileOf(bytes, 'Liuzhou.PMTiles'));
    expect(map).toMatchObject({ url: 'pmtiles://Liuzhou.PMTiles', label: 'Liuzhou.PMTiles' });
    expect(add).toHaveBeenCalledOnce();
    expect(add.mock.calls[0]![0].source.getKey()).toBe('Liuzhou.PMTiles');
    add.mockRestore();
  });

  it('keeps at most 300 characters of a text attribution, and none of another kind', async () => {
    const long = await openPmtilesFile(fileOf(archive(1, { attribution: 'x'.repeat(400) }), 'a.pmtiles'));
    expect(long.attribution).toBe('x'.repeat(300));
    const odd = await openPmtilesFile(fileOf(archive(1, { attribution: { html: 'x' } }), 'b.pmtiles'));
    expect(odd.attribution).toBeNull();
    const none = await openPmtilesFile(fileOf(archive(1, {}), 'c.pmtiles'));
    expect(none.attribution).toBeNull();
  });

  it('refuses other files by name, unreadable archives, and raster archives', async () => {
    await expect(openPmtilesFile(fileOf(archive(1, {}), 'tiles.mbtiles'))).rejects.toThrow('not-pmtiles');
    await expect(openPmtilesFile(fileOf(archive(1, {}), 'a.pmtiles.zip'))).rejects.toThrow('not-pmtiles');
    await expect(openPmtilesFile(fileOf(Uint8Array.from([1, 2, 3]), 'x.pmtiles'))).rejects.toThrow(
      'not-pmtiles',
    );
    await expect(openPmtilesFile(fileOf(archive(2, {}), 'png.pmtiles'))).rejects.toThrow('not-vector');
  });
});
