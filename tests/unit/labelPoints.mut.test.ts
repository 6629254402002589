/** Where a line's or an area's single name goes, on shapes whose vertices are not spread evenly. */
import { describe, expect, it } from 'vitest';
import type { Feature, Position } from 'geojson';
import { labelPoint } from '../../src/analysis/labelPoints';

const feature = (geometry: Feature['geometry']): Feature => ({ type: 'Feature', properties: {}, geometry });
/** A trapezoid, wide at the bottom: its centre of mass lies below the middle of its bounding box. */
const ring: Position[] = [
  [0, 0],
  [4, 0],
  [3, 2],
  [1, 2],
  [0, 0],
];
const CENTRE_OF_MASS = [2, 8 / 9];
const near = (a: Position, b: Position) => {
  expect(a[0]).toBeCloseTo(b[0]!, 2);
  expect(a[1]).toBeCloseTo(b[1]!, 2);
};

describe('label points', () => {
  it('a line is named halfway along its length, not at the middle of its extent or at a vertex', () => {
    // An L: 1 up, then 3 across; halfway along is 1 into the second leg.
    const p = labelPoint(
      feature({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [0, 1],
          [3, 1],
        ],
      }),
    );
    expect(p[0]).toBeCloseTo(1, 1);
    expect(p[1]).toBeCloseTo(1, 1);
  });

  it('an area is named at its centre of mass, not at the middle of its extent', () => {
    near(labelPoint(feature({ type: 'Polygon', coordinates: [ring] })), CENTRE_OF_MASS);
  });

  it('an area in parts too', () => {
    near(labelPoint(feature({ type: 'MultiPolygon', coordinates: [[ring]] })), CENTRE_OF_MASS);
  });
});
