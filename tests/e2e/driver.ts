/**
 * A small driver that speaks in user actions, so tests read like what a planner does.
 * Everything goes through the UI (clicks, keys, URLs); reads go through the DOM and the map's
 * read-only inspector.
 */
import { after, before } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import './inspector-global';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { serveStatic } from '../../scripts/serve';
import { MAX_ZOOM } from '../../src/domain/geography';
import { launchChromium } from './browser';

export interface AppHarness {
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

/** Starts one harness for a test file (before all) and closes it after; returns its getter. */
export function harnessPerFile(): () => AppHarness {
  let harness: AppHarness | undefined;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });
  return () => harness!;
}

export async function startHarness(): Promise<AppHarness> {
  const { url, server } = await serveStatic('dist');
  const browser = await launchChromium();
  return {
    browser,
    baseUrl: url,
    close: async () => {
      await browser.close();
      await new Promise<void>((ok) => (server as Server).close(() => ok()));
    },
  };
}

export interface RequestLog {
  urls: string[];
  external(): string[];
}

/** Records every request the page makes (documents, scripts, data, workers, fonts, images). */
export function recordRequests(page: Page): RequestLog {
  const urls: string[] = [];
  page.context().on('request', (r) => urls.push(r.url()));
  return {
    urls,
    external: () =>
      urls.filter((u) => {
        if (u.startsWith('data:') || u.startsWith('blob:') || u === 'about:blank') return false;
        const host = new URL(u).hostname;
        return host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]';
      }),
  };
}

/** Page-side accessor for the map's read-only inspector (see src/map/inspector.ts): mapInspector(). */
export async function exposeMapInspector(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    (window as unknown as { mapInspector: () => unknown }).mapInspector = () =>
      (document.querySelector('[data-testid="map"]') as HTMLElement & { inspector: unknown }).inspector;
  });
}

export async function openApp(
  harness: AppHarness,
  opts: {
    query?: string;
    viewport?: { width: number; height: number };
    log?: boolean;
    /** Camera moves end at once (the app honours prefers-reduced-motion). */
    reducedMotion?: boolean;
    /** Lets a test inject its own tooling (axe-core) past the site's Content-Security-Policy. */
    bypassCSP?: boolean;
    /** The deployer's config.json to serve (none: the app finds no file). */
    config?: object;
    /** Runs before the page opens (e.g. to hold back a file). */
    before?: (context: BrowserContext) => Promise<unknown>;
  } = {},
): Promise<{ page: Page; requests: RequestLog; errors: string[] }> {
  const context = await harness.browser.newContext({
    viewport: opts.viewport ?? { width: 1366, height: 768 },
    ...(opts.reducedMotion ? { reducedMotion: 'reduce' as const } : {}),
    ...(opts.bypassCSP ? { bypassCSP: true } : {}),
    acceptDownloads: true,
  });
  await exposeMapInspector(context);
  if (opts.config)
    await context.route('**/config.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(opts.config) }),
    );
  await opts.before?.(context);
  const page = await context.newPage();
  const requests = recordRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(harness.baseUrl + (opts.query ?? ''));
  await waitForMapReady(page);
  return { page, requests, errors };
}

export async function waitForMapReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 60_000 });
}

/** Waits for the map's next complete render (MapLibre `idle`). */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(() => mapInspector().whenIdle());
}

/** Ids (or names) of the features rendered in the given layers, after the map is idle. */
export async function renderedFeatures(page: Page, layerIds: string[]): Promise<string[]> {
  await waitForIdle(page);
  return page.evaluate((ids) => mapInspector().renderedFeatureIds(ids), layerIds);
}

/**
 * Points of a layer drawn apart from MapLibre's (the CPU canvas or deck.gl) in the view, once that
 * drawing has loaded and answers; null if it has not within `timeout` ms. deck.gl's picking throws
 * until its first frame, which counts as not yet.
 */
export async function pointsDrawnApart(page: Page, source: string, timeout = 5_000): Promise<number | null> {
  return page
    .waitForFunction(
      (id) => {
        try {
          const v = mapInspector().largePointsDrawn(id);
          return v === null ? false : { v };
        } catch {
          return false;
        }
      },
      source,
      { timeout },
    )
    .then((h) => h.jsonValue() as Promise<{ v: number }>)
    .then(
      (r) => r.v,
      () => null,
    );
}

/**
 * Imported points drawn in the view, however they are drawn: MapLibre's layers, or (a point layer on a
 * software renderer, or a large one) the layer drawn apart, which loads on its own the first time.
 * `which`: the import preview, or the imported layers listed in the layers panel.
 */
export async function importedPointsDrawn(page: Page, which: 'preview' | 'imported'): Promise<number> {
  const sources =
    which === 'preview'
      ? ['import-preview']
      : await page
          .locator('[data-testid^="imported-imp-"]')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')!));
  const layers = sources.map((s) => `${s}-point`);
  const present = await page.evaluate(
    (ls) =>
      mapInspector()
        .layerIds()
        .filter((l) => ls.includes(l)),
    layers,
  );
  let n = present.length ? (await renderedFeatures(page, present)).length : 0;
  // A drawing apart that never loaded draws nothing.
  for (const s of sources.filter((s) => !present.includes(`${s}-point`)))
    n += (await pointsDrawnApart(page, s)) ?? 0;
  return n;
}

export async function visibleLayers(page: Page): Promise<string[]> {
  return page.evaluate(() => mapInspector().visibleLayerIds());
}

export async function camera(page: Page): Promise<{ center: [number, number]; zoom: number }> {
  return page.evaluate(() => mapInspector().camera());
}

export async function switchLanguage(page: Page): Promise<void> {
  await page.getByTestId('lang-toggle').click();
}

/** Zooms in with the navigation control's + button, n times, and waits for the move to end. */
export async function zoomIn(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const target = Math.min((await camera(page)).zoom + 1, MAX_ZOOM) - 0.01;
    await page.locator('.maplibregl-ctrl-zoom-in').click();
    // Each click zooms from where the map is: let this zoom arrive before the next click.
    await page.waitForFunction((z) => mapInspector().camera().zoom >= z, target);
  }
  await waitForIdle(page);
}

/** Waits until the camera has stopped moving: two equal readings, each after a complete render. */
export async function settle(page: Page): Promise<void> {
  let prev = '';
  for (let i = 0; i < 20; i++) {
    await waitForIdle(page);
    const now = JSON.stringify(await camera(page));
    if (now === prev) return;
    prev = now;
  }
}

/** Clicks the map at a lon/lat, as a user clicking a marker there. */
export async function clickMapAt(page: Page, lonLat: [number, number]): Promise<void> {
  await waitForIdle(page);
  const p = await page.evaluate((ll) => mapInspector().project(ll), lonLat);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

/** Opens a project's side panel by clicking its marker on the map. */
export async function openProjectOnMap(page: Page, id: string): Promise<void> {
  const f = projectsData().features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no project ${id}`);
  await clickMapAt(page, f.geometry.coordinates as [number, number]);
  // Overlapping markers open a chooser: pick the project from it.
  const choice = page.locator(`[data-testid="chooser-item"][data-id="${id}"]`);
  const panel = page.locator(`[data-testid="feature-panel"][data-feature-id="${id}"]`);
  await choice.or(panel).first().waitFor();
  if (await choice.isVisible()) await choice.click();
  await panel.waitFor();
}

/** The shipped project data (the tests read the project's own copy, never an external one). */
export function projectsData(): {
  features: Array<{
    properties: Record<string, unknown> & { id: string; name: string };
    geometry: { coordinates: number[] };
  }>;
} {
  return JSON.parse(readFileSync('data/plan/projects.geojson', 'utf8'));
}

export type Facet = 'county' | 'type' | 'status';

/** Ticks filter options in the sidebar, e.g. filterBy(page, { county: ['鹿寨县'], type: ['商贸服务型'] }). */
export async function filterBy(page: Page, filters: Partial<Record<Facet, string[]>>): Promise<void> {
  await openTab(page, 'filters');
  for (const [facet, values] of Object.entries(filters)) {
    for (const v of values ?? []) await page.getByTestId(`option-${facet}-${v}`).locator('input').check();
  }
}

export async function openTab(
  page: Page,
  tab: 'filters' | 'layers' | 'stats' | 'monitor' | 'present' | 'export',
): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
}

export async function resultCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('result-count').getAttribute('data-count'));
}

export async function resultIds(page: Page): Promise<string[]> {
  await openTab(page, 'filters');
  return page
    .getByTestId('result-item')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
}

/** Ids of the projects the map shows: pins, and the county-level projects its badges count. */
export async function visibleProjectIds(page: Page): Promise<string[]> {
  const pins = await renderedFeatures(page, ['projects-point']);
  const badges = await page.evaluate(() => mapInspector().renderedProperty(['projects-badge'], 'ids'));
  return [...pins, ...badges.flatMap((ids) => ids.split(',').filter(Boolean))].sort();
}

export async function featureState(page: Page, source: string, id: string): Promise<Record<string, unknown>> {
  return page.evaluate(([s, i]) => mapInspector().featureState(s, i), [source, id] as const);
}

/** All rows of one table of the app's browser database (read directly, as a check from outside). */
export async function dbRows(page: Page, table: string): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    (name) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const req = indexedDB.open('liuzhou-plan-map');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains(name)) return (db.close(), resolve([]));
          const get = db.transaction(name).objectStore(name).getAll();
          get.onsuccess = () => (db.close(), resolve(get.result as Array<Record<string, unknown>>));
          get.onerror = () => (db.close(), reject(get.error));
        };
      }),
    table,
  );
}

/** Waits until a table of the app's browser database reaches a state (its saves are asynchronous). */
export async function waitForRows(
  page: Page,
  table: string,
  done: (rows: Array<Record<string, unknown>>) => boolean,
): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (done(await dbRows(page, table))) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the ${table} table never reached the expected state`);
}
