/**
 * Measuring snaps to the plan's sites: a vertex placed near a drawn plan point lands on that point's
 * own coordinates (from the data, not the map's tiles), and the measurement names every site it is
 * snapped to with how that site's position was obtained, so a distance from a schematic or
 * approximate site never reads as surveyed.
 */
import type { Geometry } from 'geojson';
import type { AppData } from '../domain/data';
import type { DrawingGeometry } from '../domain/drawing';
import type { LocationQuality } from '../domain/schema';
import { THEMES } from '../domain/schema';
import { sited } from './countyLevel';

export interface SnapTarget {
  /** Source and id as the map's features name them. */
  source: string;
  id: string;
  name: string;
  lonLat: [number, number];
  quality: LocationQuality;
}

/** Screen pixels within which a vertex snaps to a plan point. */
export const SNAP_PX = 10;

const lonLatKey = ([x, y]: readonly number[]) => `${x},${y}`;

/**
 * Every plan point with a site, by source/id: projects, plan items and the other documents' records.
 * County-level records have no site and are never a target.
 */
export function snapTargets(data: AppData): Map<string, SnapTarget> {
  const out = new Map<string, SnapTarget>();
  const add = (
    source: string,
    features: ReadonlyArray<{
      geometry: Geometry | null;
      properties: { id: string; name: string; location_quality: LocationQuality; placement_scope?: 'county' };
    }>,
  ) => {
    for (const f of sited(features))
      if (f.geometry?.type === 'Point') {
        const [x, y] = f.geometry.coordinates as [number, number];
        const { id, name, location_quality: quality } = f.properties;
        out.set(`${source}/${id}`, { source, id, name, lonLat: [x, y], quality });
      }
  };
  add('projects', data.projects.features);
  for (const t of THEMES) add(t, data.themes[t].features);
  add('others', data.others.features);
  return out;
}

/** The candidate nearest to a screen point, within `px`; null when none is that close. */
export function nearestOnScreen<T extends { x: number; y: number }>(
  candidates: readonly T[],
  at: { x: number; y: number },
  px = SNAP_PX,
): T | null {
  let best: T | null = null;
  let bestD = px * px;
  for (const c of candidates) {
    const d = (c.x - at.x) ** 2 + (c.y - at.y) ** 2;
    if (d <= bestD) [best, bestD] = [c, d];
  }
  return best;
}

/** The sites a measured shape's vertices lie on (every record at each), once each, in order reached. */
export function snappedSites(
  g: DrawingGeometry | null,
  byPosition: ReadonlyMap<string, readonly SnapTarget[]>,
): SnapTarget[] {
  if (!g) return [];
  const vertices =
    g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : g.coordinates.flat();
  const found = new Map<string, SnapTarget>();
  for (const v of vertices)
    for (const t of byPosition.get(lonLatKey(v)) ?? []) found.set(`${t.source}/${t.id}`, t);
  return [...found.values()];
}

/** The targets by position: several records may share one site (a rail-port site and its project). */
export function targetsByPosition(targets: Iterable<SnapTarget>): Map<string, SnapTarget[]> {
  const out = new Map<string, SnapTarget[]>();
  for (const t of targets) {
    const k = lonLatKey(t.lonLat);
    const here = out.get(k);
    if (here) here.push(t);
    else out.set(k, [t]);
  }
  return out;
}
