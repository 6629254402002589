/** Camera: performs the store's camera requests and reports every move back. */
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { CITY_BOUNDS } from '../domain/geography';
import type { AppStore } from '../state/store';
import type { Insets } from '../state/uiSlice';
import type { Camera, CameraRequest } from '../state/viewSlice';

export const FIT_PADDING = { top: 36, bottom: 44, left: 36, right: 36 };
/** Air around a story's subject, on top of what the slide's overlays cover. */
const STORY_MARGIN = 24;

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function readCamera(map: MapLibreMap): Camera {
  const c = map.getCenter();
  const r = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
  return {
    center: [r(c.lng, 5), r(c.lat, 5)],
    zoom: r(map.getZoom(), 2),
    bearing: r(map.getBearing(), 1),
    pitch: r(map.getPitch(), 1),
  };
}

/** Starts where a link asked for (URL state), else on the whole city. */
export function jumpToInitial(map: MapLibreMap, store: AppStore): void {
  const initial = store.getState().cameraRequest;
  if (initial && initial.camera !== 'home' && !('bounds' in initial.camera)) map.jumpTo(initial.camera);
  else map.fitBounds(CITY_BOUNDS, { padding: FIT_PADDING, duration: 0 });
}

/** Padding that keeps a subject in the part of the map not covered by overlays. */
export function paddingFor(insets: Insets, base: Insets): PaddingOptions {
  return {
    top: insets.top + base.top,
    right: insets.right + base.right,
    bottom: insets.bottom + base.bottom,
    left: insets.left + base.left,
  };
}

const ZERO: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** Floating controls that may lie over the map: the time bar, and the sidebar on narrow screens. */
const OVERLAYS = '.time-control, .sidebar';

/**
 * Map edges covered by floating controls, so a framed subject is not hidden under them. A control
 * along the bottom covers the bottom edge; one down the left side covers the left edge.
 */
export function coveredInsets(map: MapLibreMap): Insets {
  const m = map.getContainer().getBoundingClientRect();
  const out = { ...ZERO };
  for (const el of document.querySelectorAll<HTMLElement>(OVERLAYS)) {
    const r = el.getBoundingClientRect();
    const overlaps =
      r.width > 0 && r.right > m.left && r.left < m.right && r.bottom > m.top && r.top < m.bottom;
    if (!overlaps) continue;
    if (r.height > m.height * 0.6) out.left = Math.max(out.left, Math.min(r.right, m.right) - m.left);
    else if (r.bottom > m.top + m.height / 2) out.bottom = Math.max(out.bottom, m.bottom - r.top);
  }
  // Never so much that nothing is left to frame into.
  out.left = Math.min(out.left, m.width * 0.5);
  out.bottom = Math.min(out.bottom, m.height * 0.4);
  return out;
}

/**
 * Follows camera requests and reports moves. A story move frames its subject beside the slide's
 * text (insets measured by the slide); when the slide's size changes before anyone moved the map,
 * the step is framed again.
 */
export function wireCamera(map: MapLibreMap, store: AppStore): void {
  let lastStory: CameraRequest | null = null;
  const perform = (req: CameraRequest, animate: boolean) => {
    const duration = animate && !prefersReducedMotion() ? 900 : 0;
    const story = req.origin === 'story';
    lastStory = story ? req : null;
    const insets = story ? store.getState().mapInsets : coveredInsets(map);
    const margin: Insets | null = story
      ? { top: STORY_MARGIN, right: STORY_MARGIN, bottom: STORY_MARGIN, left: STORY_MARGIN }
      : null;
    // Padding is kept by the map after a move; centre-and-zoom moves reset it unless framing a story.
    if (req.camera === 'home')
      map.fitBounds(CITY_BOUNDS, { padding: paddingFor(insets, margin ?? FIT_PADDING), duration });
    else if ('bounds' in req.camera)
      map.fitBounds(req.camera.bounds, {
        padding: paddingFor(insets, margin ?? FIT_PADDING),
        duration,
        maxZoom: 13,
      });
    else map.easeTo({ ...req.camera, padding: story ? paddingFor(insets, ZERO) : ZERO, duration });
  };
  store.subscribe(
    (s) => s.cameraRequest,
    (req) => req && perform(req, true),
  );
  store.subscribe(
    (s) => s.mapInsets,
    () => lastStory && store.getState().presentation && perform(lastStory, false),
  );
  map.on('moveend', (e) => {
    // A gesture (drag, wheel) ends the story's framing: the presenter is exploring.
    if ((e as { originalEvent?: unknown }).originalEvent) lastStory = null;
    const b = map.getBounds();
    store.getState().reportCamera(readCamera(map), [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
  });
}
