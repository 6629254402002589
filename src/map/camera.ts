/** Camera: performs the store's camera requests and reports every move back with its origin. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CITY_BOUNDS } from '../domain/geography';
import type { AppStore } from '../state/store';
import type { Camera, CameraOrigin } from '../state/viewSlice';

export const FIT_PADDING = { top: 36, bottom: 44, left: 36, right: 36 };
/** Story steps leave room for the caption box at the bottom. */
const STEP_PADDING = { top: 60, bottom: 220, left: 60, right: 60 };

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

/** Follows camera requests and reports moves (origin: the request's, or 'user' for gestures). */
export function wireCamera(map: MapLibreMap, store: AppStore): () => void {
  let pendingOrigin: CameraOrigin = 'app';
  const unsubscribe = store.subscribe(
    (s) => s.cameraRequest,
    (req) => {
      if (!req) return;
      pendingOrigin = req.origin;
      const duration = prefersReducedMotion() ? 0 : 900;
      if (req.camera === 'home') map.fitBounds(CITY_BOUNDS, { padding: FIT_PADDING, duration });
      else if ('bounds' in req.camera)
        map.fitBounds(req.camera.bounds, { padding: STEP_PADDING, duration, maxZoom: 13 });
      else map.easeTo({ ...req.camera, duration });
    },
  );
  map.on('moveend', (e) => {
    const origin: CameraOrigin = (e as { originalEvent?: unknown }).originalEvent ? 'user' : pendingOrigin;
    pendingOrigin = 'user';
    const b = map.getBounds();
    store
      .getState()
      .reportCamera(readCamera(map), [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], origin);
  });
  return unsubscribe;
}
