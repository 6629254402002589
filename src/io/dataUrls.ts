/**
 * Every data file the app loads, as hashed build assets. Vite copies them to dist/assets/, so the
 * built site is self-contained and works offline from any static server.
 */
import counties from '../../data/base/counties.geojson?url';
import countyLabels from '../../data/base/county_labels.geojson?url';
import mask from '../../data/base/mask.geojson?url';
import riversNe from '../../data/base/rivers_ne.geojson?url';
import riversGshhg from '../../data/base/rivers_gshhg.geojson?url';
import railways from '../../data/base/railways.geojson?url';
import stations from '../../data/base/railway_stations.geojson?url';
import airport from '../../data/base/airport.geojson?url';

export const BASE_DATA_URLS = {
  counties,
  countyLabels,
  mask,
  riversNe,
  riversGshhg,
  railways,
  stations,
  airport,
} as const;

export type BaseDataKey = keyof typeof BASE_DATA_URLS;
