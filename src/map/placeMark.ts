/** Marks a place chosen in the search box for a few seconds, then clears the mark. */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { PLACE_MARK_SOURCE } from '../layers/placeMark';
import type { AppStore } from '../state/store';
import type { PlaceMark } from '../state/placesSlice';

/** Counted from the map's arrival: long enough to find the mark, short enough not to read as a selection. */
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

export function wirePlaceMark(map: MapLibreMap, store: AppStore): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let arrived: (() => void) | undefined;
  const render = (mark: PlaceMark | null) => {
    (map.getSource(PLACE_MARK_SOURCE) as GeoJSONSource | undefined)?.setData(placeMarkData(mark));
    clearTimeout(timer);
    if (arrived) map.off('idle', arrived);
    if (!mark) return;
    // The flight and the first full render can take seconds on a slow machine: start counting then.
    arrived = () => {
      arrived = undefined;
      timer = setTimeout(() => store.getState().clearPlaceMark(), PLACE_MARK_MS);
    };
    map.once('idle', arrived);
  };
  render(store.getState().placeMark);
  store.subscribe((s) => s.placeMark, render);
}
