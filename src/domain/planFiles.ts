/** The shipped plan files under data/plan/ (built from data/plan/src/ by scripts/build-plan.ts). */
import type { Theme } from './schema';

export const PROJECTS_FILE = 'projects.geojson';
export const TARGETS_FILE = 'targets.json';
/** Derived search aid: pinyin of project names (not plan content). */
export const SEARCH_FILE = 'search.json';
/** Named places records are placed at, each defined once (with position, basis and quality). */
export const GAZETTEER_FILE = 'gazetteer.json';

export const THEME_FILES: Record<Theme, string> = {
  structure: 'structure.geojson',
  railport: 'railport.geojson',
  rail: 'rail.geojson',
  road: 'road.geojson',
  water: 'water.geojson',
  air: 'air.geojson',
  pipeline: 'pipeline.geojson',
  channels: 'channels.geojson',
  county: 'county.geojson',
  towns: 'towns.geojson',
  hubs: 'hubs.geojson',
  works: 'works.geojson',
};
