/** Fetches every data file once at start-up. Errors name the file so a broken build is obvious. */
import type { AnyFC, AppData } from '../domain/data';
import { BASE_DATA_URLS, type BaseDataKey } from './dataUrls';

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

export async function loadData(): Promise<AppData> {
  const entries = await Promise.all(
    (Object.entries(BASE_DATA_URLS) as Array<[BaseDataKey, string]>).map(
      async ([key, url]) => [key, asFeatureCollection(key, await fetchJson(url))] as const,
    ),
  );
  performance.mark('lz:data-loaded');
  return { base: Object.fromEntries(entries) as AppData['base'] };
}
