import { describe, expect, it } from 'vitest';
import { nearestPoint, type ScreenProjection } from '../../src/analysis/nearestPoint';

/** 100 px per degree, y down, origin at lon 109 / lat 25; counts the points it projects. */
function counting(): ScreenProjection & { projected: number[][] } {
  const projected: number[][] = [];
  return {
    projected,
    toScreen: (lon, lat) => {
      projected.push([lon, lat]);
      return [(lon - 109) * 100, (25 - lat) * 100];
    },
    toLonLat: (x, y) => [109 + x / 100, 25 - y / 100],
  };
}

describe('nearestPoint narrows the candidates before measuring', () => {
  it('projects only the points inside the box around the pointer, on every side', () => {
    const proj = counting();
    // The pointer at lon 109.5 / lat 24.5, 10 px = 0.1°: one point inside, one beyond each side.
    const positions = Float64Array.from([
      109.5,
      24.5, // inside
      109.3,
      24.5, // west
      109.7,
      24.5, // east
      109.5,
      24.3, // south
      109.5,
      24.7, // north
    ]);
    expect(nearestPoint(positions, () => true, proj, 50, 50, 10)).toBe(0);
    expect(proj.projected).toEqual([[109.5, 24.5]]);
  });

  it('a point the filter hides is not measured either', () => {
    const proj = counting();
    const positions = Float64Array.from([109.5, 24.5, 109.51, 24.5]);
    expect(nearestPoint(positions, (k) => k === 1, proj, 50, 50, 10)).toBe(1);
    expect(proj.projected).toEqual([[109.51, 24.5]]);
  });

  it('reads each point once, and no further than the positions go', () => {
    const proj = counting();
    nearestPoint(Float64Array.from([109.5, 24.5, 109.52, 24.5]), () => true, proj, 50, 50, 10);
    expect(proj.projected).toEqual([
      [109.5, 24.5],
      [109.52, 24.5],
    ]);
  });
});
