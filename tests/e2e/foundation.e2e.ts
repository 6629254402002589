import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import {
  exposeMapInspector,
  openApp,
  openTab,
  renderedFeatures,
  harnessPerFile,
  switchLanguage,
  visibleLayers,
  zoomIn,
} from './driver';
import { FIRST_PAINT_CAP_MS } from '../../src/map/firstPaint';
import { FIT_PADDING } from '../../src/map/camera';
import { CITY_BOUNDS } from '../../src/domain/geography';

const harness = harnessPerFile();

describe('foundation: the offline base map', () => {
  // One page for the default view: the read-only check first, then the one that zooms.
  describe('the default view', () => {
    let app: Awaited<ReturnType<typeof openApp>>;
    before(async () => {
      app = await openApp(harness());
    });
    after(() => app?.page.context().close());

    it('draws a map, not a blank canvas', async () => {
      const { page } = app;
      const png = PNG.sync.read(await page.getByTestId('map').screenshot());
      const colours = new Set<number>();
      for (let i = 0; i < png.data.length; i += 4 * 97) {
        colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
      }
      assert.ok(colours.size > 20, `the map shows varied colours (${colours.size})`);
    });

    it('frames the whole city for the map as it is laid out, not as it was when the map was built', async () => {
      // The map is built in the page shell before the panels render (ui/mapStart): a shell laid out
      // unlike the app would fit the city to the wrong size.
      const { page } = app;
      const box = (await page.getByTestId('map').boundingBox())!;
      const [w, s, e, n] = CITY_BOUNDS;
      const [nw, se] = await page.evaluate(
        ([a, b]) => [mapInspector().project(a), mapInspector().project(b)],
        [
          [w, n],
          [e, s],
        ] as [[number, number], [number, number]],
      );
      const across = (se!.x - nw!.x) / (box.width - FIT_PADDING.left - FIT_PADDING.right);
      const down = (se!.y - nw!.y) / (box.height - FIT_PADDING.top - FIT_PADDING.bottom);
      const fit = Math.max(across, down);
      assert.ok(fit > 0.98 && fit < 1.02, `the city fills the map's width or height: ${across}, ${down}`);
    });

    it('opens the whole city with all base layers, and no request leaves the machine', async () => {
      const { page, requests, errors } = app;
      const visible = await visibleLayers(page);
      for (const id of [
        'counties-fill',
        'place-labels',
        'rivers-ne-line',
        'railways-casing',
        'stations-circle',
        'airport-circle',
      ]) {
        assert.ok(visible.includes(id), `layer ${id} should be visible`);
      }
      // Every county and the two large districts are named; 城中区 and 鱼峰区 give way where crowded.
      await renderedFeatures(page, ['place-labels']);
      const names = await page.evaluate(() => mapInspector().renderedProperty(['place-labels'], 'text'));
      const counties = [
        '柳南区',
        '柳北区',
        '柳江区',
        '柳城县',
        '鹿寨县',
        '融安县',
        '融水苗族自治县',
        '三江侗族自治县',
      ];
      for (const n of counties) assert.ok(names.includes(n), `${n} is named, got ${names.join(',')}`);
      assert.ok((await renderedFeatures(page, ['airport-circle'])).length === 1, 'airport drawn');
      assert.ok((await renderedFeatures(page, ['stations-circle'])).length >= 20, 'stations drawn');
      assert.ok((await renderedFeatures(page, ['railways-casing'])).length >= 5, 'railways drawn');
      assert.ok((await renderedFeatures(page, ['rivers-ne-line'])).length >= 3, 'rivers drawn');

      const attribution = await page.locator('.maplibregl-ctrl-attrib').innerText();
      for (const credit of ['OpenStreetMap', 'Natural Earth', 'GSHHG', 'OurAirports']) {
        assert.ok(attribution.includes(credit), `attribution shows ${credit}`);
      }
      await page.locator('.maplibregl-ctrl-scale').waitFor();
      await page.locator('.maplibregl-ctrl-fullscreen').waitFor();

      // Interact a little, then check every request stayed on localhost.
      await zoomIn(page, 2);
      assert.deepEqual(requests.external(), [], 'no request may leave localhost');
      assert.ok(
        requests.urls.some((u) => u.endsWith('.geojson')),
        'data was loaded locally',
      );
      assert.deepEqual(errors, []);
    });

    it('draws the same pixels with shared tile clipping masks as with one set per source', async () => {
      const { page } = app;
      const shot = async () => PNG.sync.read(await page.getByTestId('map').screenshot());
      const masks = () => page.evaluate(() => mapInspector().tileMasks());
      const differing = (a: PNG, b: PNG) => {
        let n = 0;
        for (let i = 0; i < a.data.length; i += 4)
          if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2])
            n++;
        return n;
      };
      for (const zoomSteps of [0, 3]) {
        await zoomIn(page, zoomSteps);
        const start = await masks();
        await page.evaluate(() => mapInspector().whenIdle());
        const shared = await shot();
        const mid = await masks();
        await page.evaluate(() => mapInspector().shareTileMasks(false));
        const own = await shot();
        const end = await masks();
        await page.evaluate(() => mapInspector().shareTileMasks(true));
        assert.equal(differing(shared, own), 0, `same pixels after zooming in ${zoomSteps} steps`);
        // Shared: about one set per frame; MapLibre's own: one per change of source (≈ 20 a frame).
        const sharedSets = mid.drawn - start.drawn;
        const ownSets = end.drawn - mid.drawn;
        assert.ok(mid.reused > start.reused, 'masks were reused');
        assert.ok(sharedSets >= 1 && ownSets >= 5 * sharedSets, `sets drawn: ${sharedSets} vs ${ownSets}`);
      }
    });
  });

  it('paints the first picture complete: no frame of half-loaded data, no locale data or PMTiles reader loaded for it', async () => {
    const context = await harness().browser.newContext({ viewport: { width: 1366, height: 768 } });
    await exposeMapInspector(context);
    // Draw calls per painted frame, counted at the WebGL calls themselves.
    await context.addInitScript(() => {
      const frames: number[] = [];
      const times: number[] = [];
      Object.assign(window, { drawsPerFrame: frames, frameTimes: times });
      let draws = 0;
      const proto = WebGL2RenderingContext.prototype as unknown as Record<
        string,
        (...a: unknown[]) => unknown
      >;
      for (const k of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced']) {
        const f = proto[k]!;
        proto[k] = function (this: unknown, ...a: unknown[]) {
          draws++;
          return f.apply(this, a);
        };
      }
      // The page's first Intl number format, collator or localeCompare loads locale data (tens of
      // ms of the main thread): each use before the map is ready is noted.
      const localeUses: string[] = [];
      Object.assign(window, { localeUses });
      // Functions only as assigned members: the test runner's compiler names other ones with a helper
      // that the page lacks.
      const ready = '[data-map-ready="true"]';
      for (const k of ['NumberFormat', 'Collator', 'PluralRules', 'DateTimeFormat'] as const) {
        const C = Intl[k] as unknown as new (...a: unknown[]) => object;
        const trap: ProxyHandler<typeof C> = {};
        trap.construct = (target, args) => {
          if (!document.querySelector(ready)) localeUses.push(`Intl.${k}`);
          return Reflect.construct(target, args);
        };
        (Intl as unknown as Record<string, unknown>)[k] = new Proxy(C, trap);
      }
      const compare = String.prototype.localeCompare;
      String.prototype.localeCompare = function (this: string, ...a: Parameters<typeof compare>) {
        if (!document.querySelector(ready)) localeUses.push('localeCompare');
        return compare.apply(this, a);
      };
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) =>
        raf((t) => {
          const before = draws;
          cb(t);
          if (draws === before) return;
          frames.push(draws - before);
          times.push(performance.now());
        });
    });
    const page = await context.newPage();
    // The PMTiles reader is asked for only when a PMTiles basemap is used (map/basemap).
    const asked: string[] = [];
    page.on('request', (r) => asked.push(r.url()));
    await page.goto(harness().baseUrl);
    await page.locator('[data-map-ready="true"]').waitFor({ timeout: 120_000 });
    const drawn = () =>
      page.evaluate(() => [...(window as unknown as { drawsPerFrame: number[] }).drawsPerFrame]);
    const frames = await drawn();
    assert.deepEqual(
      await page.evaluate(() => [...new Set((window as unknown as { localeUses: string[] }).localeUses)]),
      [],
      'the first open formats and orders without Intl (see i18n/amounts, domain/codeOrder)',
    );
    assert.deepEqual(
      asked.filter((u) => /pmtiles/i.test(u)),
      [],
      'the first open loads no PMTiles reader',
    );
    // The map waits for the whole picture up to a cap from the sources going in; on a machine too
    // busy to load within it, it paints what it has.
    const { times, capAt } = await page.evaluate(
      (cap) => ({
        times: (window as unknown as { frameTimes: number[] }).frameTimes,
        capAt: performance.getEntriesByName('lz:specs-applied')[0]!.startTime + cap,
      }),
      FIRST_PAINT_CAP_MS,
    );
    // The whole picture, as any later frame draws it: one more frame, asked for after ready.
    await page.evaluate(() => mapInspector().whenIdle());
    const whole = (await drawn()).at(-1)!;
    assert.ok(whole > 20, `a later frame draws the data: ${whole}`);
    assert.equal(
      frames.at(-1),
      whole,
      `the frame that made the map ready is the whole picture: ${frames.join(',')}`,
    );
    // Before it, frames may draw the background alone (a few tiles), never part of the data.
    assert.deepEqual(
      frames.filter((n, i) => n !== whole && n * 5 > whole && times[i]! < capAt),
      [],
      `no partial frame: ${frames.join(',')} (whole picture ${whole})`,
    );
    assert.ok(
      frames.filter((n) => n === whole).length <= 2,
      `the whole picture once or twice: ${frames.join(',')}`,
    );
    await context.close();
  });

  it('hides the coarse 1:10M rivers when zoomed into the city centre', async () => {
    const { page } = await openApp(harness());
    assert.ok((await renderedFeatures(page, ['rivers-ne-line'])).length > 0);
    await zoomIn(page, 4);
    assert.deepEqual(await renderedFeatures(page, ['rivers-ne-line', 'rivers-gshhg-line']), []);
    await page.context().close();
  });

  it('switches the interface language', async () => {
    const { page } = await openApp(harness());
    // The map's region and canvas are named for screen readers, in the interface language.
    const mapNames = () =>
      page.evaluate(() =>
        [document.querySelector('[data-testid="map"]'), document.querySelector('.maplibregl-canvas')].map(
          (el) => el?.getAttribute('aria-label'),
        ),
      );
    assert.equal(await page.getByTestId('app-title').innerText(), '柳州物流规划一张图');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    assert.deepEqual(await mapNames(), ['柳州市地图', '柳州市地图']);
    await switchLanguage(page);
    assert.equal(await page.getByTestId('app-title').innerText(), 'Liuzhou Logistics Plan Map');
    assert.deepEqual(await mapNames(), ['Map of Liuzhou', 'Map of Liuzhou']);
    await openTab(page, 'layers');
    assert.ok((await page.getByTestId('layer-panel').innerText()).includes('High-speed railway'));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    // English quotation marks and apostrophes are Latin ones, not the CJK font's full-width ones
    // ("plan’s" read as "plan ’ s"); Chinese passages marked as such keep theirs.
    const [enQuote, zhQuote] = (await page.evaluate(`(() => {
      const width = (lang) => {
        const s = document.createElement('span');
        s.textContent = '’';
        s.style.position = 'absolute'; // its own width, not the panel's
        if (lang) s.lang = lang;
        document.querySelector('.sidebar').append(s);
        const w = s.getBoundingClientRect().width;
        s.remove();
        return w;
      };
      return [width(''), width('zh-CN')];
    })()`)) as [number, number];
    assert.ok(enQuote < 8, `English apostrophe ${enQuote} px wide`);
    assert.ok(zhQuote > 12, `Chinese quotation mark ${zhQuote} px wide`);
    await page.context().close();
    // A link in English names the map in English from the start.
    const en = await openApp(harness(), { query: '?lang=en' });
    assert.deepEqual(
      await en.page.evaluate(() => document.querySelector('.maplibregl-canvas')?.getAttribute('aria-label')),
      'Map of Liuzhou',
    );
    await en.page.context().close();
  });
});
