/** Fetches every data file once at start-up. Errors name the file so a broken build is obvious. */
import type { AnyFC, AppData, BaseDataKey } from '../domain/data';
import { THEMES, type Target } from '../domain/schema';
import { BASE_DATA_URLS, PROJECTS_URL, SEARCH_URL, TARGETS_URL, THEME_URLS } from './dataUrls';

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
  const [base, projects, themes, targets, search] = await Promise.all([
    Promise.all(
      (Object.entries(BASE_DATA_URLS) as Array<[BaseDataKey, string]>).map(
        async ([k, u]) => [k, await fc(k, u)] as const,
      ),
    ),
    fc('projects', PROJECTS_URL),
    Promise.all(THEMES.map(async (t) => [t, await fc(t, THEME_URLS[t])] as const)),
    fetchJson(TARGETS_URL),
    fetchJson(SEARCH_URL),
  ]);
  performance.mark('lz:data-loaded');
  return {
    base: Object.fromEntries(base) as AppData['base'],
    projects: projects as unknown as AppData['projects'],
    themes: Object.fromEntries(themes) as unknown as AppData['themes'],
    targets: targets as Target[],
    search: search as AppData['search'],
  };
}
