/** Spatial relations shown in side panels (turf): what lies inside an area, what is nearest. */
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { PlanItemFeature, ProjectFeature } from '../domain/data';

export function projectsInArea(
  area: Feature<Polygon | MultiPolygon>,
  projects: readonly ProjectFeature[],
): ProjectFeature[] {
  return projects.filter((p) => booleanPointInPolygon(p.geometry, area));
}

export interface Nearest<F> {
  feature: F;
  /** Straight-line distance in kilometres. */
  km: number;
}

/** The nearest point feature among candidates, or null when there are none. */
export function nearest<F extends PlanItemFeature>(
  from: Feature<Point>,
  candidates: readonly F[],
): Nearest<F> | null {
  let best: Nearest<F> | null = null;
  for (const c of candidates) {
    if (c.geometry.type !== 'Point') continue;
    const km = distance(from, c.geometry, { units: 'kilometers' });
    if (!best || km < best.km) best = { feature: c, km };
  }
  return best;
}
