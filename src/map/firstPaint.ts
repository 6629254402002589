/**
 * The first picture is painted once, complete. While the app's sources are still loading, MapLibre
 * paints a frame each time a few more tiles arrive; on a software renderer each costs ≈ 0.3 s of
 * drawing that competes for the processor with the loading itself, only to be replaced a moment
 * later. So until the app's own sources (data and offline base, not an online basemap's tiles) have
 * loaded, or `capMs` has passed, those frames are computed but not painted; from then on the map
 * paints as usual. Meanwhile the frames themselves (each works out every source's tiles and places
 * the labels loaded so far) come at most every FRAME_GAP_MS instead of at each tile that arrives:
 * 36–40 of them before the first picture otherwise. This wraps the painter's render method and the
 * map's frame method (both internal to MapLibre): without them, the map simply paints every frame.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

type Render = (...args: unknown[]) => unknown;

/** Longest the first complete picture is waited for before painting whatever has loaded. */
export const FIRST_PAINT_CAP_MS = 4000;

/** Least time between two unpainted frames while the sources load. */
export const FRAME_GAP_MS = 100;

export function paintWhenLoaded(map: MapLibreMap, capMs: number): void {
  const painter = (map as unknown as { painter?: { render?: Render } }).painter;
  const render = painter?.render;
  if (!painter || typeof render !== 'function') return;
  const own = Object.entries(map.getStyle().sources)
    .filter(([, s]) => s.type !== 'raster')
    .map(([id]) => id);
  const loaded = () => own.every((id) => !map.getSource(id) || map.isSourceLoaded(id));
  const until = performance.now() + capMs;
  // Tiles arriving ask for frames; this one makes sure a frame comes once the cap is reached.
  const cap = setTimeout(() => map.triggerRepaint(), capMs);
  const waiting = () => !loaded() && performance.now() < until;
  const mapFrames = map as unknown as { _render?: Render };
  const frame = mapFrames._render;
  let last = -Infinity;
  let later: ReturnType<typeof setTimeout> | undefined;
  if (typeof frame === 'function')
    mapFrames._render = function (this: unknown, ...args: unknown[]) {
      const now = performance.now();
      const wait = waiting();
      if (wait && now - last < FRAME_GAP_MS) {
        // Not now: one frame later makes up for every request skipped meanwhile.
        later ??= setTimeout(
          () => {
            later = undefined;
            map.triggerRepaint();
          },
          FRAME_GAP_MS - (now - last),
        );
        return this;
      }
      last = now;
      if (!wait) {
        mapFrames._render = frame;
        clearTimeout(later);
      }
      return frame.apply(this, args);
    };
  painter.render = function (this: unknown, ...args: unknown[]) {
    if (waiting()) return;
    painter.render = render;
    clearTimeout(cap);
    return render.apply(this, args);
  };
}
