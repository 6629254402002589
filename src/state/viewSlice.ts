import type { Bounds } from '../domain/geography';
import type { Camera, StepCamera } from '../domain/story';
import type { SliceCreator } from './store';

export type { Camera };

/** Who asked for a camera move: story moves frame their subject beside the slide's text. */
export type CameraOrigin = 'user' | 'app' | 'story';

/** Why the map cannot draw: its worker or WebGL failed, or its program file did not load. */
export type MapFault = 'worker' | 'webgl' | 'library';

export interface CameraRequest {
  camera: StepCamera;
  origin: CameraOrigin;
  /** Increments per request so the same camera can be requested twice. */
  seq: number;
}

export interface ViewSlice {
  /** Last camera the map reported (after a move ended). */
  camera: Camera | null;
  /** The visible area for that camera (west, south, east, north). */
  viewBounds: Bounds | null;
  /** A camera move the app wants; the map adapter performs it. */
  cameraRequest: CameraRequest | null;
  mapReady: boolean;
  mapFault: MapFault | null;
  reportCamera(camera: Camera, bounds: Bounds): void;
  requestCamera(camera: CameraRequest['camera'], origin: CameraOrigin): void;
  setMapReady(ready: boolean): void;
  /** The first fault is kept: it is the cause, later ones follow from it. */
  setMapFault(fault: MapFault): void;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set) => ({
  camera: null,
  viewBounds: null,
  cameraRequest: null,
  mapReady: false,
  mapFault: null,
  reportCamera: (camera, viewBounds) => set({ camera, viewBounds }),
  requestCamera: (camera, origin) =>
    set((s) => ({ cameraRequest: { camera, origin, seq: (s.cameraRequest?.seq ?? 0) + 1 } })),
  setMapReady: (mapReady) => set({ mapReady }),
  setMapFault: (fault) => set((s) => ({ mapFault: s.mapFault ?? fault })),
});
