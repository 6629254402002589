/**
 * Every data file the app loads, as hashed build assets. Vite copies them to dist/assets/, so the
 * built site is self-contained and works offline from any static server.
 */
import type { BaseDataKey } from '../domain/data';
import type { Theme } from '../domain/schema';
import counties from '../../data/base/counties.geojson?url';
import countyLabels from '../../data/base/county_labels.geojson?url';
import mask from '../../data/base/mask.geojson?url';
import riversNe from '../../data/base/rivers_ne.geojson?url';
import riversGshhg from '../../data/base/rivers_gshhg.geojson?url';
import railways from '../../data/base/railways.geojson?url';
import stations from '../../data/base/railway_stations.geojson?url';
import airport from '../../data/base/airport.geojson?url';
import projects from '../../data/plan/projects.geojson?url';
import structure from '../../data/plan/structure.geojson?url';
import railport from '../../data/plan/railport.geojson?url';
import hubs from '../../data/plan/hubs.geojson?url';
import works from '../../data/plan/works.geojson?url';
import rail from '../../data/plan/rail.geojson?url';
import road from '../../data/plan/road.geojson?url';
import water from '../../data/plan/water.geojson?url';
import air from '../../data/plan/air.geojson?url';
import pipeline from '../../data/plan/pipeline.geojson?url';
import channels from '../../data/plan/channels.geojson?url';
import county from '../../data/plan/county.geojson?url';
import towns from '../../data/plan/towns.geojson?url';
import targets from '../../data/plan/targets.json?url';
import search from '../../data/plan/search.json?url';
import events from '../../data/plan/events.json?url';
import others from '../../data/plan/others.geojson?url';
import otherTargets from '../../data/plan/other-targets.json?url';

export const BASE_DATA_URLS: Record<BaseDataKey, string> = {
  counties,
  countyLabels,
  mask,
  riversNe,
  riversGshhg,
  railways,
  stations,
  airport,
};

export const PROJECTS_URL = projects;
export const TARGETS_URL = targets;
export const SEARCH_URL = search;
export const THEME_URLS: Record<Theme, string> = {
  structure,
  railport,
  rail,
  road,
  water,
  air,
  pipeline,
  channels,
  county,
  towns,
  hubs,
  works,
};

/** The implementation record and the records of other documents (scripts/build-events.ts). */
export const EVENTS_URL = events;
export const OTHERS_URL = others;
export const OTHER_TARGETS_URL = otherTargets;
