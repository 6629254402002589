/**
 * Which point of a large layer lies under the pointer, found on the CPU. GPU picking reads pixels
 * back, which makes the page wait for every frame still being drawn (seconds for 100,000 points on
 * a software renderer); this scan needs only the positions and the filter already in memory.
 */

export interface ScreenProjection {
  /** lon/lat → screen px. */
  toScreen(lon: number, lat: number): [number, number];
  /** Screen px → lon/lat. */
  toLonLat(x: number, y: number): [number, number];
}

/**
 * Index of the shown point nearest to (x, y) within maxPx screen pixels, or -1. Of points at the
 * same distance the later one wins, as it is drawn on top. Candidates are first narrowed by the
 * lon/lat box of the square around the pointer (its four corners, so any bearing works).
 */
export function nearestPoint(
  positions: Float64Array,
  shown: (k: number) => boolean,
  proj: ScreenProjection,
  x: number,
  y: number,
  maxPx: number,
): number {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [cx, cy] of [
    [x - maxPx, y - maxPx],
    [x + maxPx, y - maxPx],
    [x + maxPx, y + maxPx],
    [x - maxPx, y + maxPx],
  ] as const) {
    const [lon, lat] = proj.toLonLat(cx, cy);
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  let best = -1;
  let bestD = maxPx * maxPx;
  const count = positions.length / 2;
  for (let k = 0; k < count; k++) {
    const lon = positions[k * 2]!;
    const lat = positions[k * 2 + 1]!;
    if (lon < w || lon > e || lat < s || lat > n || !shown(k)) continue;
    const [px, py] = proj.toScreen(lon, lat);
    const d = (px - x) ** 2 + (py - y) ** 2;
    if (d <= bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

/** A large layer's filter as the GPU applies it: codes in a selected set, or a 0/1 mask. */
export type PointFilter =
  { kind: 'category'; codes: Uint32Array; selected: number[] } | { kind: 'mask'; mask: Float32Array } | null;

/** Whether point k passes the filter, exactly as the GPU filter decides it. */
export function shownBy(f: PointFilter): (k: number) => boolean {
  if (f === null) return () => true;
  if (f.kind === 'mask') {
    const mask = f.mask;
    return (k) => mask[k]! > 0.5;
  }
  // A table by code, not a Set: this runs for every point of a layer at each redraw and pick.
  const selected = new Uint8Array(Math.max(-1, ...f.selected) + 1);
  for (const c of f.selected) selected[c] = 1;
  const codes = f.codes;
  return (k) => selected[codes[k]!] === 1;
}
