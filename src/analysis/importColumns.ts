/**
 * Columnar views of an imported point layer, for drawing it on the GPU: positions as one typed
 * array, and an attribute as small integer codes into its distinct values, so a filter is decided
 * once per distinct value rather than once per feature.
 */
import type { FeatureCollection } from 'geojson';

/**
 * Above this many features a point layer is drawn by the GPU layer rather than as GeoJSON (on a
 * software renderer every point layer is drawn on the CPU instead: see map/importedLayers).
 */
export const LARGE_LAYER = 5000;

export interface PointColumns {
  /** lon, lat pairs, one per drawn feature. */
  positions: Float64Array;
  /** Index in the feature collection of each drawn feature (features without geometry are skipped). */
  featureIndex: Uint32Array;
}

/** Positions of a layer made only of points (or geometry-less rows); null if it has other shapes. */
export function pointColumns(fc: FeatureCollection): PointColumns | null {
  const n = fc.features.length;
  const positions = new Float64Array(n * 2);
  const featureIndex = new Uint32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const g = fc.features[i]!.geometry;
    if (g === null) continue;
    if (g.type !== 'Point') return null;
    positions[k * 2] = g.coordinates[0]!;
    positions[k * 2 + 1] = g.coordinates[1]!;
    featureIndex[k++] = i;
  }
  return { positions: positions.subarray(0, k * 2), featureIndex: featureIndex.subarray(0, k) };
}

/** True when every feature is a point or has no geometry, and there is at least one. */
export const isPointLayer = (fc: FeatureCollection): boolean =>
  fc.features.length > 0 && fc.features.every((f) => f.geometry === null || f.geometry.type === 'Point');

/**
 * Whether a layer of `count` features is drawn apart from the map's GeoJSON layers (map/largePoints):
 * a point layer of more than LARGE_LAYER features; where the points are drawn on the CPU, every point
 * layer, since there each frame of the map costs 0.2–0.4 s and the canvas redraws without one.
 */
export const drawnApart = (count: number, allPoints: boolean, onCpu: boolean): boolean =>
  allPoints && (onCpu || count > LARGE_LAYER);

/** DataFilterExtension maps at most 128 categories on one channel; beyond that a mask is sent. */
export const MAX_CATEGORIES = 128;

export interface FieldCodes {
  /** Code of each drawn feature's value (same order as PointColumns). */
  codes: Uint32Array;
  /** The distinct values as text; a code indexes this. */
  values: string[];
}

/** One pass over the features: each value as text (as the map's filter reads it) gets a code. */
export function fieldCodes(fc: FeatureCollection, cols: PointColumns, field: string): FieldCodes {
  const byValue = new Map<string, number>();
  const values: string[] = [];
  const codes = new Uint32Array(cols.featureIndex.length);
  for (let k = 0; k < codes.length; k++) {
    const v = fc.features[cols.featureIndex[k]!]!.properties?.[field];
    const s = v == null ? '' : String(v);
    let c = byValue.get(s);
    if (c === undefined) {
      c = values.length;
      byValue.set(s, c);
      values.push(s);
    }
    codes[k] = c;
  }
  return { codes, values };
}

/** Codes of the distinct values that contain `needle` ("contains", as the list's filter says). */
export function matchingCodes(values: readonly string[], needle: string): number[] {
  const out: number[] = [];
  values.forEach((v, i) => v.includes(needle) && out.push(i));
  return out;
}

/** 1 for each feature whose code is in `codes`, else 0: the per-feature form when codes are many. */
export function matchMask(field: FieldCodes, codes: readonly number[]): Float32Array {
  const hit = new Uint8Array(field.values.length);
  for (const c of codes) hit[c] = 1;
  const out = new Float32Array(field.codes.length);
  for (let k = 0; k < out.length; k++) out[k] = hit[field.codes[k]!]!;
  return out;
}
