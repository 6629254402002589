import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { labelPoint, labelPoints } from '../../src/analysis/labelPoints';

const feature = (geometry: Feature['geometry']): Feature => ({ type: 'Feature', properties: {}, geometry });

describe('label points', () => {
  it('keep points where they are', () => {
    expect(labelPoint(feature({ type: 'Point', coordinates: [109.4, 24.3] }))).toEqual([109.4, 24.3]);
  });

  it('put a line label at the midpoint of its length', () => {
    const [lon, lat] = labelPoint(
      feature({
        type: 'LineString',
        coordinates: [
          [109, 24],
          [109, 24.2],
          [109, 25],
        ],
      }),
    );
    expect(lon).toBeCloseTo(109, 6);
    expect(lat).toBeCloseTo(24.5, 2);
  });

  it('use the longest part of a multi-line', () => {
    const [, lat] = labelPoint(
      feature({
        type: 'MultiLineString',
        coordinates: [
          [
            [109, 24],
            [109, 24.1],
          ],
          [
            [110, 25],
            [110, 26],
          ],
        ],
      }),
    );
    expect(lat).toBeCloseTo(25.5, 2);
  });

  it('keep a polygon label inside even when its centre of mass falls outside (a U shape)', () => {
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const p = labelPoint(feature(u));
    expect(booleanPointInPolygon(point(p), u)).toBe(true);
  });

  it('the longest part wins whichever comes first', () => {
    const [, lat] = labelPoint(
      feature({
        type: 'MultiLineString',
        coordinates: [
          [
            [110, 25],
            [110, 26],
          ],
          [
            [109, 24],
            [109, 24.1],
          ],
        ],
      }),
    );
    expect(lat).toBeCloseTo(25.5, 2);
  });

  it('a multi-point is labelled at its first point; a convex polygon at its centre of mass', () => {
    expect(
      labelPoint(
        feature({
          type: 'MultiPoint',
          coordinates: [
            [1, 2],
            [3, 4],
          ],
        }),
      ),
    ).toEqual([1, 2]);
    const [x, y] = labelPoint(
      feature({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [4, 0],
            [4, 2],
            [0, 2],
            [0, 0],
          ],
        ],
      }),
    );
    expect(x).toBeCloseTo(2, 6);
    expect(y).toBeCloseTo(1, 6);
  });

  it('anything else gets a point on the feature', () => {
    const p = labelPoint(
      feature({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [5, 6] }] }),
    );
    expect(p).toEqual([5, 6]);
  });

  it("a collection keeps each feature's properties on its label point", () => {
    const fc = labelPoints({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'a' }, geometry: { type: 'Point', coordinates: [1, 1] } },
      ],
    });
    expect(fc).toEqual({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'a' }, geometry: { type: 'Point', coordinates: [1, 1] } },
      ],
    });
  });
});
