import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SHIPPED_DIGESTS from 'virtual:data-digests';
import { contentHash } from '../../src/io/contentHash';
import {
  BASE_DATA_URLS,
  EVENTS_URL,
  OTHERS_URL,
  OTHER_TARGETS_URL,
  PROJECTS_URL,
  SEARCH_URL,
  TARGETS_URL,
  THEME_URLS,
} from '../../src/io/dataUrls';
import { fileNameOf, loadDataReport } from '../../src/io/loadData';

/** The project's own data files, answered as a static server would (URL → file under the repo). */
const fileOf = (url: string) => readFileSync(new URL(`../..${url.split('?')[0]}`, import.meta.url), 'utf8');
const realJson = (url: string) => JSON.parse(fileOf(url)) as Record<string, unknown>;

type Answer = (url: string, init?: RequestInit) => Promise<Response>;
/** Serves every data file, except those `faults` answers for. */
function serve(faults: Record<string, Answer> = {}) {
  const fetch = vi.fn<Answer>((url, init) =>
    faults[url] ? faults[url](url, init) : Promise.resolve(new Response(fileOf(url))),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
const body =
  (text: string, status = 200): Answer =>
  () =>
    Promise.resolve(new Response(text, { status }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('loadDataReport', () => {
  it('loads every file once, with no problem, keeping every record', async () => {
    const fetch = serve();
    const { data, problems } = await loadDataReport();
    expect(problems).toEqual([]);
    expect(new Set(fetch.mock.calls.map(([u]) => u)).size).toBe(fetch.mock.calls.length);
    expect(fetch.mock.calls).toHaveLength(26);
    const features = (url: string) => (realJson(url).features as unknown[]).length;
    expect(data.projects.features).toHaveLength(features(PROJECTS_URL));
    expect(data.projects.type).toBe('FeatureCollection');
    expect(data.themes.works.features).toHaveLength(features(THEME_URLS.works));
    expect(data.base.counties.features.length).toBeGreaterThan(0);
    const events = realJson(EVENTS_URL);
    expect(data.events).toHaveLength((events.events as unknown[]).length);
    expect(data.docParts).toHaveLength((events.documents as unknown[]).length);
    // search.json holds both project lines and places: they are told apart by `place`.
    const search = JSON.parse(fileOf(SEARCH_URL)) as Array<{ place?: unknown }>;
    expect(data.places).toHaveLength(search.filter((e) => e.place).length);
    expect(data.search).toHaveLength(search.filter((e) => !e.place).length);
    expect(data.places.length).toBeGreaterThan(0);
    expect(data.search.length).toBeGreaterThan(0);
    expect(data.targets.length).toBeGreaterThan(0);
    expect(data.others.features.length).toBeGreaterThan(0);
    expect(data.otherTargets.length).toBeGreaterThan(0);
  });

  it('checks every record of the shipped files, and leaves none out', async () => {
    serve();
    // No file counts as shipped: each record goes through the check, as a changed file's would.
    const { data, problems } = await loadDataReport(undefined, {});
    expect(problems).toEqual([]);
    expect(data.projects.features).toHaveLength((realJson(PROJECTS_URL).features as unknown[]).length);
    expect(data.events).toHaveLength((realJson(EVENTS_URL).events as unknown[]).length);
  });

  it('knows each data file the app loads by the hash of what the build ships', () => {
    const urls = [
      ...Object.values(BASE_DATA_URLS),
      ...Object.values(THEME_URLS),
      PROJECTS_URL,
      EVENTS_URL,
      OTHERS_URL,
      OTHER_TARGETS_URL,
      SEARCH_URL,
      TARGETS_URL,
    ];
    for (const url of urls) expect(SHIPPED_DIGESTS[fileNameOf(url)], url).toBe(contentHash(fileOf(url)));
  });

  it('takes a file that is the one shipped as it is, and checks any other', async () => {
    const projects = realJson(PROJECTS_URL) as { features: Array<Record<string, unknown>> };
    const broken = { ...projects.features[0]!, properties: null };
    const text = JSON.stringify({ ...projects, features: [broken, ...projects.features] });
    serve({ [PROJECTS_URL]: body(text) });
    // Shipped as it is: its records were checked before it shipped.
    const asShipped = await loadDataReport(undefined, { 'projects.geojson': contentHash(text) });
    expect(asShipped.problems).toEqual([]);
    expect(asShipped.data.projects.features).toHaveLength(projects.features.length + 1);
    // One character different from what was shipped: checked record by record.
    const changed = await loadDataReport(undefined, { 'projects.geojson': contentHash(`${text} `) });
    expect(changed.problems).toEqual([
      { what: 'projects', file: 'projects.geojson', fault: 'partial', detail: 1 },
    ]);
    expect(changed.data.projects.features).toHaveLength(projects.features.length);
  });

  it('names each broken file, how it broke, and keeps the others whole', async () => {
    serve({
      [PROJECTS_URL]: body('error', 404),
      [THEME_URLS.rail]: () => Promise.reject(new TypeError('Failed to fetch')),
      [THEME_URLS.road]: body('{"type":"FeatureCollection","features":[{"ty'),
      [THEME_URLS.water]: body('{"type":"Feature"}'),
      [TARGETS_URL]: body('{"targets":[]}'),
      [EVENTS_URL]: body('{"documents":[],"events":{}}'),
      [SEARCH_URL]: body('null'),
      [OTHERS_URL]: body('error', 503),
      [OTHER_TARGETS_URL]: body('{}'),
    });
    const { data, problems } = await loadDataReport();
    expect(problems).toEqual(
      expect.arrayContaining([
        { what: 'projects', file: 'projects.geojson', fault: 'http', detail: 404 },
        { what: 'themes.rail', file: 'rail.geojson', fault: 'network' },
        { what: 'themes.road', file: 'road.geojson', fault: 'truncated' },
        { what: 'themes.water', file: 'water.geojson', fault: 'shape' },
        { what: 'targets', file: 'targets.json', fault: 'shape' },
        { what: 'events', file: 'events.json', fault: 'shape' },
        { what: 'search', file: 'search.json', fault: 'shape' },
        { what: 'others', file: 'others.geojson', fault: 'http', detail: 503 },
        { what: 'otherTargets', file: 'other-targets.json', fault: 'shape' },
      ]),
    );
    expect(problems).toHaveLength(9);
    // Each broken file is replaced by an empty one of its kind.
    expect(data.projects).toEqual({ type: 'FeatureCollection', features: [] });
    expect(data.themes.rail).toEqual({ type: 'FeatureCollection', features: [] });
    expect(data.themes.water.features).toEqual([]);
    expect(data.targets).toEqual([]);
    expect(data.events).toEqual([]);
    expect(data.search).toEqual([]);
    expect(data.places).toEqual([]);
    // The rest arrived whole.
    expect(data.themes.works.features).toHaveLength(
      (realJson(THEME_URLS.works).features as unknown[]).length,
    );
    expect(data.base.counties.features.length).toBeGreaterThan(0);
  });

  it('a collection that is not one, or whose features are not a list, is of the wrong shape', async () => {
    serve({
      [THEME_URLS.water]: body('{"type":"Feature","features":[]}'),
      [THEME_URLS.road]: body('{"type":"FeatureCollection","features":{"0":{}}}'),
    });
    const { data, problems } = await loadDataReport();
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        { what: 'themes.road', file: 'road.geojson', fault: 'shape' },
        { what: 'themes.water', file: 'water.geojson', fault: 'shape' },
      ]),
    );
    expect(data.themes.water.features).toEqual([]);
    expect(data.themes.road.features).toEqual([]);
  });

  it('leaves out records of the wrong shape and counts them, keeping the rest', async () => {
    const projects = realJson(PROJECTS_URL) as { features: Array<Record<string, unknown>> };
    const broken = { ...projects.features[0]!, geometry: { type: 'Point', coordinates: ['x', 1] } };
    const noProps = { ...projects.features[1]!, properties: null };
    const events = realJson(EVENTS_URL) as { documents: unknown[]; events: unknown[] };
    const search = JSON.parse(fileOf(SEARCH_URL)) as Array<Record<string, unknown>>;
    const place = search.find((e) => e.place)!;
    serve({
      [PROJECTS_URL]: body(
        JSON.stringify({ ...projects, features: [broken, ...projects.features, noProps] }),
      ),
      [EVENTS_URL]: body(
        JSON.stringify({ documents: [...events.documents, { id: 1 }], events: [{}, ...events.events] }),
      ),
      // A place line cut short must not pass for a project's search line.
      [SEARCH_URL]: body(JSON.stringify([...search, { ...place, place: undefined, extra: 1 }])),
      [TARGETS_URL]: body('[1, 2]'),
    });
    const { data, problems } = await loadDataReport();
    expect(problems).toEqual(
      expect.arrayContaining([
        { what: 'projects', file: 'projects.geojson', fault: 'partial', detail: 2 },
        { what: 'events', file: 'events.json', fault: 'partial', detail: 1 },
        { what: 'search', file: 'search.json', fault: 'partial', detail: 1 },
        { what: 'targets', file: 'targets.json', fault: 'partial', detail: 2 },
      ]),
    );
    expect(problems).toHaveLength(4);
    expect(data.projects.features).toHaveLength(projects.features.length);
    expect(data.events).toHaveLength(events.events.length);
    // A broken document part is left out of the parts, silently: its events still check their lines.
    expect(data.docParts).toHaveLength(events.documents.length);
    expect(data.search).toHaveLength(search.filter((e) => !e.place).length);
    expect(data.targets).toEqual([]);
  });

  it('reads events.json without documents as having no parts', async () => {
    const events = realJson(EVENTS_URL) as { events: unknown[] };
    serve({ [EVENTS_URL]: body(JSON.stringify({ events: events.events })) });
    const { data, problems } = await loadDataReport();
    expect(problems).toEqual([]);
    expect(data.docParts).toEqual([]);
    expect(data.events).toHaveLength(events.events.length);
  });

  it('leaves no timer behind once every file has answered', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    serve();
    expect((await loadDataReport()).problems).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up on a file that does not answer in time, and says so', async () => {
    vi.useFakeTimers();
    const hang: Answer = (_url, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    // A body that stops arriving is a timeout too, not a network fault.
    const stalls: Answer = (_url, init) =>
      Promise.resolve({
        ok: true,
        status: 200,
        text: () =>
          new Promise<string>((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted'))),
          ),
      } as Response);
    const broken: Answer = () =>
      Promise.resolve({
        ok: true,
        status: 200,
        text: () => Promise.reject(new TypeError('reset')),
      } as Response);
    serve({ [PROJECTS_URL]: hang, [TARGETS_URL]: stalls, [SEARCH_URL]: broken });
    const report = loadDataReport(5_000);
    await vi.advanceTimersByTimeAsync(4_999);
    let settled = false;
    void report.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const { problems } = await report;
    expect(problems).toEqual(
      expect.arrayContaining([
        { what: 'projects', file: 'projects.geojson', fault: 'timeout' },
        { what: 'targets', file: 'targets.json', fault: 'timeout' },
        { what: 'search', file: 'search.json', fault: 'network' },
      ]),
    );
    expect(problems).toHaveLength(3);
  });
});
