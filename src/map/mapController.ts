/**
 * The map adapter's entry point: mounts the map and wires the jobs that talk to it — construction
 * (createMap), rendering state as specs (renderState), camera (camera), pointer interaction
 * (interaction), the test inspector (inspector) and export capture (capture). Only src/map/ imports
 * maplibre-gl.
 */
import type { AppData } from '../domain/data';
import type { AppStore } from '../state/store';
import { watchBasemap } from './basemap';
import { jumpToInitial, wireCamera } from './camera';
import { captureMap } from './capture';
import { setMapCommands } from './commands';
import { createMap } from './createMap';
import { FIRST_PAINT_CAP_MS, paintWhenLoaded } from './firstPaint';
import { wireDraw } from './draw';
import { wireImportedLayers } from './importedLayers';
import { exposeInspector } from './inspector';
import { wirePlaceMark } from './placeMark';
import { wireInteraction } from './interaction';
import { wireRendering } from './renderState';

/**
 * Builds the map in `container` for the page's lifetime (it is never taken down: the interface
 * moves its element, see ui/mapStart). Throws when no WebGL context can be created.
 */
export function mountMap(container: HTMLElement, store: AppStore, dataPromise: Promise<AppData>): void {
  const map = createMap(container);
  performance.mark('lz:map-created');
  map.on('error', (e) => {
    // MapLibre reports a worker that cannot start only as an error event: without it nothing draws.
    if (/worker/i.test(e.error?.message ?? '')) store.getState().setMapFault('worker');
    else if (/webgl/i.test(e.error?.message ?? '')) store.getState().setMapFault('webgl');
  });

  // The style (background only) is ready before the first frame: sources go in then, so the worker
  // starts on the data one frame sooner than at `load`, which waits for that frame to be drawn.
  const styleLoaded = new Promise<void>((resolve) =>
    map.once('style.load', () => (performance.mark('lz:style-loaded'), resolve())),
  );
  void Promise.all([dataPromise, styleLoaded]).then(([data]) => {
    // The container may have been laid out after construction; fit the city to its final size.
    map.resize();
    wireCamera(map, store);
    jumpToInitial(map, store);
    wireRendering(map, store, data);
    paintWhenLoaded(map, FIRST_PAINT_CAP_MS);
    watchBasemap(map, store);
    wireDraw(map, store, data);
    wireImportedLayers(map, store);
    wirePlaceMark(map, store);
    performance.mark('lz:specs-applied');
    // The test contract: ready once every default layer has rendered for the first time.
    map.once('idle', () => {
      performance.mark('lz:map-ready');
      container.dataset.mapReady = 'true';
      store.getState().setMapReady(true);
    });
  });

  wireInteraction(map, store);
  exposeInspector(container, map);
  setMapCommands({ capture: (ratio, frame) => captureMap(map, ratio, frame) });
}
