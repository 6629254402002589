import { describe, expect, it } from 'vitest';
import { applyHomography, homography, mercatorColumns } from '../../src/analysis/planeToScreen';
import { pointStamp, rasterizePoints, type PointLook } from '../../src/layers/pointRaster';

const UNIT_SQUARE: Array<[number, number]> = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
];

describe('planeToScreen', () => {
  it('puts lon/lat on the Web Mercator plane (0..1, y south)', () => {
    const m = mercatorColumns(Float64Array.from([0, 0, 180, 0, -180, 0, 109.4, 24.31]));
    expect([m[0], m[1], m[2], m[4]]).toEqual([0.5, 0.5, 1, 0]);
    // 24.31°N: y = 0.5 − ln(tan(45° + φ/2)) / 2π
    const y = 0.5 - Math.log(Math.tan(Math.PI / 4 + (24.31 * Math.PI) / 360)) / (2 * Math.PI);
    expect(m[7]).toBeCloseTo(y, 12);
    expect(m[6]).toBeCloseTo((109.4 + 180) / 360, 12);
    expect(m.length).toBe(8);
    expect([...m].every(Number.isFinite)).toBe(true);
  });

  it('recovers a projective map from four points and applies it to any other', () => {
    // A tilted, turned, scaled view of the plane.
    const truth = (x: number, y: number): [number, number] => {
      const w = 0.3 * x - 0.2 * y + 2;
      return [(3 * x + 1 * y + 5) / w, (-2 * x + 4 * y + 7) / w];
    };
    const from = UNIT_SQUARE;
    const h = homography(
      from,
      from.map(([x, y]) => truth(x, y)),
    )!;
    for (const [x, y] of [
      [0.5, 0.5],
      [2, -1],
      [0.1, 0.9],
    ] as const) {
      const [u, v] = applyHomography(h, x, y)!;
      expect(u).toBeCloseTo(truth(x, y)[0], 9);
      expect(v).toBeCloseTo(truth(x, y)[1], 9);
    }
    // Beyond the horizon (w of the truth ≤ 0) lies behind the camera.
    expect(applyHomography(h, -10, 0)).toBeNull();
  });

  it('keeps the points in view in front of the camera when the plane origin lies behind it', () => {
    // w = x − 1: positive around (2, 2), negative at the origin (as for a tilted view far from it).
    const truth = (x: number, y: number): [number, number] => [(2 * x + y) / (x - 1), (x - 3 * y) / (x - 1)];
    const from: Array<[number, number]> = [
      [2, 2],
      [3, 2],
      [3, 3],
      [2, 3],
    ];
    const h = homography(
      from,
      from.map(([x, y]) => truth(x, y)),
    )!;
    const [u, v] = applyHomography(h, 2.5, 2.4)!;
    expect(u).toBeCloseTo(truth(2.5, 2.4)[0], 9);
    expect(v).toBeCloseTo(truth(2.5, 2.4)[1], 9);
    expect(applyHomography(h, 0.5, 0)).toBeNull();
    expect(applyHomography(h, 1, 0)).toBeNull();
  });

  it('solves views that need row exchanges, and a pure move', () => {
    // Each screen coordinate depends on the other plane axis first (a quarter turn).
    const truth = (x: number, y: number): [number, number] => [5 - 3 * y, 2 + 3 * x];
    const from: Array<[number, number]> = [
      [10, 0],
      [0, 10],
      [-10, 0],
      [0.5, -10],
    ];
    const h = homography(
      from,
      from.map(([x, y]) => truth(x, y)),
    )!;
    expect(h.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0, -3, 5, 3, 0, 2, 0, 0, 1]);
    const moved = homography(
      UNIT_SQUARE,
      UNIT_SQUARE.map(([x, y]) => [x + 7, y - 2]),
    )!;
    expect(moved.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([1, 0, 7, 0, 1, -2, 0, 0, 1]);
  });

  it('refuses points that fix no map', () => {
    const line: Array<[number, number]> = [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ];
    expect(homography(line, line)).toBeNull();
  });
});

const RED: PointLook = { radius: 4, outline: 1, fill: [255, 0, 0, 230], stroke: [27, 27, 27, 255] };
const RING: PointLook = { radius: 4, outline: 2, fill: null, stroke: [0, 0, 255, 255] };
/** Identity on a 20 × 20 buffer: plane units are pixels. */
const ID = [1, 0, 0, 0, 1, 0, 0, 0, 1];
const word = ([r, g, b]: readonly [number, number, number], a: number) =>
  ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;

describe('pointStamp', () => {
  it('fills the disc, rings it with the outline and softens only the edge', () => {
    const s = pointStamp(RED, 1);
    const at = (x: number, y: number) => [...s.dx].findIndex((dx, j) => dx === x && s.dy[j] === y);
    expect(s.reach).toBe(4);
    expect(s.color[at(0, 0)]).toBe(word([255, 0, 0], 230));
    expect(s.soft[at(0, 0)]).toBe(0);
    // On the rim: the outline colour; the corner of the box is outside the disc.
    expect(s.color[at(0, 4)]! & 0xffffff).toBe(word([27, 27, 27], 0) & 0xffffff);
    expect(s.soft[at(0, 4)]).toBe(1);
    expect(at(4, 4)).toBe(-1);
    // Twice the pixel ratio, twice the reach, and an outline twice as wide (two pixels of it).
    const s2 = pointStamp(RED, 2);
    const at2 = (x: number, y: number) => [...s2.dx].findIndex((dx, j) => dx === x && s2.dy[j] === y);
    expect(s2.reach).toBe(8);
    expect(s2.color[at2(0, 7)]).toBe(word([27, 27, 27], 255));
    expect(s2.color[at2(0, 5)]).toBe(word([255, 0, 0], 230));
  });

  it('is a symmetric disc of about π r² pixels', () => {
    for (const [look, ratio] of [
      [RED, 1],
      [RED, 2],
      [RING, 1.5],
    ] as const) {
      const s = pointStamp(look, ratio);
      const key = (x: number, y: number) => `${x},${y}`;
      const colour = new Map([...s.dx].map((x, j) => [key(x, s.dy[j]!), s.color[j]!]));
      for (const [k, c] of colour) {
        const [x, y] = k.split(',').map(Number) as [number, number];
        expect(colour.get(key(-x, y))).toBe(c);
        expect(colour.get(key(x, -y))).toBe(c);
        expect(colour.get(key(y, x))).toBe(c);
      }
      // Alpha-weighted pixel area against the disc's (the ring: against the annulus).
      const area = [...s.color].reduce((a, c) => a + (c >>> 24) / 255, 0);
      const r = look.radius * ratio;
      const inner = r - look.outline * ratio;
      const expected = look.fill
        ? Math.PI * (r * r - inner * inner) + Math.PI * inner * inner * (230 / 255)
        : Math.PI * (r * r - inner * inner);
      expect(area).toBeGreaterThan(expected * 0.85);
      expect(area).toBeLessThan(expected * 1.15);
    }
  });

  it('draws an outline alone when there is no fill (the preview)', () => {
    const s = pointStamp(RING, 1);
    const centre = [...s.dx].findIndex((dx, j) => dx === 0 && s.dy[j] === 0);
    expect(centre).toBe(-1);
    expect(s.color.every((c) => (c & 0xffffff) === (word([0, 0, 255], 0) & 0xffffff))).toBe(true);
  });
});

describe('rasterizePoints', () => {
  const run = (xy: number[], shown: (k: number) => boolean = () => true, h = ID) => {
    const buf = new Uint32Array(20 * 20);
    const n = rasterizePoints(buf, 20, 20, Float64Array.from(xy), h, shown, pointStamp(RED, 1));
    return { buf, n };
  };
  const fill = word([255, 0, 0], 230);

  it('stamps each shown point at its projected pixel and counts those in view', () => {
    const { buf, n } = run([5, 5, 14, 12]);
    expect(n).toBe(2);
    expect(buf[5 * 20 + 5]).toBe(fill);
    expect(buf[12 * 20 + 14]).toBe(fill);
    expect(buf[0]).toBe(0);
  });

  it('goes through the view map: scaled by 2 and moved', () => {
    const { buf } = run([3, 4], () => true, [2, 0, 1, 0, 2, 2, 0, 0, 1]);
    expect(buf[10 * 20 + 7]).toBe(fill);
    expect(buf[4 * 20 + 3]).toBe(0);
  });

  it('leaves out what the filter hides', () => {
    const { buf, n } = run([5, 5, 14, 12], (k) => k === 1);
    expect(n).toBe(1);
    expect(buf[5 * 20 + 5]).toBe(0);
  });

  it('clips points at the edge and counts only centres inside', () => {
    const { buf, n } = run([0, 0, -3, 10, 30, 30]);
    expect(n).toBe(1);
    expect(buf[0]).toBe(fill);
    // The one 3 px outside still shows its rim inside; the far one nothing.
    expect(buf[10 * 20 + 0]).not.toBe(0);
    expect(buf[19 * 20 + 19]).toBe(0);
  });

  it('does not fray a drawn point with the soft edge of the next', () => {
    const { buf } = run([5, 5, 5, 9]);
    // Pixel (5, 5 + 4) is the first point's soft rim and the second's centre: the centre wins.
    expect(buf[9 * 20 + 5]).toBe(fill);
    // The second's soft rim over the first's fill leaves the fill.
    expect(buf[5 * 20 + 5]).toBe(fill);
  });

  it('draws exactly what a plain per-pixel reading of the rules draws, edges and all', () => {
    // Sparse enough that soft edges fall on empty pixels, dense enough that points overlap.
    const W = 97;
    const H = 61;
    let seed = 3;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const xy: number[] = [];
    for (let i = 0; i < 160; i++) xy.push(rnd() * (W + 14) - 7, rnd() * (H + 14) - 7);
    // Turned, sheared and tilted a little, so every term of the view map counts.
    const h = homography(UNIT_SQUARE, [
      [2, 1],
      [30, 4],
      [27, 21],
      [1, 17],
    ])!;
    const plane = (x: number, y: number): [number, number] => {
      // The inverse view, for points given in buffer pixels: solved from the buffer's corners back.
      const back = homography(
        [
          [2, 1],
          [30, 4],
          [27, 21],
          [1, 17],
        ],
        UNIT_SQUARE,
      )!;
      return applyHomography(back, x, y)!;
    };
    const merc = Float64Array.from(xy.flatMap((v, i) => (i % 2 ? [] : plane(v, xy[i + 1]!))));
    const shown = (k: number) => k % 7 !== 3;
    for (const stamp of [pointStamp(RED, 1), pointStamp(RING, 1.5)]) {
      const buf = new Uint32Array(W * H);
      const n = rasterizePoints(buf, W, H, merc, h, shown, stamp);
      const want = new Uint32Array(W * H);
      let inView = 0;
      for (let k = 0; k < merc.length / 2; k++) {
        if (!shown(k)) continue;
        const [u, v] = applyHomography(h, merc[2 * k]!, merc[2 * k + 1]!)!;
        const [px, py] = [Math.round(u), Math.round(v)];
        if (px >= 0 && py >= 0 && px < W && py < H) inView++;
        for (let j = 0; j < stamp.dx.length; j++) {
          const [qx, qy] = [px + stamp.dx[j]!, py + stamp.dy[j]!];
          if (qx < 0 || qy < 0 || qx >= W || qy >= H) continue;
          if (stamp.soft[j] && want[qy * W + qx] !== 0) continue;
          want[qy * W + qx] = stamp.color[j]!;
        }
      }
      expect(n).toBe(inView);
      expect(n).toBeGreaterThan(60);
      // Soft edge pixels show where they fall on the map.
      expect([...buf].some((c) => c !== 0 && c >>> 24 < 200)).toBe(true);
      expect([...buf]).toEqual([...want]);
    }
  });
});
