/** Where a line's or an area's single name goes, on shapes whose vertices are not spread evenly. */
import { describe, expect, it } from 'vitest';
import type { Feature, Position } from 'geojson';
import { labelPoint } from '../../src/analysis/labelPoints';

const feature = (geometry: Feature['geometry']): Feature => ({ type: 'Feature', properties: {}, geometry });
/** A 4 × 4 square with extra vertices along its bottom edge (their mean lies below the centre). */
const ring: Position[] = [
  [0, 0],
  [1, 0],
  [2, 0],
  [3, 0],
  [4, 0],
  [4, 4],
  [0, 4],
  [0, 0],
];
const near = (a: Position, b: Position) => {
  expect(a[0]).toBeCloseTo(b[0]!, 2);
  expect(a[1]).toBeCloseTo(b[1]!, 2);
};

describe('label points', () => {
  it('a line is named at its midpoint along its length, not at a vertex', () => {
    const p = labelPoint(
      feature({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [0.1, 0],
          [0.2, 0],
          [1, 0],
        ],
      }),
    );
    near(p, [0.5, 0]);
  });

  it('an area is named at its centre of mass, whatever its vertices', () => {
    near(labelPoint(feature({ type: 'Polygon', coordinates: [ring] })), [2, 2]);
  });

  it('an area in parts too', () => {
    const far = ring.map(([x, y]) => [x! + 10, y!]);
    const p = labelPoint(feature({ type: 'MultiPolygon', coordinates: [[ring], [far]] }));
    // The centre of mass of both squares falls between them, outside: a point of the shape instead.
    expect(p[1]).toBeGreaterThanOrEqual(0);
    expect(p[1]).toBeLessThanOrEqual(4);
    expect(p[0]! <= 4 || p[0]! >= 10).toBe(true);
    near(labelPoint(feature({ type: 'MultiPolygon', coordinates: [[ring]] })), [2, 2]);
  });
});
