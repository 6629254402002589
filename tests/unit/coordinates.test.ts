/**
 * The county polygons come from a GCJ-02 source quantised to 1/1024°. If the shipped WGS84
 * vertices are the exact inverse of that offset, converting them back with gcoord must land each
 * vertex on the 1/1024° grid again. This checks the datum conversion with an independent library.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import type { FeatureCollection, Polygon } from 'geojson';

const counties = JSON.parse(readFileSync('data/base/counties.geojson', 'utf8')) as FeatureCollection<Polygon>;

describe('coordinate system', () => {
  it('county polygons are WGS84: back in GCJ-02 they sit on the source grid of 1/1024°', () => {
    let worst = 0;
    let n = 0;
    for (const f of counties.features) {
      const ring = f.geometry.coordinates[0]!;
      for (let i = 0; i < ring.length; i += 7) {
        const [lon, lat] = gcoord.transform(ring[i] as [number, number], gcoord.WGS84, gcoord.GCJ02) as [
          number,
          number,
        ];
        for (const v of [lon * 1024, lat * 1024]) worst = Math.max(worst, Math.abs(v - Math.round(v)));
        n++;
      }
    }
    expect(n).toBeGreaterThan(3000);
    // 0.01 grid units ≈ 1 m; a missing or doubled GCJ-02 shift (≈ 550 m) would be ~5 units off.
    expect(worst).toBeLessThan(0.01);
  });

  it('the shipped GCJ-02 offset is the real one here: about 0.5 km', () => {
    const v = counties.features[0]!.geometry.coordinates[0]![0] as [number, number];
    const g = gcoord.transform(v, gcoord.WGS84, gcoord.GCJ02) as [number, number];
    const dxKm = (g[0] - v[0]) * 111.32 * Math.cos((v[1] * Math.PI) / 180);
    const dyKm = (g[1] - v[1]) * 110.57;
    expect(Math.hypot(dxKm, dyKm)).toBeGreaterThan(0.3);
    expect(Math.hypot(dxKm, dyKm)).toBeLessThan(0.8);
  });
});
