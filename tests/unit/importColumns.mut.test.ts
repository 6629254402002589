/** Which imported layers are drawn apart: rows without a position do not count against it. */
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { LARGE_LAYER, drawnApart, isPointLayer } from '../../src/analysis/importColumns';

const layer = (n: number, withoutPosition: number): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [
    ...Array.from({ length: n }, (_, i) => ({
      type: 'Feature' as const,
      properties: { i },
      geometry: { type: 'Point' as const, coordinates: [109 + i * 1e-5, 24] },
    })),
    ...Array.from({ length: withoutPosition }, () => ({
      type: 'Feature' as const,
      properties: {},
      geometry: null as never,
    })),
  ],
});

describe('large point layers', () => {
  it('a large layer of points with some rows lacking a position is still drawn on the GPU', () => {
    const apart = (f: FeatureCollection) => drawnApart(f.features.length, isPointLayer(f), false);
    expect(apart(layer(LARGE_LAYER, 1))).toBe(true);
    expect(apart(layer(LARGE_LAYER - 1, 1))).toBe(false);
    expect(isPointLayer(layer(0, 1))).toBe(true);
  });
});
