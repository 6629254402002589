/**
 * The map adapter's entry point: mounts the map and wires the jobs that talk to it — construction
 * (createMap), rendering state as specs (renderState), camera (camera), pointer interaction
 * (interaction), the test inspector (inspector) and export capture (capture). Only src/map/ imports
 * maplibre-gl.
 */
import type { AppData } from '../domain/data';
import type { AppStore } from '../state/store';
import { jumpToInitial, wireCamera } from './camera';
import { captureMap } from './capture';
import { setMapCommands } from './commands';
import { createMap } from './createMap';
import { wireDraw } from './draw';
import { wireImportedLayers } from './importedLayers';
import { exposeInspector } from './inspector';
import { wireInteraction } from './interaction';
import { wireRendering } from './renderState';

export function mountMap(container: HTMLElement, store: AppStore, dataPromise: Promise<AppData>): () => void {
  const map = createMap(container);
  const unsubscribers: Array<() => void> = [];
  let removed = false;

  const styleLoaded = new Promise<void>((resolve) =>
    map.once('load', () => (performance.mark('lz:style-loaded'), resolve())),
  );
  void Promise.all([dataPromise, styleLoaded]).then(([data]) => {
    if (removed) return;
    // The container may have been laid out after construction; fit the city to its final size.
    map.resize();
    unsubscribers.push(wireCamera(map, store));
    jumpToInitial(map, store);
    unsubscribers.push(wireRendering(map, store, data));
    unsubscribers.push(wireDraw(map, store));
    unsubscribers.push(wireImportedLayers(map, store));
    performance.mark('lz:specs-applied');
    // The test contract: ready once every default layer has rendered for the first time.
    map.once('idle', () => {
      performance.mark('lz:map-ready');
      container.dataset.mapReady = 'true';
      store.getState().setMapReady(true);
    });
  });

  unsubscribers.push(wireInteraction(map, store));
  exposeInspector(container, map);
  setMapCommands({ capture: (ratio, frame) => captureMap(map, ratio, frame) });

  return () => {
    removed = true;
    setMapCommands(null);
    unsubscribers.forEach((u) => u());
    map.remove();
    delete container.dataset.mapReady;
    store.getState().setMapReady(false);
  };
}
