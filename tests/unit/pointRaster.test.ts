import { describe, expect, it } from 'vitest';
import { applyHomography, homography, mercatorColumns } from '../../src/analysis/planeToScreen';
import { pointStamp, rasterizePoints, type PointLook } from '../../src/layers/pointRaster';

describe('planeToScreen', () => {
  it('puts lon/lat on the Web Mercator plane (0..1, y south)', () => {
    const m = mercatorColumns(Float64Array.from([0, 0, 180, 0, -180, 0, 109.4, 24.31]));
    expect([m[0], m[1], m[2], m[4]]).toEqual([0.5, 0.5, 1, 0]);
    // 24.31°N: y = 0.5 − ln(tan(45° + φ/2)) / 2π
    const y = 0.5 - Math.log(Math.tan(Math.PI / 4 + (24.31 * Math.PI) / 360)) / (2 * Math.PI);
    expect(m[7]).toBeCloseTo(y, 12);
    expect(m[6]).toBeCloseTo((109.4 + 180) / 360, 12);
  });

  it('recovers a projective map from four points and applies it to any other', () => {
    // A tilted, turned, scaled view of the plane.
    const truth = (x: number, y: number): [number, number] => {
      const w = 0.3 * x - 0.2 * y + 2;
      return [(3 * x + 1 * y + 5) / w, (-2 * x + 4 * y + 7) / w];
    };
    const from: Array<[number, number]> = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ];
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

  it('keeps points in front of the camera when the solved scale comes out negative', () => {
    const truth = (x: number, y: number): [number, number] => {
      const w = -(0.1 * x + 1);
      return [-(2 * x + 3) / w, -(y + 1) / w];
    };
    const from: Array<[number, number]> = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ];
    const h = homography(
      from,
      from.map(([x, y]) => truth(x, y)),
    )!;
    expect(applyHomography(h, 0.5, 0.5)).not.toBeNull();
    expect(applyHomography(h, 0.5, 0.5)![0]).toBeCloseTo(truth(0.5, 0.5)[0], 9);
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
    // Twice the pixel ratio, twice the reach.
    expect(pointStamp(RED, 2).reach).toBe(8);
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
});
