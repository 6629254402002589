import type { Bounds } from '../domain/geography';
import type { Camera, StepCamera } from '../domain/story';
import type { SliceCreator } from './store';

export type { Camera };

/** Who moved the camera: lets URL sync, stories and user panning not fight each other. */
export type CameraOrigin = 'user' | 'app' | 'story';

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
  cameraOrigin: CameraOrigin;
  /** A camera move the app wants; the map adapter performs it. */
  cameraRequest: CameraRequest | null;
  mapReady: boolean;
  reportCamera(camera: Camera, bounds: Bounds, origin: CameraOrigin): void;
  requestCamera(camera: CameraRequest['camera'], origin: CameraOrigin): void;
  setMapReady(ready: boolean): void;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set) => ({
  camera: null,
  viewBounds: null,
  cameraOrigin: 'app',
  cameraRequest: null,
  mapReady: false,
  reportCamera: (camera, viewBounds, origin) => set({ camera, viewBounds, cameraOrigin: origin }),
  requestCamera: (camera, origin) =>
    set((s) => ({ cameraRequest: { camera, origin, seq: (s.cameraRequest?.seq ?? 0) + 1 } })),
  setMapReady: (mapReady) => set({ mapReady }),
});
