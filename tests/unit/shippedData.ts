/** The shipped data files as the app loads them, read from the repository (no network). */
import { readFileSync } from 'node:fs';
import type { AppData, BaseDataKey } from '../../src/domain/data';
import { THEME_FILES } from '../../src/domain/planFiles';
import { THEMES } from '../../src/domain/schema';
import { makeData } from './fixtures';

const BASE_FILES: Record<BaseDataKey, string> = {
  counties: 'counties.geojson',
  countyLabels: 'county_labels.geojson',
  mask: 'mask.geojson',
  riversNe: 'rivers_ne.geojson',
  riversGshhg: 'rivers_gshhg.geojson',
  railways: 'railways.geojson',
  stations: 'railway_stations.geojson',
  airport: 'airport.geojson',
};

const read = (path: string): never => JSON.parse(readFileSync(path, 'utf8')) as never;

const events = () =>
  read('data/plan/events.json') as { events: AppData['events']; documents: AppData['docParts'] };

let cached: AppData | null = null;

/** Read once per test file: the files are large and the tests only read them. */
export function shippedData(): AppData {
  cached ??= {
    ...makeData(),
    base: Object.fromEntries(
      Object.entries(BASE_FILES).map(([k, f]) => [k, read(`data/base/${f}`) as unknown]),
    ) as AppData['base'],
    projects: read('data/plan/projects.geojson'),
    themes: Object.fromEntries(
      THEMES.map((t) => [t, read(`data/plan/${THEME_FILES[t]}`) as unknown]),
    ) as AppData['themes'],
    events: events().events,
    docParts: events().documents,
    others: read('data/plan/others.geojson'),
  };
  return cached;
}
