/**
 * The map adapter: the only module that creates the MapLibre map and calls it. It turns store
 * state into specs (pure, src/layers), applies the difference, performs camera requests and
 * reports map events back to the store.
 */
import {
  AttributionControl,
  FullscreenControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { AppData } from '../domain/data';
import { THEMES } from '../domain/schema';
import { INTERACTIVE_LAYERS, createLayerBuilder, createSourceTracker } from '../layers';
import { groupInputsFrom } from '../layers/inputs';
import { projectQueryFor } from '../state/projectQuery';
import { FILTERED_OUT, PROJECTS_SOURCE } from '../layers/projects';
import { PALETTE } from '../layers/palette';
import type { AppState, AppStore } from '../state/store';
import type { Camera, CameraOrigin } from '../state/viewSlice';
import type { FeatureRef } from '../state/selectionSlice';
import { createSpecApplier, type MapLike } from './applySpecs';
import { DATA_ATTRIBUTION } from './attribution';
import { setMapCommands, type MapCapture } from './commands';
import { CITY_BOUNDS, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './geo';

setWorkerUrl(workerUrl);

/** Sources a selection can name (plan themes and projects). */
const SELECTABLE_SOURCES: ReadonlySet<string> = new Set<string>([...THEMES, PROJECTS_SOURCE]);

const FIT_PADDING = { top: 36, bottom: 44, left: 36, right: 36 };
/** Story steps leave room for the caption box at the bottom. */
const STEP_PADDING = { top: 60, bottom: 220, left: 60, right: 60 };

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Faults that stop the map from ever drawing (reported to the host, which says so). */
export type MapFault = 'worker' | 'webgl';

export function mountMap(
  container: HTMLElement,
  store: AppStore,
  dataPromise: Promise<AppData>,
  hooks: { onFault?: (fault: MapFault) => void } = {},
): () => void {
  const map = new MapLibreMap({
    container,
    style: {
      version: 8,
      sources: {},
      layers: [{ id: 'background', type: 'background', paint: { 'background-color': PALETTE.outside } }],
    },
    bounds: CITY_BOUNDS,
    maxBounds: MAX_BOUNDS,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    attributionControl: false,
    // Labels appear at once: no 300 ms fade after every change (faster idle, crisp exports).
    fadeDuration: 0,
  });
  map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
  map.addControl(new FullscreenControl({ container: container.parentElement ?? container }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-left');
  map.addControl(
    new AttributionControl({ compact: false, customAttribution: DATA_ATTRIBUTION }),
    'bottom-right',
  );
  map.on('error', (e) => {
    // MapLibre reports a worker that cannot start only as an error event: without it nothing draws.
    if (/worker/i.test(e.error?.message ?? '')) hooks.onFault?.('worker');
    else if (/webgl/i.test(e.error?.message ?? '')) hooks.onFault?.('webgl');
  });
  map.getCanvas().setAttribute('aria-label', container.getAttribute('aria-label') ?? 'map');

  const applier = createSpecApplier(map as unknown as MapLike);
  const buildLayers = createLayerBuilder();
  let pendingOrigin: CameraOrigin = 'app';
  const unsubscribers: Array<() => void> = [];
  let removed = false;

  const styleLoaded = new Promise<void>((resolve) =>
    map.once('load', () => (performance.mark('lz:style-loaded'), resolve())),
  );
  void Promise.all([dataPromise, styleLoaded]).then(([data]) => {
    if (removed) return;
    const sourcesFor = createSourceTracker(data);
    const query = projectQueryFor(data);
    const render = (s: AppState) => {
      const sources = sourcesFor((id) => s.layers[id].visible);
      // Layers of groups never shown yet have no source on the map: leave them out until then.
      const layers = buildLayers(groupInputsFrom(s)).filter(
        (l) => !('source' in l) || Object.hasOwn(sources, l.source as string),
      );
      applier.apply(sources, layers);
      applier.applyFlags(PROJECTS_SOURCE, FILTERED_OUT, query(s.filters, s.viewBounds).excluded);
    };
    // The container may have been laid out after construction; fit the city to its final size.
    map.resize();
    // Start where a link asked for (URL state), else on the whole city.
    const initial = store.getState().cameraRequest;
    if (initial && initial.camera !== 'home' && !('bounds' in initial.camera)) map.jumpTo(initial.camera);
    else map.fitBounds(CITY_BOUNDS, { padding: FIT_PADDING, duration: 0 });
    render(store.getState());
    performance.mark('lz:specs-applied');
    // The test contract: ready once every default layer has rendered for the first time.
    map.once('idle', () => {
      performance.mark('lz:map-ready');
      container.dataset.mapReady = 'true';
      store.getState().setMapReady(true);
    });
    unsubscribers.push(
      store.subscribe(
        (s) => [s.layers, s.lang, s.selected, s.filters, s.filters.inView ? s.viewBounds : null] as const,
        () => render(store.getState()),
        { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
      ),
      store.subscribe(
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
      ),
    );
  });

  unsubscribers.push(wireInteraction(map, store));

  map.on('moveend', (e) => {
    const origin: CameraOrigin = (e as { originalEvent?: unknown }).originalEvent ? 'user' : pendingOrigin;
    pendingOrigin = 'user';
    const b = map.getBounds();
    store
      .getState()
      .reportCamera(readCamera(map), [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], origin);
  });

  exposeInspector(container, map);
  setMapCommands({ capture: (ratio) => captureMap(map, ratio) });

  return () => {
    removed = true;
    setMapCommands(null);
    unsubscribers.forEach((u) => u());
    map.remove();
    delete container.dataset.mapReady;
    store.getState().setMapReady(false);
  };
}

/** Clicks select the topmost interactive feature; hover and selection show via feature-state. */
function wireInteraction(map: MapLibreMap, store: AppStore): () => void {
  const TOL = 6; // px around the pointer, so small markers are easy to hit
  const hitAt = (p: { x: number; y: number }) => {
    const layers = INTERACTIVE_LAYERS.filter(
      (id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none',
    );
    if (!layers.length) return undefined;
    return map
      .queryRenderedFeatures(
        [
          [p.x - TOL, p.y - TOL],
          [p.x + TOL, p.y + TOL],
        ],
        { layers },
      )
      .find((f) => !f.state?.[FILTERED_OUT]);
  };
  const setState = (ref: FeatureRef | null, key: 'hover' | 'selected', value: boolean) => {
    // A reference from a link or a story is outside data: MapLibre looks sources up by bracket
    // access, so a name like `constructor` must never reach it.
    if (ref && SELECTABLE_SOURCES.has(ref.source) && map.getSource(ref.source))
      map.setFeatureState({ source: ref.source, id: ref.id }, { [key]: value });
  };
  map.on('click', (e) => {
    const f = hitAt(e.point);
    store.getState().select(f ? { source: f.source, id: String(f.properties.id) } : null);
  });
  map.on('mousemove', (e) => {
    const f = hitAt(e.point);
    // Polygons cover the whole city: only points and lines count as hovered (and get the pointer).
    const onMarker = !!f && f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon';
    store.getState().hover(onMarker ? { source: f.source, id: String(f.properties.id) } : null);
    map.getCanvas().style.cursor = onMarker ? 'pointer' : '';
  });
  map.getCanvas().addEventListener('mouseleave', () => store.getState().hover(null));
  const unsubHover = store.subscribe(
    (s) => s.hovered,
    (next, prev) => {
      setState(prev, 'hover', false);
      setState(next, 'hover', true);
    },
  );
  // Sources may arrive after a selection (e.g. from a link): apply it once they exist.
  map.on('sourcedata', (e) => {
    const sel = store.getState().selected;
    if (sel && e.sourceId === sel.source && e.isSourceLoaded) setState(sel, 'selected', true);
  });
  const unsubSelected = store.subscribe(
    (s) => s.selected,
    (next, prev) => {
      setState(prev, 'selected', false);
      setState(next, 'selected', true);
    },
  );
  return () => {
    unsubHover();
    unsubSelected();
  };
}

function readCamera(map: MapLibreMap): Camera {
  const c = map.getCenter();
  const r = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
  return {
    center: [r(c.lng, 5), r(c.lat, 5)],
    zoom: r(map.getZoom(), 2),
    bearing: r(map.getBearing(), 1),
    pitch: r(map.getPitch(), 1),
  };
}

/**
 * A read-only window onto what is drawn, for browser tests and debugging: which layers exist and
 * are visible, which features are rendered, and the camera. It cannot change the map.
 */
export interface MapInspector {
  layerIds(): string[];
  visibleLayerIds(): string[];
  renderedFeatureIds(layerIds: string[]): string[];
  camera(): Camera;
  /** Screen position (CSS px, relative to the map element) of a lon/lat. */
  project(lonLat: [number, number]): { x: number; y: number };
  /** Feature-state of one feature (hover/selected emphasis). */
  featureState(source: string, id: string): Record<string, unknown>;
  /** Resolves after the next complete render (MapLibre `idle`). */
  whenIdle(): Promise<void>;
}

function exposeInspector(container: HTMLElement, map: MapLibreMap) {
  const inspector: MapInspector = {
    layerIds: () => map.getStyle().layers.map((l) => l.id),
    visibleLayerIds: () =>
      map
        .getStyle()
        .layers.filter((l) => l.layout?.visibility !== 'none')
        .map((l) => l.id),
    renderedFeatureIds: (layerIds) => {
      const existing = layerIds.filter((id) => map.getLayer(id));
      const feats = (existing.length ? map.queryRenderedFeatures({ layers: existing }) : []).filter(
        (f) => !f.state?.[FILTERED_OUT],
      );
      return [...new Set(feats.map((f) => String(f.properties?.id ?? f.properties?.name ?? f.id)))];
    },
    camera: () => readCamera(map),
    featureState: (source, id) => map.getFeatureState({ source, id }),
    project: (lonLat) => {
      const p = map.project(lonLat);
      return { x: p.x, y: p.y };
    },
    whenIdle: () =>
      new Promise((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  };
  (container as HTMLElement & { inspector?: MapInspector }).inspector = inspector;
}

/**
 * Renders the current view at a pixel ratio and copies the canvas. The copy is taken inside the
 * `render` event, while the frame's drawing buffer is still intact (no preserveDrawingBuffer cost).
 */
async function captureMap(map: MapLibreMap, ratio: number): Promise<MapCapture> {
  const previous = map.getPixelRatio();
  const whenIdle = () => new Promise<void>((resolve) => map.once('idle', () => resolve()));
  try {
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
        copy.getContext('2d')!.drawImage(src, 0, 0);
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
  }
}
