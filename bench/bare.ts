/**
 * Benchmark baseline: a bare MapLibre page that loads the same GeoJSON files with plain styling and
 * no app code. scripts/bench.ts compares the app's time to ready against this page.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BASE_DATA_URLS, PROJECTS_URL, THEME_URLS } from '../src/io/dataUrls';

setWorkerUrl(workerUrl);
const container = document.getElementById('map')!;

async function main() {
  // The same GeoJSON the app draws: base geometry, projects and every plan theme.
  const entries: Array<[string, string]> = [
    ...Object.entries(BASE_DATA_URLS),
    ['projects', PROJECTS_URL],
    ...Object.entries(THEME_URLS),
  ];
  const datas = await Promise.all(entries.map(([, url]) => fetch(url).then((r) => r.json())));
  const sources: Record<string, SourceSpecification> = {};
  const layers: LayerSpecification[] = [
    { id: 'bg', type: 'background', paint: { 'background-color': '#eee' } },
  ];
  entries.forEach(([key], i) => {
    sources[key] = { type: 'geojson', data: datas[i] };
    const geom =
      (datas[i] as { features: Array<{ geometry: { type: string } }> }).features[0]?.geometry.type ?? '';
    if (geom.includes('Polygon'))
      layers.push({ id: key, type: 'line', source: key, paint: { 'line-color': '#333' } });
    else if (geom.includes('Line'))
      layers.push({ id: key, type: 'line', source: key, paint: { 'line-color': '#36c' } });
    else layers.push({ id: key, type: 'circle', source: key, paint: { 'circle-color': '#c33' } });
  });
  const map = new MapLibreMap({
    container,
    style: { version: 8, sources, layers },
    bounds: [108.56, 23.88, 110.2, 26.08],
  });
  map.once('idle', () => {
    container.dataset.mapReady = 'true';
  });
}
void main();
