/**
 * Basemap plumbing: the `pmtiles` protocol, the Tianditu key added to its tile requests only, and
 * the watch that falls back to the offline base when an online basemap fails (errors, 403/429, or
 * no tile at all within a few seconds), so the map is never left blank.
 */
import { addProtocol, type Map as MapLibreMap, type RequestParameters } from 'maplibre-gl';
import { failureFromStatus, isOnline, withTiandituKey, type BasemapFailure } from '../domain/basemaps';
import { BASEMAP_PREFIX } from '../layers/basemap';
import type { AppStore } from '../state/store';
import { getTiandituKey } from './tiandituKey';

// The PMTiles reader is fetched with the first `pmtiles://` request, not with the map.
addProtocol('pmtiles', (params, abort) =>
  import('./pmtilesProtocol').then(({ pmtilesProtocol }) => pmtilesProtocol.tile(params, abort)),
);

/** Adds `tk` to Tianditu tile requests at the last moment, so the key is never in a style or link. */
export function withTileKey(url: string): RequestParameters {
  return { url: withTiandituKey(url, getTiandituKey()) };
}

/** No tile at all within this time means the service is unreachable. */
const FIRST_TILE_TIMEOUT_MS = 4000;
/** Errors before any tile has loaded that make it a failure (one could be a stray tile). */
const ERRORS_BEFORE_FIRST_TILE = 2;
/** Errors in a row after tiles had loaded (the connection dropped). */
const ERRORS_IN_A_ROW = 8;

export function watchBasemap(map: MapLibreMap, store: AppStore): void {
  let watching: { id: ReturnType<AppStore['getState']>['basemap']; loaded: boolean; errors: number } | null =
    null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fail = (reason: BasemapFailure) => {
    if (!watching) return;
    const { id } = watching;
    stop();
    store.getState().basemapFailed(id, reason);
  };
  const stop = () => {
    clearTimeout(timer);
    watching = null;
  };
  const start = () => {
    stop();
    const id = store.getState().basemap;
    if (!isOnline(id)) return;
    watching = { id, loaded: false, errors: 0 };
    timer = setTimeout(() => {
      if (watching && !watching.loaded) fail(watching.errors ? 'network' : 'timeout');
    }, FIRST_TILE_TIMEOUT_MS);
  };
  const ours = (sourceId: unknown) => typeof sourceId === 'string' && sourceId.startsWith(BASEMAP_PREFIX);

  map.on('error', (e) => {
    const ev = e as { sourceId?: string; error?: { status?: number } };
    if (!watching || !ours(ev.sourceId)) return;
    const reason = failureFromStatus(ev.error?.status);
    // A refused key or rate limit will not get better by retrying.
    if (reason === 'forbidden' || reason === 'tooMany') return fail(reason);
    watching.errors++;
    const limit = watching.loaded ? ERRORS_IN_A_ROW : ERRORS_BEFORE_FIRST_TILE;
    if (watching.errors >= limit) fail(reason);
  });
  map.on('sourcedata', (e) => {
    if (!watching || !ours(e.sourceId) || !e.tile) return;
    watching.loaded = true;
    watching.errors = 0;
  });
  start();
  store.subscribe((s) => s.basemap, start);
}
