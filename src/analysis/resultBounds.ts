/** The frame of a set of projects (for "zoom to results" and exports of a filtered set). */
import { bbox } from '@turf/turf';
import type { Feature } from 'geojson';
import type { ProjectFeature } from '../domain/data';
import type { Bounds } from '../domain/geography';

/** Bounding box of the projects' points, widened so a single project is not framed at street level. */
export function resultBounds(list: readonly ProjectFeature[], minSpan = 0.06): Bounds | null {
  if (!list.length) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of list) {
    const [lon, lat] = p.geometry.coordinates as [number, number];
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return widened([w, s, e, n], minSpan);
}

/** A box no narrower than `minSpan` degrees either way, around the same centre. */
function widened([w, s, e, n]: Bounds, minSpan: number): Bounds {
  const padLon = Math.max(0, (minSpan - (e - w)) / 2);
  const padLat = Math.max(0, (minSpan - (n - s)) / 2);
  return [w - padLon, s - padLat, e + padLon, n + padLat];
}

/** Bounding box of several features of any kind (the items of a filtered table). */
export function featuresBounds(list: readonly Feature[], minSpan = 0.06): Bounds | null {
  if (!list.length) return null;
  const boxes = list.map((f) => bbox(f) as Bounds);
  return widened(
    [
      Math.min(...boxes.map((b) => b[0])),
      Math.min(...boxes.map((b) => b[1])),
      Math.max(...boxes.map((b) => b[2])),
      Math.max(...boxes.map((b) => b[3])),
    ],
    minSpan,
  );
}

/** Bounding box of any feature (a related item to fly to). */
export function featureBounds(f: Feature, minSpan = 0.02): Bounds {
  return widened(bbox(f) as Bounds, minSpan);
}
