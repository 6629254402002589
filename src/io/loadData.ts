/** Fetches every data file once at start-up. Errors name the file so a broken build is obvious. */
import type { AnyFC, AppData } from '../domain/data';
import { THEMES, type Target } from '../domain/schema';
import type { EventsFile, OtherTarget } from '../domain/implementation';
import {
  BASE_DATA_URLS,
  EVENTS_URL,
  OTHERS_URL,
  OTHER_TARGETS_URL,
  PROJECTS_URL,
  SEARCH_URL,
  TARGETS_URL,
  THEME_URLS,
  type BaseDataKey,
} from './dataUrls';

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

function asFeatureCollection(name: string, json: unknown): AnyFC {
  const fc = json as Partial<AnyFC> | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error(`${name}: not a GeoJSON FeatureCollection`);
  }
  return fc as AnyFC;
}

/** Shipped data is validated at build and test time (scripts/check-data.ts); here only its shape. */
export async function loadData(): Promise<AppData> {
  const fc = async (name: string, url: string) => asFeatureCollection(name, await fetchJson(url));
  const [base, projects, themes, targets, search, eventsFile, others, otherTargets] = await Promise.all([
    Promise.all(
      (Object.entries(BASE_DATA_URLS) as Array<[BaseDataKey, string]>).map(
        async ([k, u]) => [k, await fc(k, u)] as const,
      ),
    ),
    fc('projects', PROJECTS_URL),
    Promise.all(THEMES.map(async (t) => [t, await fc(t, THEME_URLS[t])] as const)),
    fetchJson(TARGETS_URL),
    fetchJson(SEARCH_URL),
    fetchJson(EVENTS_URL),
    fc('others', OTHERS_URL),
    fetchJson(OTHER_TARGETS_URL),
  ]);
  const record = eventsFile as Partial<EventsFile> | null;
  if (!record || !Array.isArray(record.events) || !Array.isArray(record.documents)) {
    throw new Error('events: not an implementation record');
  }
  performance.mark('lz:data-loaded');
  return {
    base: Object.fromEntries(base) as AppData['base'],
    projects: projects as unknown as AppData['projects'],
    themes: Object.fromEntries(themes) as unknown as AppData['themes'],
    targets: targets as Target[],
    search: search as AppData['search'],
    events: record.events,
    docParts: record.documents,
    others: others as unknown as AppData['others'],
    otherTargets: otherTargets as OtherTarget[],
  };
}
