import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  camera,
  featureState,
  filterBy,
  openApp,
  openTab,
  projectsData,
  resultCount,
  resultIds,
  harnessPerFile,
  settle,
  switchLanguage,
  visibleLayers,
  visibleProjectIds,
  waitForIdle,
} from './driver';

const harness = harnessPerFile();

const all = projectsData().features;
const expected = (pred: (p: Record<string, unknown>) => boolean) =>
  all
    .filter((f) => pred(f.properties))
    .map((f) => f.properties.id)
    .sort();

describe('explore: filters, results, panels, statistics, links', () => {
  it('filtering by county and type gives the plan numbers; count = markers = list', async () => {
    const { page, errors } = await openApp(harness());
    assert.equal(await resultCount(page), 53);
    assert.equal((await visibleProjectIds(page)).length, 53);

    await filterBy(page, { county: ['鹿寨县'] });
    assert.equal(await resultCount(page), 5);
    // Each type option shows what it would yield within 鹿寨县; zero options stay, greyed.
    assert.equal(
      await page.getByTestId('option-type-商贸服务型').getByTestId('option-count').innerText(),
      '3',
    );
    const hub = page.getByTestId('option-type-国家物流枢纽');
    assert.equal(await hub.getByTestId('option-count').innerText(), '0');
    assert.match((await hub.getAttribute('class')) ?? '', /empty/);

    await filterBy(page, { type: ['商贸服务型'] });
    const want = expected((p) => p.table === '鹿寨县' && p.type === '商贸服务型');
    assert.deepEqual(want, ['luzhai-02', 'luzhai-03', 'luzhai-04']);
    assert.equal(await resultCount(page), 3);
    assert.deepEqual((await resultIds(page)).sort(), want);
    assert.deepEqual(await visibleProjectIds(page), want);

    // Adding a second county widens the result (multi-select).
    await filterBy(page, { county: ['柳江区'] });
    const want2 = expected((p) => (p.table === '鹿寨县' || p.table === '柳江区') && p.type === '商贸服务型');
    assert.equal(await resultCount(page), want2.length);
    assert.deepEqual(await visibleProjectIds(page), want2);

    await page.getByTestId('filters-clear').click();
    assert.equal(await resultCount(page), 53);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('answers "储备 in the three northern counties" and "cold chain in 柳江区"', async () => {
    const { page } = await openApp(harness());
    await filterBy(page, { county: ['融安县', '融水苗族自治县', '三江侗族自治县'], status: ['储备'] });
    const north = expected(
      (p) =>
        ['融安县', '融水苗族自治县', '三江侗族自治县'].includes(p.table as string) && p.status === '储备',
    );
    assert.deepEqual((await resultIds(page)).sort(), north);
    await page.getByTestId('filters-clear').click();
    await page.getByTestId('filter-text').fill('冷链');
    const cold = expected((p) =>
      JSON.stringify([p.name, p.summary, p.location_text, p.scale_text]).includes('冷链'),
    );
    assert.deepEqual((await resultIds(page)).sort(), cold);
    // Pinyin initials: 西鹅 → xe
    await page.getByTestId('filter-text').fill('xe');
    assert.ok((await resultIds(page)).includes('liunan-01'));
    await page.context().close();
  });

  it('land-area range filters on stated areas only', async () => {
    const { page } = await openApp(harness());
    await page.getByTestId('filter-area-min').fill('1000');
    await page.getByTestId('filter-area-min').press('Enter');
    const big = expected((p) => p.area_mu !== null && (p.area_mu as number) >= 1000);
    assert.deepEqual((await resultIds(page)).sort(), big);
    assert.deepEqual(await visibleProjectIds(page), big);
    await page.context().close();
  });

  it('the results list is synced with the map: hover, click to select and fly, sort', async () => {
    const { page } = await openApp(harness());
    const item = page.locator('[data-testid="result-item"][data-id="liujiang-06"] button');
    await item.hover();
    assert.equal((await featureState(page, 'projects', 'liujiang-06')).hover, true);
    await item.click();
    await page.locator('[data-testid="feature-panel"][data-feature-id="liujiang-06"]').waitFor();
    await settle(page);
    const cam = await camera(page);
    assert.ok(cam.zoom >= 11, `flew in (zoom ${cam.zoom})`);
    assert.ok(Math.abs(cam.center[0] - 109.38) < 0.2, 'centred on the project');
    // Sort by investment, descending: 柳州毅德城 (68 亿元) first.
    await page.getByTestId('results-sort').selectOption('investment');
    await page.getByTestId('results-sort-dir').click();
    assert.equal((await resultIds(page))[0], 'liujiang-02');
    await page.context().close();
  });

  it('side panels show related items: nearest rail-port site and port, projects inside a zone', async () => {
    const { page } = await openApp(harness(), { query: '?sel=projects/liujiang-06' });
    const panel = page.getByTestId('feature-panel');
    await panel.waitFor();
    assert.match(await panel.getByTestId('nearest-railport').innerText(), /公里|km/);
    assert.match(await panel.getByTestId('nearest-port').innerText(), /公里|km/);
    assert.ok((await panel.innerText()).includes('第'), 'citation line');
    // A project placed only by its district/county is measured from nowhere.
    await page.goto(`${harness().baseUrl}?sel=projects/liujiang-02`);
    await page.getByTestId('no-distance').waitFor();
    assert.equal(await page.getByTestId('nearest-railport').count(), 0);
    await page.goto(`${harness().baseUrl}?sel=structure/structure-liujiang`);
    await page.getByTestId('projects-inside').waitFor();
    const inside = await page.getByTestId('projects-inside').getByTestId('related-link').count();
    assert.equal(inside, expected((p) => p.admin_county === '柳江区').length);
    await page.getByTestId('projects-inside').getByTestId('related-link').first().click();
    await page.locator('[data-testid="feature-panel"][data-feature-id^="liujiang-"]').waitFor();
    await page.context().close();
  });

  it('statistics follow the filter, and clicking a cell applies it', async () => {
    const { page } = await openApp(harness());
    await openTab(page, 'stats');
    assert.equal(await page.getByTestId('stats-count').innerText(), '53');
    assert.ok(
      (await page.getByTestId('targets-table').innerText()).includes('7,603'),
      'the 2025 targets, as stated',
    );
    await page.getByTestId('stats-cell-鹿寨县-商贸服务型').click();
    assert.equal(await resultCount(page), 3);
    assert.equal(await page.getByTestId('stats-count').innerText(), '3');
    const area = all
      .filter((f) => ['luzhai-02', 'luzhai-03', 'luzhai-04'].includes(f.properties.id))
      .reduce((a, f) => a + (f.properties.area_mu as number), 0);
    assert.ok(
      (await page.getByTestId('stats-area').innerText()).includes(area.toLocaleString('zh-CN')),
      `area total ${area}`,
    );
    await page.getByTestId('stats-bar-在建').click();
    assert.equal(
      await resultCount(page),
      expected((p) => p.table === '鹿寨县' && p.type === '商贸服务型' && p.status === '在建').length,
    );
    await page.context().close();
  });

  it('a copied link reproduces the view; back and forward work', async () => {
    const { page } = await openApp(harness());
    await filterBy(page, { county: ['柳南区'], status: ['在建'] });
    await openTab(page, 'layers');
    await page.getByTestId('layer-toggle-road').check();
    await page.getByTestId('layer-toggle-rivers').uncheck();
    await page.locator('[data-testid="result-count"]').click(); // no-op; keeps focus off inputs
    await openTab(page, 'filters');
    await page.locator('[data-testid="result-item"][data-id="liunan-01"] button').click();
    await settle(page);
    await switchLanguage(page);
    const url = page.url();
    const before = { ids: await resultIds(page), cam: await camera(page), layers: await visibleLayers(page) };

    const { page: copy } = await openApp(harness(), { query: new URL(url).search });
    assert.deepEqual(await resultIds(copy), before.ids);
    assert.equal(await copy.getByTestId('app-title').innerText(), 'Liuzhou Logistics Plan Map');
    await copy.locator('[data-testid="feature-panel"][data-feature-id="liunan-01"]').waitFor();
    const cam = await camera(copy);
    assert.ok(
      Math.abs(cam.zoom - before.cam.zoom) < 0.05 && Math.abs(cam.center[0] - before.cam.center[0]) < 0.001,
    );
    assert.deepEqual((await visibleLayers(copy)).sort(), before.layers.sort());
    await copy.context().close();

    // Back undoes the language switch, then the selection.
    await page.goBack();
    assert.equal(await page.getByTestId('app-title').innerText(), '柳州物流规划一张图');
    await page.goBack();
    await page.waitForFunction(() => !document.querySelector('[data-testid="feature-panel"]'));
    await page.goForward();
    await page.locator('[data-testid="feature-panel"][data-feature-id="liunan-01"]').waitFor();
    await page.context().close();
  });

  it('a malformed link never crashes: it shows a dismissible notice and ignores the bad parts', async () => {
    const { page, errors } = await openApp(harness(), {
      query: '?county=鹿寨县,火星&c=999,1,2&sel=projects/nope&foo=1&type=商贸服务型',
    });
    const notice = page.getByTestId('notice');
    await notice.first().waitFor();
    const text = (await notice.allInnerTexts()).join(' ');
    // Each setting is named by its parameter, alone (“foo”) or after its name in words (地图视图（c）).
    for (const p of ['county', 'c', 'foo', 'sel'])
      assert.ok(text.includes(`“${p}”`) || text.includes(`（${p}）`), `notice names ${p}: ${text}`);
    assert.equal(
      await resultCount(page),
      expected((p) => p.type === '商贸服务型').length,
      'the valid type filter still applies',
    );
    const n = await notice.count();
    await notice.first().getByRole('button').click();
    await page.waitForFunction(
      (before) => document.querySelectorAll('[data-testid="notice"]').length === before - 1,
      n,
    );
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('layers: toggle and opacity change the map; legends and quality notes are shown', async () => {
    const { page } = await openApp(harness());
    await openTab(page, 'layers');
    assert.ok((await page.getByTestId('layer-row-road').innerText()).includes('示意'));
    await page.getByTestId('layer-toggle-structure').uncheck();
    await waitForIdle(page);
    assert.ok(!(await visibleLayers(page)).includes('plan-structure-fill'));
    await page.getByTestId('layer-toggle-structure').check();
    await page.getByTestId('layer-opacity-structure').fill('40');
    await waitForIdle(page);
    assert.ok((await visibleLayers(page)).includes('plan-structure-fill'));
    assert.ok(page.url().includes('opacity=structure:0.4'));
    await page.context().close();
  });

  it('the language toggle switches every visible label of the interface', async () => {
    const { page } = await openApp(harness());
    await switchLanguage(page);
    const chrome = async () =>
      [
        await page.getByTestId('sidebar').locator('[role="tab"]').allInnerTexts(),
        await page.getByTestId('result-count').innerText(),
        await page.locator('.facet legend').allInnerTexts(),
        await page.getByTestId('facet-type').locator('.option-label').allInnerTexts(),
        await page.getByTestId('facet-status').locator('.option-label').allInnerTexts(),
        await page.getByTestId('results-sort').locator('option').allInnerTexts(),
        await page.locator('.results-head h2').innerText(),
        await page.getByTestId('filters-clear').innerText(),
      ].flat();
    const hasHan = (s: string) => /\p{Script=Han}/u.test(s);
    const english = await chrome();
    assert.deepEqual(english.filter(hasHan), [], 'no Chinese left in the interface chrome');
    await openTab(page, 'layers');
    const layerTitles = await page.locator('.layer-category legend, .group-title').allInnerTexts();
    assert.deepEqual(layerTitles.filter(hasHan), []);
    // Notes joined in running text take English punctuation (the water group has two).
    const notes = await page.locator('.quality-note').allInnerTexts();
    assert.ok(
      notes.includes('includes approximate locations; includes schematic alignments'),
      notes.join(' | '),
    );
    assert.deepEqual(
      notes.filter((n) => /[；、，：]/.test(n)),
      [],
    );
    await openTab(page, 'stats');
    assert.ok((await page.getByTestId('stats-panel').innerText()).includes('Projects'));
    await page.context().close();
  });

  it('is operable by keyboard: tabs with arrows, a result with Enter', async () => {
    const { page } = await openApp(harness());
    await page.getByTestId('tab-filters').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-layers');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="result-item"][data-id="liunan-02"] button').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="feature-panel"][data-feature-id="liunan-02"]').waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      'feature-title',
      'focus moves to the panel',
    );
    await page.context().close();
  });

  it('works on a tablet: the sidebar folds away and the map stays usable', async () => {
    const { page } = await openApp(harness(), { viewport: { width: 820, height: 1180 } });
    const box = (await page.getByTestId('map').boundingBox())!;
    assert.ok(box.width > 700, 'map uses the width');
    await page.getByTestId('sidebar-toggle').click();
    assert.equal(await page.getByTestId('sidebar').count(), 0);
    await page.getByTestId('sidebar-toggle').click();
    assert.equal(await resultCount(page), 53);
    await page.context().close();
  });
});
