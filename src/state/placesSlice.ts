import type { Geometry } from 'geojson';
import { placeCamera, type PlaceHit } from '../analysis/placeSearch';
import type { SliceCreator } from './store';

/** A place just chosen in the search box, marked on the map for a moment. */
export interface PlaceMark {
  id: string;
  name: string;
  geometry: Geometry;
  /** Not a surveyed position: drawn dashed. */
  approximate: boolean;
  /** Increments per choice, so choosing the same place again marks it again. */
  seq: number;
}

export interface PlacesSlice {
  placeMark: PlaceMark | null;
  /** Flies to a place and marks it; filters, selection and layers stay as they are. */
  showPlace(hit: PlaceHit, geometry: Geometry): void;
  clearPlaceMark(): void;
}

export const createPlacesSlice: SliceCreator<PlacesSlice> = (set, get) => ({
  placeMark: null,
  showPlace: (hit, geometry) => {
    set((s) => ({
      placeMark: {
        id: hit.id,
        name: hit.place.name,
        geometry,
        approximate: hit.place.quality !== 'exact',
        seq: (s.placeMark?.seq ?? 0) + 1,
      },
    }));
    get().requestCamera(placeCamera(hit.place), 'user');
  },
  clearPlaceMark: () => set({ placeMark: null }),
});
