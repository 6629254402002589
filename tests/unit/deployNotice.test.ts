/** The deployer's config.json and the message naming data that failed to load. */
import { describe, expect, it } from 'vitest';
import { dataLabel, dataProblemsText } from '../../src/io/dataNotice';
import { CONFIG_URL, readDeployConfig, startDeployConfig } from '../../src/io/deployConfig';
import { createAppStore } from '../../src/state/store';

const respond = (status: number, body: unknown) =>
  (async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
    })) as unknown as typeof fetch;

describe('deploy config', () => {
  it('absent or unreachable means no settings; a server error or bad file is named', async () => {
    expect(await readDeployConfig(respond(404, 'not found'))).toEqual({});
    expect(
      await readDeployConfig((async () => {
        throw new TypeError('offline');
      }) as unknown as typeof fetch),
    ).toEqual({});
    expect(await readDeployConfig(respond(500, ''))).toBe('HTTP 500');
    expect(await readDeployConfig(respond(200, '{not json'))).toBe('JSON');
    expect(await readDeployConfig(respond(200, { reviewNumber: 5 }))).toMatch(/^reviewNumber: /);
    expect(await readDeployConfig(respond(200, []))).toMatch(/^\(root\): /);
    expect(await readDeployConfig(respond(200, { largeLayerDrawing: 'fast' }))).toMatch(
      /^largeLayerDrawing: /,
    );
    expect(await readDeployConfig(respond(200, { reviewNumber: 'GS(2024)1号' }))).toEqual({
      reviewNumber: 'GS(2024)1号',
    });
  });

  it('asks for config.json fresh', async () => {
    const calls: Array<[unknown, RequestInit | undefined]> = [];
    await readDeployConfig((async (url: unknown, init?: RequestInit) => {
      calls.push([url, init]);
      return new Response('{}', { status: 200 });
    }) as unknown as typeof fetch);
    expect(calls).toEqual([[CONFIG_URL, { cache: 'no-cache' }]]);
  });
});

describe('deploy config applied', () => {
  const withFetch = async (f: typeof fetch, run: () => Promise<void>) => {
    const saved = globalThis.fetch;
    globalThis.fetch = f;
    try {
      await run();
    } finally {
      globalThis.fetch = saved;
    }
  };

  it('sets how large imported layers are drawn, and leaves it to the renderer when unset', async () => {
    const store = createAppStore();
    expect(store.getState().largeLayerDrawing).toBe('auto');
    await withFetch(respond(200, {}), () => startDeployConfig(store, 'https://x.org/'));
    expect(store.getState().largeLayerDrawing).toBe('auto');
    await withFetch(respond(200, { largeLayerDrawing: 'cpu' }), () =>
      startDeployConfig(store, 'https://x.org/'),
    );
    expect(store.getState().largeLayerDrawing).toBe('cpu');
  });

  it('sets the review number and an offline basemap resolved against the page', async () => {
    const store = createAppStore();
    await withFetch(
      respond(200, { reviewNumber: 'GS(2024)1号', offlineBasemap: { url: 'tiles/city.pmtiles' } }),
      () => startDeployConfig(store, 'https://x.org/app/index.html'),
    );
    expect(store.getState().reviewNumber).toBe('GS(2024)1号');
    expect(store.getState().offlineBasemap).toEqual({
      url: 'pmtiles://https://x.org/app/tiles/city.pmtiles',
      label: 'tiles/city.pmtiles',
      attribution: null,
    });
  });

  it('keeps an offline basemap already chosen, and warns about a bad file', async () => {
    const store = createAppStore();
    const mine = { url: 'pmtiles://mine', label: 'mine', attribution: 'A' };
    store.getState().setOfflineBasemap(mine);
    await withFetch(respond(200, { offlineBasemap: { url: 'city.pmtiles', attribution: '© OSM' } }), () =>
      startDeployConfig(store, 'https://x.org/'),
    );
    expect(store.getState().offlineBasemap).toBe(mine);
    expect(store.getState().reviewNumber).toBeNull();
    await withFetch(respond(500, ''), () => startDeployConfig(store, 'https://x.org/'));
    expect(store.getState().notices.at(-1)).toMatchObject({ level: 'warning' });
    expect(store.getState().notices.at(-1)!.text).toContain('HTTP 500');
  });
});

describe('data problems message', () => {
  it('names each data set in the user language, with file and reason', () => {
    expect(dataLabel('zh', 'base.riversNe')).toBe('河流');
    expect(dataLabel('zh', 'base.unknownKey')).toBe('unknownKey');
    expect(dataLabel('zh', 'base.constructor')).toBe('constructor');
    expect(dataLabel('en', 'projects')).toBe('Key logistics projects');
    expect(dataLabel('zh', 'themes.rail')).toBe('铁路建设项目');
    expect(dataLabel('en', 'targets')).toBe('2025 targets');
    expect(
      dataProblemsText('zh', [
        { what: 'projects', file: 'projects.geojson', fault: 'http', detail: 404 },
        { what: 'base.mask', file: 'mask.geojson', fault: 'partial', detail: 3 },
      ]),
    ).toBe(
      '以下数据未能加载，其余内容可正常使用：重点物流项目（projects.geojson：HTTP 404）；市界外遮罩（mask.geojson：3 条记录格式不符，已略去）。',
    );
    expect(dataProblemsText('en', [{ what: 'targets', file: 't.json', fault: 'network' }])).toBe(
      'Some data could not be loaded; everything else works: 2025 targets (t.json: network error).',
    );
  });
});
