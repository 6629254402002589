/** Marks a place chosen in the search box for a few seconds, then clears the mark. */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { PLACE_MARK_SOURCE } from '../layers/placeMark';
import type { AppStore } from '../state/store';
import type { PlaceMark } from '../state/placesSlice';

/** Long enough to find the mark after a 0.9 s flight, short enough not to read as a selection. */
export const PLACE_MARK_MS = 6000;

export function placeMarkData(mark: PlaceMark | null): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: mark
      ? [
          {
            type: 'Feature',
            geometry: mark.geometry,
            properties: { id: mark.id, name: mark.name, approximate: mark.approximate },
          },
        ]
      : [],
  };
}

export function wirePlaceMark(map: MapLibreMap, store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const render = (mark: PlaceMark | null) => {
    (map.getSource(PLACE_MARK_SOURCE) as GeoJSONSource | undefined)?.setData(placeMarkData(mark));
    clearTimeout(timer);
    if (mark) timer = setTimeout(() => store.getState().clearPlaceMark(), PLACE_MARK_MS);
  };
  render(store.getState().placeMark);
  const unsub = store.subscribe((s) => s.placeMark, render);
  return () => {
    clearTimeout(timer);
    unsub();
  };
}
