/**
 * Large point layers drawn into a pixel buffer on the CPU (see map/rasterPoints for when). Each point
 * is a precomputed stamp of pixels: a disc with its outline, the edge pixels softened where they
 * fall on the map rather than on another point.
 */
import { type Homography } from '../analysis/planeToScreen';

/** A colour as 0–255 red, green, blue, alpha. */
export type Rgba = readonly [number, number, number, number];

/** How a point looks, in CSS pixels: no fill draws the outline alone (the import preview). */
export interface PointLook {
  radius: number;
  outline: number;
  fill: Rgba | null;
  stroke: Rgba;
}

/** The pixels of one point around its centre pixel, colours packed for ImageData's bytes. */
export interface Stamp {
  dx: Int16Array;
  dy: Int16Array;
  color: Uint32Array;
  /** Edge pixels: drawn only where the buffer is still empty, so points never fray each other. */
  soft: Uint8Array;
  reach: number;
}

/** R, G, B, A bytes as one little-endian 32-bit word (every browser's typed arrays are). */
const pack = ([r, g, b]: Rgba, a: number) => ((Math.round(a) << 24) | (b << 16) | (g << 8) | r) >>> 0;

/** Sub-samples per pixel side, for the edge coverage. */
const SS = 4;

export function pointStamp(look: PointLook, ratio: number): Stamp {
  const r = look.radius * ratio;
  const inner = Math.max(0, r - look.outline * ratio);
  const reach = Math.ceil(r);
  const px: Array<[number, number, number, number]> = [];
  for (let dy = -reach; dy <= reach; dy++)
    for (let dx = -reach; dx <= reach; dx++) {
      let all = 0;
      let core = 0;
      for (let i = 0; i < SS; i++)
        for (let j = 0; j < SS; j++) {
          const d = Math.hypot(dx - 0.5 + (i + 0.5) / SS, dy - 0.5 + (j + 0.5) / SS);
          if (d <= r) all++;
          if (d <= inner) core++;
        }
      const cover = all / SS ** 2;
      const coreCover = core / SS ** 2;
      if (look.fill && coreCover >= 0.5) px.push([dx, dy, pack(look.fill, look.fill[3]), 0]);
      else {
        const ring = look.fill ? cover : cover - coreCover;
        if (ring > 0) px.push([dx, dy, pack(look.stroke, look.stroke[3] * ring), ring < 1 ? 1 : 0]);
      }
    }
  return {
    dx: Int16Array.from(px, (p) => p[0]),
    dy: Int16Array.from(px, (p) => p[1]),
    color: Uint32Array.from(px, (p) => p[2]),
    soft: Uint8Array.from(px, (p) => p[3]),
    reach,
  };
}

/**
 * Stamps every shown point (Mercator x, y pairs through `h` to buffer pixels) into `buf`, a width ×
 * height RGBA buffer seen as 32-bit words; later points go over earlier ones. Returns how many
 * points have their centre in the buffer.
 */
export function rasterizePoints(
  buf: Uint32Array,
  width: number,
  height: number,
  merc: Float64Array,
  h: Homography,
  shown: (k: number) => boolean,
  stamp: Stamp,
): number {
  const { dx, dy, color, soft, reach } = stamp;
  const m = dx.length;
  const off = Int32Array.from(dx, (x, j) => dy[j]! * width + x);
  // Hard pixels first, unchecked (the hot loop); the soft edge after, only onto empty pixels.
  const hard: number[] = [];
  const edge: number[] = [];
  for (let j = 0; j < m; j++) (soft[j] ? edge : hard).push(j);
  const hardOff = Int32Array.from(hard, (j) => off[j]!);
  const hardColor = Uint32Array.from(hard, (j) => color[j]!);
  const edgeOff = Int32Array.from(edge, (j) => off[j]!);
  const edgeColor = Uint32Array.from(edge, (j) => color[j]!);
  const [h0, h1, h2, h3, h4, h5, h6, h7, h8] = h as [number, ...number[]];
  let inView = 0;
  const n = merc.length / 2;
  for (let k = 0; k < n; k++) {
    // The filter first: it is cheaper than the projection and often hides most points.
    if (!shown(k)) continue;
    const x = merc[2 * k]!;
    const y = merc[2 * k + 1]!;
    const w = h6! * x + h7! * y + h8!;
    if (!(w > 0)) continue;
    const px = Math.round((h0 * x + h1! * y + h2!) / w);
    const py = Math.round((h3! * x + h4! * y + h5!) / w);
    if (px < -reach || py < -reach || px >= width + reach || py >= height + reach) continue;
    if (px >= 0 && py >= 0 && px < width && py < height) inView++;
    const base = py * width + px;
    if (px >= reach && py >= reach && px < width - reach && py < height - reach) {
      for (let j = 0; j < hardOff.length; j++) buf[base + hardOff[j]!] = hardColor[j]!;
      for (let j = 0; j < edgeOff.length; j++) {
        const o = base + edgeOff[j]!;
        if (buf[o] === 0) buf[o] = edgeColor[j]!;
      }
      continue;
    }
    // Near the buffer's edge: each pixel clipped, in the stamp's own order.
    for (let j = 0; j < m; j++) {
      const qx = px + dx[j]!;
      const qy = py + dy[j]!;
      if (qx < 0 || qy < 0 || qx >= width || qy >= height) continue;
      const o = base + off[j]!;
      if (soft[j] && buf[o] !== 0) continue;
      buf[o] = color[j]!;
    }
  }
  return inView;
}
