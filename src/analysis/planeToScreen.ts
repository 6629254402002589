/**
 * Web Mercator → screen for many points at once. A flat map seen by a (possibly tilted and rotated)
 * camera maps the Mercator plane to the screen by a homography, so four points projected by the map
 * fix it exactly, and every other point then costs a few multiplications instead of a call into the
 * map's transform.
 */

/**
 * x' = (h0 x + h1 y + h2) / w, y' = (h3 x + h4 y + h5) / w, w = h6 x + h7 y + h8, scaled so that w is
 * positive in front of the camera (a point with w ≤ 0 lies behind it).
 */
export type Homography = readonly number[];

/** Mercator x, y in [0, 1] (x east, y south) for lon/lat pairs. */
export function mercatorColumns(lonLat: Float64Array): Float64Array {
  const out = new Float64Array(lonLat.length);
  for (let i = 0; i < lonLat.length; i += 2) {
    out[i] = (lonLat[i]! + 180) / 360;
    const s = Math.sin((lonLat[i + 1]! * Math.PI) / 180);
    out[i + 1] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  }
  return out;
}

/** The homography taking the four `from` points to the four `to` points (null if degenerate). */
export function homography(
  from: ReadonlyArray<readonly [number, number]>,
  to: ReadonlyArray<readonly [number, number]>,
): Homography | null {
  // Eight equations in h0..h7, two per correspondence, solved by Gaussian elimination.
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i]!;
    const [u, v] = to[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    if (Math.abs(a[p]![c]!) < 1e-300) return null;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      const row = a[r]!;
      if (f) for (let k = c; k < 9; k++) row[k] = row[k]! - f * a[c]![k]!;
    }
  }
  const h = [...a.map((row, i) => row[8]! / row[i]!), 1];
  if (!h.every(Number.isFinite)) return null;
  // The reference points are in view, so in front of the camera: their w sets the sign.
  const [x0, y0] = from[0]!;
  return h[6]! * x0 + h[7]! * y0 + 1 < 0 ? h.map((v) => -v) : h;
}

/** Applies h to one point; null when it lies behind the camera. */
export function applyHomography(h: Homography, x: number, y: number): [number, number] | null {
  const w = h[6]! * x + h[7]! * y + h[8]!;
  if (!(w > 0)) return null;
  return [(h[0]! * x + h[1]! * y + h[2]!) / w, (h[3]! * x + h[4]! * y + h[5]!) / w];
}
