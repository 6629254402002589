/**
 * The few imperative requests the UI may make of the map (exports), as a narrow interface the map
 * adapter registers. The UI never holds the map itself.
 */
import type { Bounds } from '../domain/geography';
import type { Camera } from '../state/viewSlice';

export interface MapCapture {
  /** A copy of the map canvas rendered at the requested pixel ratio. */
  canvas: HTMLCanvasElement;
  camera: Camera;
  /** Ground metres per CSS pixel at the view centre (for the scale bar). */
  metersPerPixel: number;
}

export interface MapCommands {
  /** `frame`: capture these bounds instead of the current view (the view is put back after). */
  capture(pixelRatio: number, frame?: Bounds | null): Promise<MapCapture>;
}

let current: MapCommands | null = null;

export const setMapCommands = (c: MapCommands) => {
  current = c;
};
export const getMapCommands = (): MapCommands | null => current;
