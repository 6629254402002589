import type { FeatureCollection, Geometry } from 'geojson';
import type { BaseDataKey } from '../io/dataUrls';

export type AnyFC = FeatureCollection<Geometry, Record<string, unknown>>;

/** Everything the map draws, loaded once at start-up and never mutated. */
export interface AppData {
  base: Record<BaseDataKey, AnyFC>;
}
