/**
 * The first picture is painted once, complete. While the app's sources are still loading, MapLibre
 * paints a frame each time a few more tiles arrive; on a software renderer each costs ≈ 0.3 s of
 * drawing that competes for the processor with the loading itself, only to be replaced a moment
 * later. So until the app's own sources (data and offline base, not an online basemap's tiles) have
 * loaded, or `capMs` has passed, those frames are computed but not painted; from then on the map
 * paints as usual. This wraps the painter's render method (internal to MapLibre): without it, the
 * map simply paints every frame.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

type Render = (...args: unknown[]) => unknown;

/** Longest the first complete picture is waited for before painting whatever has loaded. */
export const FIRST_PAINT_CAP_MS = 4000;

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
  painter.render = function (this: unknown, ...args: unknown[]) {
    if (!loaded() && performance.now() < until) return;
    painter.render = render;
    clearTimeout(cap);
    return render.apply(this, args);
  };
}
