/**
 * The compare view: two synchronised maps side by side — the plan as written (2022) and the latest
 * documented state. Each map renders from its own small store that copies the app's layers and
 * language and fixes the year, so both go through the same specs as the main map.
 * (Two synchronised maps rather than a swipe: the swipe plugin needs Node's `events` module in the
 * browser bundle.)
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppData } from '../domain/data';
import { createAppStore, type AppStore } from '../state/store';
import { readCamera } from './camera';
import { createMap } from './createMap';
import { wireRendering } from './renderState';

export interface CompareSides {
  left: HTMLElement;
  right: HTMLElement;
  /** Year of each side (null = the plan as written). */
  leftYear: number | null;
  rightYear: number;
}

export function mountCompare(sides: CompareSides, store: AppStore, data: AppData): () => void {
  const stores = [createAppStore(), createAppStore()] as const;
  const years = [sides.leftYear, sides.rightYear];
  const copy = () => {
    const s = store.getState();
    stores.forEach((side, i) =>
      side.setState({
        layers: s.layers,
        lang: s.lang,
        selected: s.selected,
        // Presenting: labels and markers at the room's scale, as on the main map.
        presentation: s.presentation,
        asOfYear: years[i] ?? null,
      }),
    );
  };
  copy();
  const unsubscribeMain = store.subscribe(
    (s) => [s.layers, s.lang, s.selected, s.presentation] as const,
    copy,
    {
      equalityFn: (a, b) => a.every((x, i) => x === b[i]),
    },
  );
  const maps = [createMap(sides.left), createMap(sides.right)] as const;
  const start = store.getState().camera;
  const cleanups: Array<() => void> = [unsubscribeMain];
  let ready = 0;
  maps.forEach((map, i) => {
    map.once('load', () => {
      map.resize();
      if (start) map.jumpTo(start);
      cleanups.push(wireRendering(map, stores[i]!, data));
      map.once('idle', () => {
        ready += 1;
        if (ready === 2) {
          sides.left.parentElement?.setAttribute('data-compare-ready', 'true');
        }
      });
    });
  });
  cleanups.push(syncCameras(maps[0], maps[1]));
  return () => {
    cleanups.forEach((c) => c());
    maps.forEach((m) => m.remove());
    sides.left.parentElement?.removeAttribute('data-compare-ready');
  };
}

/** Moving either map moves the other to the same camera (guarded against echo). */
function syncCameras(a: MapLibreMap, b: MapLibreMap): () => void {
  let syncing = false;
  const follow = (from: MapLibreMap, to: MapLibreMap) => () => {
    if (syncing) return;
    syncing = true;
    to.jumpTo(readCamera(from));
    syncing = false;
  };
  const ab = follow(a, b);
  const ba = follow(b, a);
  a.on('move', ab);
  b.on('move', ba);
  return () => {
    a.off('move', ab);
    b.off('move', ba);
  };
}
