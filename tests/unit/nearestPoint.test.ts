import { describe, expect, it } from 'vitest';
import { nearestPoint, shownBy, type ScreenProjection } from '../../src/analysis/nearestPoint';

/** 100 px per degree, y down, origin at lon 109 / lat 25. */
const flat: ScreenProjection = {
  toScreen: (lon, lat) => [(lon - 109) * 100, (25 - lat) * 100],
  toLonLat: (x, y) => [109 + x / 100, 25 - y / 100],
};
/** The same, turned 90° (bearing): screen x follows latitude. */
const turned: ScreenProjection = {
  toScreen: (lon, lat) => [(25 - lat) * 100, -(lon - 109) * 100],
  toLonLat: (x, y) => [109 - y / 100, 25 - x / 100],
};
const pts = (...xy: number[]) => Float64Array.from(xy);
const all = () => true;

describe('nearestPoint (CPU picking of large point layers)', () => {
  it('finds the nearest point within the radius, and none beyond it', () => {
    const p = pts(109.5, 24.5, 109.52, 24.5, 110, 24);
    expect(nearestPoint(p, all, flat, 50.5, 50, 10)).toBe(0);
    expect(nearestPoint(p, all, flat, 51.5, 50, 10)).toBe(1);
    expect(nearestPoint(p, all, flat, 50, 61, 10)).toBe(-1);
    expect(nearestPoint(p, all, flat, 50, 60, 10)).toBe(0);
    // Within the box but outside the circle: a corner of the square is farther than the radius.
    expect(nearestPoint(p, all, flat, 58, 58, 10)).toBe(-1);
  });

  it('prefers the later of two points at the same place (drawn on top)', () => {
    expect(nearestPoint(pts(109.5, 24.5, 109.5, 24.5), all, flat, 50, 50, 10)).toBe(1);
  });

  it('skips points the filter hides', () => {
    const p = pts(109.5, 24.5, 109.52, 24.5);
    expect(nearestPoint(p, (k) => k !== 0, flat, 50, 50, 10)).toBe(1);
    expect(nearestPoint(p, () => false, flat, 50, 50, 10)).toBe(-1);
  });

  it('works when the map is turned', () => {
    const p = pts(109.5, 24.5, 109.7, 24.5);
    const [x, y] = turned.toScreen(109.7, 24.5);
    expect(nearestPoint(p, all, turned, x + 3, y - 3, 10)).toBe(1);
  });
});

describe('shownBy (the GPU filter, on the CPU)', () => {
  it('passes everything without a filter', () => {
    expect(shownBy(null)(7)).toBe(true);
  });
  it('reads a 0/1 mask', () => {
    const f = shownBy({ kind: 'mask', mask: Float32Array.from([0, 1, 0]) });
    expect([0, 1, 2].map(f)).toEqual([false, true, false]);
  });
  it('reads category codes against the selected set', () => {
    const f = shownBy({ kind: 'category', codes: Uint32Array.from([2, 0, 5, 2]), selected: [2, 5] });
    expect([0, 1, 2, 3].map(f)).toEqual([true, false, true, true]);
  });
});
