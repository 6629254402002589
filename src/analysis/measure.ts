/**
 * Measured figures of a drawn path or polygon. turf computes on a sphere: length as the sum of
 * great-circle (haversine) distances on a 6371.0088 km mean radius, area as the spherical polygon
 * area on a 6378.137 km radius. Within a city the difference from the WGS84 ellipsoid is < 0.5 %.
 */
import { area, length } from '@turf/turf';
import type { DrawingGeometry } from '../domain/drawing';

/** 1 亩 = 10000/15 m² (the statutory mu). */
export const M2_PER_MU = 10000 / 15;

export interface Measurement {
  kind: 'length' | 'area';
  /** Length in metres (paths) or perimeter in metres (polygons). */
  meters: number;
  /** Area in m² (polygons only). */
  squareMeters?: number;
}

export function measure(geometry: DrawingGeometry): Measurement | null {
  if (geometry.type === 'LineString') {
    return { kind: 'length', meters: length({ type: 'Feature', properties: {}, geometry }) * 1000 };
  }
  if (geometry.type === 'Polygon') {
    const ring = { type: 'LineString' as const, coordinates: geometry.coordinates[0]! };
    return {
      kind: 'area',
      squareMeters: area(geometry),
      meters: length({ type: 'Feature', properties: {}, geometry: ring }) * 1000,
    };
  }
  return null;
}

/** Formats a length: metres under 1 km, km above. */
export function formatLength(meters: number): string {
  return meters < 1000 ? `${meters.toFixed(0)} m` : `${(meters / 1000).toFixed(meters < 10000 ? 3 : 2)} km`;
}

/** Area in the three units planners use: 亩, 公顷, km². */
export function areaUnits(m2: number): { mu: number; hectares: number; km2: number } {
  return { mu: m2 / M2_PER_MU, hectares: m2 / 10000, km2: m2 / 1e6 };
}

export const fmt = (n: number, digits = 2) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
