/**
 * One label point per feature, so a zone or a long line is named once instead of once per map
 * tile: polygons at their centre of mass (or a point guaranteed inside), lines at their midpoint.
 */
import { along, booleanPointInPolygon, centerOfMass, length, lineString, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';

export function labelPoint(f: Feature<Geometry>): Position {
  const g = f.geometry;
  switch (g.type) {
    case 'Point':
      return g.coordinates;
    case 'MultiPoint':
      return g.coordinates[0]!;
    case 'LineString':
      return midpoint(g.coordinates);
    case 'MultiLineString': {
      // The longest part carries the name.
      const longest = [...g.coordinates].sort((a, b) => lineLength(b) - lineLength(a))[0]!;
      return midpoint(longest);
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const c = centerOfMass(f);
      return booleanPointInPolygon(c, f as Feature<typeof g>)
        ? c.geometry.coordinates
        : pointOnFeature(f).geometry.coordinates;
    }
    default:
      return pointOnFeature(f).geometry.coordinates;
  }
}

const lineLength = (coords: Position[]) => length(lineString(coords));
const midpoint = (coords: Position[]) =>
  along(lineString(coords), lineLength(coords) / 2).geometry.coordinates;

export function labelPoints<P extends object>(
  fc: FeatureCollection<Geometry, P>,
): FeatureCollection<Point, P> {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      type: 'Feature',
      properties: f.properties,
      geometry: { type: 'Point', coordinates: labelPoint(f) },
    })),
  };
}
