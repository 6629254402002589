import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { PNG } from 'pngjs';
import { readPngText } from '../../src/io/pngText';
import {
  harnessPerFile,
  openProjectOnMap,
  openTab,
  visibleLayers,
  waitForIdle,
  waitForMapReady,
  type AppHarness,
} from './driver';

const harness = harnessPerFile();

const GOOD_KEY = '0123456789abcdef0123456789abcdef';
const BAD_KEY = 'ffffffffffffffffffffffffffffffff';
/** A test value, clearly not a real approval number. */
const REVIEW_NO = '测试审图号-0000';
const FIXTURE = 'tests/fixtures/liuzhou-basemap-fixture.pmtiles';
const SHOTS = 'tmp-shots';

const isLoopback = (url: string) => {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
};

/** No network: every request that would leave the machine fails. */
async function offline(context: BrowserContext) {
  await context.route(
    (url) => !isLoopback(url.href) && url.protocol.startsWith('http'),
    (route) => route.abort('internetdisconnected'),
  );
}

/** A solid 256×256 PNG tile in a colour nothing in the app uses. */
function tilePng(rgba: [number, number, number, number]): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set(rgba, i);
  return PNG.sync.write(png);
}
const TILE_BASE = tilePng([0, 160, 255, 255]);
const TILE_LABELS = tilePng([0, 0, 0, 0]);

/** Stands in for Tianditu and OSM: answers tiles only with the right key (else 403). */
async function mockTileServices(context: BrowserContext, seen: string[]) {
  await context.route(/^https:\/\/t[0-7]\.tianditu\.gov\.cn\//, (route: Route) => {
    const url = new URL(route.request().url());
    seen.push(url.href);
    if (url.searchParams.get('tk') !== GOOD_KEY) return route.fulfill({ status: 403, body: 'bad key' });
    const layer = url.searchParams.get('LAYER');
    return route.fulfill({
      status: 200,
      contentType: 'image/png',
      body: layer === 'cva' || layer === 'cia' ? TILE_LABELS : TILE_BASE,
    });
  });
  await context.route(/^https:\/\/tile\.openstreetmap\.org\//, (route) => {
    seen.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: TILE_BASE });
  });
}

/** The deployer's config.json, and the configured PMTiles file served with HTTP range requests. */
async function deployConfig(context: BrowserContext, config: object) {
  await context.route('**/config.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(config) }),
  );
  const bytes = readFileSync(FIXTURE);
  await context.route('**/basemap/liuzhou.pmtiles', (route) => {
    const range = /bytes=(\d+)-(\d+)?/.exec(route.request().headers()['range'] ?? '');
    if (!range) return route.fulfill({ status: 200, body: bytes });
    const start = Number(range[1]);
    const end = Math.min(range[2] ? Number(range[2]) : bytes.length - 1, bytes.length - 1);
    return route.fulfill({
      status: 206,
      headers: {
        'content-range': `bytes ${start}-${end}/${bytes.length}`,
        'content-type': 'application/octet-stream',
      },
      body: bytes.subarray(start, end + 1),
    });
  });
}

/** Opens the app with routes set before the first request. */
async function openWith(
  h: AppHarness,
  setup: (context: BrowserContext) => Promise<void>,
  opts: { query?: string; viewport?: { width: number; height: number } } = {},
) {
  const context = await h.browser.newContext({ viewport: opts.viewport ?? { width: 1366, height: 768 } });
  await context.addInitScript(() => {
    (window as unknown as { mapInspector: () => unknown }).mapInspector = () =>
      (document.querySelector('[data-testid="map"]') as HTMLElement & { inspector: unknown }).inspector;
  });
  await setup(context);
  const page = await context.newPage();
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.baseUrl + (opts.query ?? ''));
  await waitForMapReady(page);
  return { page, urls, errors, external: () => urls.filter((u) => u.startsWith('http') && !isLoopback(u)) };
}

async function saveKey(page: Page, key: string) {
  await openTab(page, 'layers');
  await page.getByTestId('basemap-key-open').click();
  await page.getByTestId('basemap-key-input').fill(key);
  await page.getByTestId('basemap-key-save').click();
}

/** Share of sampled map pixels in the mock tiles' blue (blended with the land wash or the mask). */
async function tileBlueShare(page: Page): Promise<number> {
  await waitForIdle(page);
  const png = PNG.sync.read(await page.getByTestId('map').screenshot());
  let blue = 0;
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4 * 53) {
    n++;
    if (png.data[i + 2]! - png.data[i]! > 120) blue++;
  }
  return blue / n;
}

async function download(page: Page, testId: string, name: string): Promise<Buffer> {
  const pending = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByTestId(testId).click();
  const file = join(mkdtempSync(join(tmpdir(), 'bm-')), name);
  await (await pending).saveAs(file);
  return readFileSync(file);
}

describe('basemaps', () => {
  it('with no network: the default load asks nothing of the internet; a basemap that cannot load falls back within 5 s', async () => {
    const { page, external, errors } = await openWith(harness(), offline, { query: '?c=109.36,24.27,12.5' });
    assert.deepEqual(external(), [], 'default load stays on the machine');
    await openTab(page, 'layers');
    assert.ok(await page.getByTestId('basemap-offline').isChecked());

    // click, not check: with no network the choice may fall back before the radio could be read.
    await page.getByTestId('basemap-osm').click();
    const started = Date.now();
    await page.getByTestId('notice').filter({ hasText: 'OpenStreetMap' }).waitFor({ timeout: 5000 });
    assert.ok(Date.now() - started < 5000);
    assert.match(await page.getByTestId('notice').last().innerText(), /离线底图/);
    assert.ok(await page.getByTestId('basemap-offline').isChecked(), 'back on the offline base');
    assert.ok(!(await visibleLayers(page)).some((id) => id.startsWith('basemap-osm')), 'OSM layer removed');

    // 天地图 needs a key: asked for first, then the fallback when the service is unreachable.
    await page.getByTestId('basemap-tdt-img').click();
    await page.getByTestId('basemap-key-dialog').waitFor();
    assert.ok(await page.getByTestId('basemap-offline').isChecked(), 'no switch without a key');
    await page.getByTestId('basemap-key-input').fill('not a key');
    await page.getByTestId('basemap-key-save').click();
    await page.getByTestId('basemap-key-error').waitFor();
    await page.getByTestId('basemap-key-input').fill(GOOD_KEY);
    await page.getByTestId('basemap-key-save').click();
    await page.getByTestId('basemap-key-dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('basemap-tdt-img').click();
    await page.getByTestId('notice').filter({ hasText: '天地图 影像' }).waitFor({ timeout: 5000 });
    assert.ok(await page.getByTestId('basemap-offline').isChecked());

    // The map stays usable.
    await openProjectOnMap(page, 'liunan-01');
    assert.ok(!page.url().includes(GOOD_KEY));
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('with the tile services mocked: tiles under the plan, credits and 审图号 on the map and the PNG, the key nowhere', async () => {
    const seen: string[] = [];
    const { page, external } = await openWith(
      harness(),
      async (c) => {
        await offline(c);
        await mockTileServices(c, seen);
        await deployConfig(c, { reviewNumber: REVIEW_NO });
      },
      {
        query:
          '?c=109.36,24.27,12.5&table=柳南区&layers=counties,rivers,railways,stations,airport,projects,road',
      },
    );
    assert.equal(await page.getByTestId('review-number').innerText(), `审图号：${REVIEW_NO}`);
    await openProjectOnMap(page, 'liunan-01');
    const layersBefore = await visibleLayers(page);
    assert.ok(
      layersBefore.some((l) => l.startsWith('plan-road')),
      'the road projects layer is on',
    );
    const blueBefore = await tileBlueShare(page);

    // A wrong key: the service refuses (403) and the app says so and falls back.
    await saveKey(page, BAD_KEY);
    // click, not check(): the refused tiles may switch back to the offline base before check() reads the state.
    await page.getByTestId('basemap-tdt-vec').click();
    await page.getByTestId('notice').filter({ hasText: '403' }).waitFor({ timeout: 5000 });

    await saveKey(page, GOOD_KEY);
    await page.getByTestId('basemap-tdt-vec').check();
    const blueAfter = await tileBlueShare(page);
    assert.ok(blueBefore < 0.01 && blueAfter > 0.3, `tiles drawn (${blueBefore} → ${blueAfter})`);
    const order = await page.evaluate(() => mapInspector().layerIds());
    assert.ok(order.indexOf('basemap-tdt-cva') < order.indexOf('counties-fill'), 'tiles under the plan');
    assert.ok(seen.some((u) => u.includes('/vec_w/wmts') && u.includes(`tk=${GOOD_KEY}`)));
    assert.ok(seen.some((u) => u.includes('/cva_w/wmts')));
    assert.ok(
      external().every((u) => /tianditu\.gov\.cn|openstreetmap\.org/.test(u)),
      'only tile hosts',
    );

    // The switch kept every plan layer, the filter and the selection.
    const layersAfter = (await visibleLayers(page)).filter((l) => !l.startsWith('basemap-'));
    assert.deepEqual(
      layersAfter,
      layersBefore.filter((l) => !l.startsWith('basemap-')),
    );
    await page.locator('[data-testid="feature-panel"][data-feature-id="liunan-01"]').waitFor();
    assert.match(decodeURIComponent(page.url()), /table=柳南区/);
    assert.match(page.url(), /bm=tdt-vec/);
    assert.match(await page.locator('.maplibregl-ctrl-attrib').innerText(), /国家地理信息公共服务平台/);

    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'basemap-tdt-mock-1366.png') });

    // PNG export: credits and 审图号 in the file, never the key.
    await openTab(page, 'export');
    const png = await download(page, 'export-png-1', 'map.png');
    const text = readPngText(new Uint8Array(png));
    assert.match(text.Copyright ?? '', /国家地理信息公共服务平台/);
    assert.ok((text.Copyright ?? '').includes(REVIEW_NO));
    assert.ok(!png.includes(GOOD_KEY), 'no key in the PNG');
    writeFileSync(join(SHOTS, 'basemap-export.png'), png);

    // A story file and a shared link never hold the key.
    await openTab(page, 'present');
    await page.getByTestId('add-step').click();
    const story = await download(page, 'story-export', 'story.json');
    assert.ok(!story.toString('utf8').includes(GOOD_KEY), 'no key in the story file');
    assert.ok(!page.url().includes(GOOD_KEY), 'no key in the link');

    // OSM through the same stand-in.
    await openTab(page, 'layers');
    await page.getByTestId('basemap-osm').check();
    assert.ok((await tileBlueShare(page)) > 0.3);
    assert.ok(seen.some((u) => u.startsWith('https://tile.openstreetmap.org/') && !u.includes('tk=')));
    assert.match(page.url(), /bm=osm/);

    // Remembered in this browser: a plain link opens on the last choice.
    await page.goto(harness().baseUrl);
    await waitForMapReady(page);
    await openTab(page, 'layers');
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="basemap-osm"]') as HTMLInputElement | null)?.checked,
    );
    await page.context().close();
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`draws the configured offline PMTiles basemap under the plan at city zoom (${viewport.width})`, async () => {
      const { page, external, errors } = await openWith(
        harness(),
        async (c) => {
          await offline(c);
          await deployConfig(c, { offlineBasemap: { url: 'basemap/liuzhou.pmtiles' } });
        },
        { query: '?c=109.41,24.33,11.5', viewport },
      );
      await openTab(page, 'layers');
      await page.getByTestId('basemap-offline-file').filter({ hasText: 'liuzhou.pmtiles' }).waitFor();
      await waitForIdle(page);
      const order = await page.evaluate(() => mapInspector().layerIds());
      assert.ok(order.indexOf('basemap-pm-water_river') >= 0, 'protomaps layers added');
      assert.ok(order.indexOf('basemap-pm-earth') < order.indexOf('counties-fill'), 'under the plan');
      const drawn = (layer: string) => page.evaluate((l) => mapInspector().renderedFeatureIds([l]), layer);
      assert.ok((await drawn('basemap-pm-earth')).length > 0, 'areas drawn');
      assert.ok((await drawn('basemap-pm-water_river')).length > 0, 'rivers drawn');
      assert.ok((await drawn('basemap-pm-roads_rail')).length > 0, 'railways drawn');
      assert.deepEqual(external(), [], 'the offline basemap needs no network');
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `basemap-pmtiles-${viewport.width}.png`) });
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }

  it('opens a PMTiles basemap from disk and refuses other files', async () => {
    const { page, external } = await openWith(harness(), offline, { query: '?c=109.41,24.33,11' });
    await openTab(page, 'layers');
    const bad = join(mkdtempSync(join(tmpdir(), 'bm-')), 'not.pmtiles');
    writeFileSync(bad, 'hello');
    await page.getByTestId('basemap-file-input').setInputFiles(bad);
    await page.getByTestId('notice').filter({ hasText: 'not.pmtiles' }).waitFor();
    await page.getByTestId('basemap-file-input').setInputFiles(FIXTURE);
    await page.getByTestId('basemap-offline-file').filter({ hasText: 'liuzhou-basemap-fixture' }).waitFor();
    await waitForIdle(page);
    const rivers = await page.evaluate(() => mapInspector().renderedFeatureIds(['basemap-pm-water_river']));
    assert.ok(rivers.length > 0);
    assert.deepEqual(external(), []);
    await page.context().close();
  });
});
