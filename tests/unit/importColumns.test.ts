import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import {
  LARGE_LAYER,
  fieldCodes,
  drawnApart,
  isPointLayer,
  matchMask,
  matchingCodes,
  pointColumns,
} from '../../src/analysis/importColumns';

const fc = (n: number, extra: FeatureCollection['features'] = []): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [
    ...Array.from({ length: n }, (_, i) => ({
      type: 'Feature' as const,
      properties: { name: `p${i}`, category: `c${i % 3}`, n: i % 2 },
      geometry: { type: 'Point' as const, coordinates: [109 + i * 1e-5, 24 + i * 1e-5] },
    })),
    ...extra,
  ],
});

describe('columnar views of imported points', () => {
  it('packs positions and skips rows without geometry, keeping each feature index', () => {
    const c = pointColumns(
      fc(2, [{ type: 'Feature', properties: { name: 'x' }, geometry: null as never }, ...fc(1).features]),
    )!;
    expect([...c.positions]).toEqual([109, 24, 109.00001, 24.00001, 109, 24]);
    expect([...c.featureIndex]).toEqual([0, 1, 3]);
  });

  it('refuses layers with other shapes; many points go apart, and any points where drawn on the CPU', () => {
    const line = {
      type: 'Feature' as const,
      properties: {},
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    };
    expect(pointColumns(fc(2, [line]))).toBeNull();
    const apart = (f: FeatureCollection, onCpu: boolean) =>
      drawnApart(f.features.length, isPointLayer(f), onCpu);
    expect(apart(fc(LARGE_LAYER), false)).toBe(false);
    expect(apart(fc(LARGE_LAYER + 1), false)).toBe(true);
    expect(apart(fc(LARGE_LAYER + 1, [line]), false)).toBe(false);
    // On the CPU a layer of a single point goes apart too, but never one with another shape.
    expect(apart(fc(1), true)).toBe(true);
    expect(apart(fc(LARGE_LAYER + 1, [line]), true)).toBe(false);
    expect(apart(fc(0), true)).toBe(false);
  });

  it('codes a field once per distinct value and filters by "contains" on those values', () => {
    const f = fc(7);
    const cols = pointColumns(f)!;
    const cat = fieldCodes(f, cols, 'category');
    expect(cat.values).toEqual(['c0', 'c1', 'c2']);
    expect([...cat.codes]).toEqual([0, 1, 2, 0, 1, 2, 0]);
    expect(matchingCodes(cat.values, '1')).toEqual([1]);
    expect(matchingCodes(cat.values, 'c')).toEqual([0, 1, 2]);
    expect([...matchMask(cat, [1])]).toEqual([0, 1, 0, 0, 1, 0, 0]);
    // Numbers are compared as text, as the small layers' map filter does.
    const n = fieldCodes(f, cols, 'n');
    expect(n.values).toEqual(['0', '1']);
    expect(fieldCodes(f, cols, 'missing').values).toEqual(['']);
  });
});
