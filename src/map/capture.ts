/**
 * Capture for exports: renders the current view at a pixel ratio and copies the canvas. The copy is
 * taken inside the `render` event, while the frame's drawing buffer is still intact (no
 * preserveDrawingBuffer cost).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Bounds } from '../domain/geography';
import { FIT_PADDING, readCamera } from './camera';
import type { MapCapture } from './commands';

/** Canvases drawn over a map's own (map/rasterPoints), composited into every capture. */
const overlays = new WeakMap<MapLibreMap, Set<HTMLCanvasElement>>();
export function addCaptureOverlay(map: MapLibreMap, canvas: HTMLCanvasElement): void {
  let set = overlays.get(map);
  if (!set) overlays.set(map, (set = new Set()));
  set.add(canvas);
}

export async function captureMap(
  map: MapLibreMap,
  ratio: number,
  frame?: Bounds | null,
): Promise<MapCapture> {
  const previous = map.getPixelRatio();
  const view = frame ? readCamera(map) : null;
  const whenIdle = () => new Promise<void>((resolve) => map.once('idle', () => resolve()));
  try {
    if (frame) map.fitBounds(frame, { padding: FIT_PADDING, duration: 0, maxZoom: 13 });
    map.setPixelRatio(ratio);
    const idle = whenIdle();
    map.triggerRepaint();
    await idle;
    const canvas = await new Promise<HTMLCanvasElement>((resolve) => {
      map.once('render', () => {
        const src = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = src.width;
        copy.height = src.height;
        const ctx = copy.getContext('2d')!;
        ctx.drawImage(src, 0, 0);
        // Overlays redraw on this same event, before this listener (registered first): same size.
        for (const o of overlays.get(map) ?? []) ctx.drawImage(o, 0, 0, copy.width, copy.height);
        resolve(copy);
      });
      map.triggerRepaint();
    });
    const camera = readCamera(map);
    const metersPerPixel =
      (40075016.686 * Math.cos((camera.center[1] * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
    return { canvas, camera, metersPerPixel };
  } finally {
    map.setPixelRatio(previous);
    if (view) map.jumpTo(view);
  }
}
