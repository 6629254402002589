/**
 * One coordinate system, WGS84, checked in the direction that matters: shipped geometry must sit
 * where independent WGS84 geometry sits, and the same data left in GCJ-02 (the offset datum of
 * Chinese web maps, ≈ 550 m here) must fail that check.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import type { FeatureCollection, Polygon } from 'geojson';

type LonLat = [number, number];
const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
/** 2025 天地图 boundaries, published in CGCS2000 (≈ WGS84 to centimetres); shipped unchanged. */
const counties = read<FeatureCollection<Polygon>>('data/base/counties.geojson');
/** Older boundaries from a GCJ-02 source, converted to WGS84 (kept for this check, historical). */
const historical = read<FeatureCollection<Polygon>>('data/base/counties_historical.geojson');
const mask = read<FeatureCollection<Polygon>>('data/base/mask.geojson');

const toGcj = (p: LonLat) => gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02) as LonLat;
const metres = (a: LonLat, b: LonLat) =>
  Math.hypot((a[0] - b[0]) * 111320 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 110570);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const historicalVertices = historical.features.flatMap((f) => f.geometry.coordinates[0] as LonLat[]);
/** Median distance from the city's outline (which the 2018/2019 changes left alone) to the historical vertices. */
function outlineOffset(shift: (p: LonLat) => LonLat = (p) => p): number {
  const outline = (mask.features[0]!.geometry.coordinates[1] as LonLat[]).filter((_, i) => i % 3 === 0);
  return median(
    outline.map((v) => {
      const s = shift(v);
      // `metres` to every vertex, with its cosine taken once per outline point (the loop is hot).
      const kx = 111320 * Math.cos((s[1] * Math.PI) / 180);
      let best = Infinity;
      for (const h of historicalVertices)
        best = Math.min(best, ((s[0] - h[0]) * kx) ** 2 + ((s[1] - h[1]) * 110570) ** 2);
      return Math.sqrt(best);
    }),
  );
}

describe('coordinate system', () => {
  it('historical polygons were converted from GCJ-02: back in GCJ-02 they sit on the 1/1024° source grid', () => {
    let worst = 0;
    let n = 0;
    for (const f of historical.features) {
      const ring = f.geometry.coordinates[0]!;
      for (let i = 0; i < ring.length; i += 7) {
        const [lon, lat] = toGcj(ring[i] as LonLat);
        for (const v of [lon * 1024, lat * 1024]) worst = Math.max(worst, Math.abs(v - Math.round(v)));
        n++;
      }
    }
    expect(n).toBeGreaterThan(3000);
    // 0.01 grid units ≈ 1 m; a missing or doubled GCJ-02 shift (≈ 550 m) would be ~5 units off.
    expect(worst).toBeLessThan(0.01);
  });

  it('the converted historical outline lands on the 2025 WGS84 outline; left in GCJ-02 it would not', () => {
    // Two independent WGS84 sources agree to the generalisation of the newer one (measured 75 m)...
    expect(outlineOffset()).toBeLessThan(120);
    // ...while the outline shifted by the GCJ-02 offset, either way (data left unconverted, or
    // converted twice), is several times further off (measured 345 m and 386 m).
    expect(outlineOffset(toGcj)).toBeGreaterThan(250);
    expect(outlineOffset((p) => gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84) as LonLat)).toBeGreaterThan(
      250,
    );
  });

  it('the shipped county polygons are the 2025 boundaries, unshifted', () => {
    const src = read<FeatureCollection<Polygon, { name: string }>>(
      'data/base/counties_tianditu_2025.geojson',
    );
    for (const f of counties.features) {
      const raw = src.features.find((r) => r.properties.name === (f.properties as { name: string }).name)!;
      const a = f.geometry.coordinates[0]![0] as LonLat;
      expect(raw.geometry.coordinates[0]!.some((v) => metres(v as LonLat, a) < 1)).toBe(true);
    }
  });
});
