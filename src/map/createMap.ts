/** Construction: the MapLibre map with the app's frame, controls and attribution. */
import {
  addProtocol,
  AttributionControl,
  FullscreenControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { CITY_BOUNDS, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../domain/geography';
import { MARKER_SPACE, MARKER_SPACE_PX } from '../layers/paint';
import { PALETTE } from '../layers/palette';
import { DATA_ATTRIBUTION } from './attribution';
import { withTileKey } from './basemap';
import { GLYPH_PROTOCOL, GLYPHS_URL, glyphLoader } from './glyphBundle';
import { shareTileMasks } from './tileMasks';

setWorkerUrl(workerUrl);
// Asked for as this module loads, so the first open's glyphs are on their way before any label is.
addProtocol(GLYPH_PROTOCOL, glyphLoader(document.baseURI));

export function createMap(container: HTMLElement): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style: {
      version: 8,
      glyphs: GLYPHS_URL,
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
    transformRequest: withTileKey,
    // Every label glyph, Chinese included, comes pre-rendered from the glyphs URL.
    localIdeographFontFamily: false,
  });
  shareTileMasks(map);
  map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
  map.addControl(new FullscreenControl({ container: container.parentElement ?? container }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-left');
  map.addControl(
    new AttributionControl({ compact: false, customAttribution: DATA_ATTRIBUTION }),
    'bottom-right',
  );
  // The blank stand-in that lets circle markers take part in label collision (layers/labels).
  map.setMissingStyleImageResolver((id) => {
    if (id !== MARKER_SPACE || map.hasImage(MARKER_SPACE)) return;
    const side = MARKER_SPACE_PX;
    map.addImage(MARKER_SPACE, { width: side, height: side, data: new Uint8Array(side * side * 4) });
  });
  map.getCanvas().setAttribute('aria-label', container.getAttribute('aria-label') ?? 'map');
  return map;
}
