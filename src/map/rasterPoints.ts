/**
 * Large imported point layers drawn on the CPU into a canvas laid over the map, for software WebGL
 * (see map/largePoints). There a frame of the map with 100,000 points takes seconds; here a filter
 * redraws the points alone (≈ 10–80 ms for 100,000 here) and asks the map for no frame, and panning
 * redraws them with each of the map's frames. The points lie over the plan's layers, as the GPU
 * layer does not, and are composited into exported figures (map/capture).
 */
import { MercatorCoordinate, type Map as MapLibreMap } from 'maplibre-gl';
import type { PointColumns } from '../analysis/importColumns';
import { shownBy } from '../analysis/nearestPoint';
import { homography, mercatorColumns, type Homography } from '../analysis/planeToScreen';
import { pointStamp, rasterizePoints, type Stamp } from '../layers/pointRaster';
import { addCaptureOverlay } from './capture';
import { pointLook, pointPointer, type LargePoints, type LargePointsOverlay } from './largePoints';

const mercOf = new WeakMap<PointColumns, Float64Array>();
const mercator = (cols: PointColumns) => {
  let m = mercOf.get(cols);
  if (!m) mercOf.set(cols, (m = mercatorColumns(cols.positions)));
  return m;
};

const stamps = new Map<string, Stamp>();
function stampOf(p: LargePoints, ratio: number): Stamp {
  const key = `${p.color}|${p.preview}|${ratio}`;
  let s = stamps.get(key);
  if (!s) stamps.set(key, (s = pointStamp(pointLook(p.color, p.preview), ratio)));
  return s;
}

/** Mercator plane → canvas pixels for the map's current view, fixed by four points it projects. */
function viewHomography(map: MapLibreMap, ratio: number): Homography | null {
  const c = map.getCanvas();
  const [cx, cy, d] = [
    c.clientWidth / 2,
    c.clientHeight / 2,
    Math.max(8, Math.min(c.clientWidth, c.clientHeight) / 4),
  ];
  const screen: Array<[number, number]> = [
    [cx - d, cy - d],
    [cx + d, cy - d],
    [cx + d, cy + d],
    [cx - d, cy + d],
  ];
  const plane = screen.map(([x, y]) => {
    const m = MercatorCoordinate.fromLngLat(map.unproject([x, y]));
    return [m.x, m.y] as [number, number];
  });
  return homography(
    plane,
    screen.map(([x, y]) => [x * ratio, y * ratio]),
  );
}

export function createRasterPointsOverlay(map: MapLibreMap): LargePointsOverlay {
  const canvas = document.createElement('canvas');
  canvas.className = 'points-raster';
  canvas.dataset.testid = 'points-raster';
  canvas.dataset.draws = '0';
  // Right over the map's canvas, under markers and popups (added to the container after it).
  map.getCanvas().after(canvas);
  addCaptureOverlay(map, canvas);
  const ctx = canvas.getContext('2d')!;
  let image: ImageData | null = null;
  let current: LargePoints[] = [];
  let counts = new Map<string, number>();
  let drawnView = '';
  let pending = false;
  const pointer = pointPointer(map, () => current);

  const viewKey = () => {
    const c = map.getCanvas();
    const { lng, lat } = map.getCenter();
    return [lng, lat, map.getZoom(), map.getBearing(), map.getPitch(), c.width, c.height].join();
  };
  const draw = () => {
    const start = performance.now();
    pending = false;
    const src = map.getCanvas();
    const [w, h] = [src.width, src.height];
    if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
    canvas.style.width = `${src.clientWidth}px`;
    canvas.style.height = `${src.clientHeight}px`;
    drawnView = viewKey();
    counts = new Map();
    if (!image || image.width !== w || image.height !== h) image = ctx.createImageData(w, h);
    const buf = new Uint32Array(image.data.buffer);
    buf.fill(0);
    const ratio = map.getPixelRatio();
    const view = viewHomography(map, ratio);
    for (const p of current) {
      if (!p.visible || !view) continue;
      counts.set(
        p.id,
        rasterizePoints(buf, w, h, mercator(p.cols), view, shownBy(p.filter), stampOf(p, ratio)),
      );
    }
    ctx.putImageData(image, 0, 0);
    canvas.dataset.draws = String(Number(canvas.dataset.draws) + 1);
    // Read by the bench: the page's own work per redraw.
    performance.measure('lz:points', { start });
  };
  // With every frame of the map (pan, zoom, resize, a capture's pixel ratio) the points follow.
  const onRender = () => {
    if (pending || viewKey() !== drawnView) draw();
  };
  map.on('render', onRender);

  return {
    update(layers) {
      current = layers;
      // Drawn once at the end of the task that changed them (before the page's next frame), however
      // many changes it made; no map frame is asked for.
      if (!pending) {
        pending = true;
        queueMicrotask(() => pending && draw());
      }
      pointer.refresh();
    },
    pick: pointer.pick,
    hover: pointer.hover,
    renderedCount: (id) => counts.get(id) ?? 0,
  };
}
