/**
 * A planner's first hour: links that keep filters, slides that frame and read right, honest
 * markers, a map that follows, words in the user's language, exports with coordinates.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  camera,
  clickMapAt,
  filterBy,
  harnessPerFile,
  openApp,
  openProjectOnMap,
  openTab,
  projectsData,
  renderedFeatures,
  resultCount,
  settle,
  visibleLayers,
  visibleProjectIds,
  waitForIdle,
} from './driver';

const harness = harnessPerFile();
const all = projectsData().features;
const countyLevel = all.filter((f) => f.properties.placement_scope === 'county');
const sited = all.filter((f) => f.properties.placement_scope !== 'county');

const counties = JSON.parse(readFileSync('data/base/counties.geojson', 'utf8')) as {
  features: Array<{ properties: { name: string }; geometry: { type: string; coordinates: unknown } }>;
};
function countyBox(name?: string): [number, number, number, number] {
  const pts: number[][] = [];
  const walk = (c: unknown) =>
    Array.isArray(c) && typeof c[0] === 'number' ? pts.push(c as number[]) : (c as unknown[]).forEach(walk);
  for (const f of counties.features) if (!name || f.properties.name === name) walk(f.geometry.coordinates);
  const xs = pts.map((p) => p[0]!);
  const ys = pts.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const project = (page: Page, ll: [number, number]) => page.evaluate((p) => mapInspector().project(p), ll);

async function gotoStep(page: Page, n: number, id: string) {
  await page.keyboard.type(String(n));
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (want) =>
      document.querySelector('[data-testid="step-title-display"]')?.getAttribute('data-step-id') === want,
    id,
  );
  await settle(page);
}

describe('first hour: links and history (1)', () => {
  it('a copied link reopens with the same filters, selection, layers and camera; Back steps through filters', async () => {
    const { page, errors } = await openApp(harness(), { reducedMotion: true });
    await filterBy(page, { county: ['鹿寨县', '柳江区'] });
    await filterBy(page, { type: ['商贸服务型'] });
    await page.getByTestId('filter-text').fill('物流');
    await page.getByTestId('filter-area-min').fill('10');
    await page.getByTestId('filter-area-min').press('Enter');
    const count = await resultCount(page);
    assert.ok(count > 0 && count < 53, `filtered to ${count}`);
    await page.getByTestId('result-item').first().locator('button').click();
    const sel = await page.getByTestId('feature-panel').getAttribute('data-feature-id');
    await openTab(page, 'layers');
    await page.getByTestId('layer-toggle-road').check();
    await settle(page);
    const cam = await camera(page);
    const layers = (await visibleLayers(page)).sort();
    const url = page.url();
    for (const p of ['table=', 'type=', 'q=', 'area=', 'sel=', 'c='])
      assert.ok(url.includes(p), `${p} in ${url}`);

    const { page: fresh } = await openApp(harness(), {
      query: url.slice(url.indexOf('?')),
      reducedMotion: true,
    });
    assert.equal(await resultCount(fresh), count);
    assert.equal(await fresh.getByTestId('feature-panel').getAttribute('data-feature-id'), sel);
    assert.deepEqual((await visibleLayers(fresh)).sort(), layers);
    const cam2 = await camera(fresh);
    assert.ok(Math.abs(cam2.zoom - cam.zoom) < 0.05, 'zoom');
    assert.ok(
      Math.abs(cam2.center[0] - cam.center[0]) < 0.001 && Math.abs(cam2.center[1] - cam.center[1]) < 0.001,
    );

    // Back undoes the layer, the selection, then the filters one by one.
    await fresh.close();
    for (let i = 0; i < 6 && (await resultCount(page)) === count; i++) await page.goBack();
    assert.notEqual(await resultCount(page), count, 'Back reaches a filter change');
    assert.ok(page.url().includes('table='), 'still inside the app');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('first hour: presentation (2, 3)', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
    { width: 1280, height: 720 },
  ]) {
    it(`frames each subject beside the slide at ${viewport.width}×${viewport.height}; Esc returns exactly`, async () => {
      const { page } = await openApp(harness(), { viewport, reducedMotion: true });
      await filterBy(page, { county: ['柳北区'] });
      await openTab(page, 'layers');
      await page.getByTestId('layer-toggle-road').check();
      await settle(page);
      const before = {
        at: await project(page, [109.4, 24.3]),
        count: await resultCount(page),
        layers: (await visibleLayers(page)).sort(),
      };
      await openTab(page, 'present');
      await page.getByTestId('start-tour').click();
      await page.getByTestId('presentation').waitFor();
      await settle(page);
      const free = async () => {
        const box = (await page.getByTestId('caption-box').boundingBox())!;
        const map = (await page.getByTestId('map').boundingBox())!;
        return { left: box.x + box.width - map.x, right: map.width, top: 0, bottom: map.height };
      };
      const inside = async (b: [number, number, number, number], what: string) => {
        const f = await free();
        const sw = await project(page, [b[0], b[1]]);
        const ne = await project(page, [b[2], b[3]]);
        assert.ok(sw.x >= f.left - 2, `${what}: west edge ${sw.x} right of the slide text ${f.left}`);
        assert.ok(
          ne.x <= f.right + 2 && ne.y >= f.top - 2 && sw.y <= f.bottom + 2,
          `${what}: inside the map`,
        );
        // Centred in the free part, and filling a fair share of it.
        const cx = (sw.x + ne.x) / 2;
        const mid = (f.left + f.right) / 2;
        assert.ok(Math.abs(cx - mid) < (f.right - f.left) * 0.12, `${what}: centred (${cx} vs ${mid})`);
        assert.ok(
          ne.x - sw.x > (f.right - f.left) * 0.25 || sw.y - ne.y > (f.bottom - f.top) * 0.5,
          `${what}: large`,
        );
      };
      await inside(countyBox(), 'overview');
      // The step legend holds only the step's layers; a table step lists its projects.
      const legendGroups = await page
        .getByTestId('slide-legend')
        .locator('li')
        .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-group')))]);
      assert.ok(legendGroups.includes('projects') && !legendGroups.includes('road'), String(legendGroups));
      const steps = await page.evaluate(
        () => document.querySelector('[data-testid="step-progress"]')!.textContent,
      );
      // The plan's 22 steps, then the implementation steps.
      const total = Number(/\/\s*(\d+)/.exec(steps ?? '')?.[1]);
      assert.ok(total >= 22, `tour length: ${steps}`);
      await gotoStep(page, 18, 'projects-鹿寨县');
      await inside(countyBox('鹿寨县'), '鹿寨县');
      assert.equal(
        await page.getByTestId('slide-projects').locator('tbody tr').count(),
        all.filter((f) => f.properties.table === '鹿寨县').length,
      );
      // Labels and markers are larger in presentation mode (through the layer specs).
      const size = await page.evaluate(() => mapInspector().layoutProperty('projects-label', 'text-size'));
      assert.ok(Number(size) > 11 * 1.3, `label size ${size}`);
      // The targets slide fits without scrolling.
      await gotoStep(page, 22, 'targets');
      const fits = await page.getByTestId('caption-box').evaluate((el) => ({
        fits: el.scrollHeight <= el.clientHeight + 1,
        bottom: el.getBoundingClientRect().bottom,
      }));
      assert.ok(fits.fits && fits.bottom <= viewport.height, 'targets slide fits');
      await page.keyboard.press('Escape');
      await page.getByTestId('sidebar').waitFor();
      await settle(page);
      const after = await project(page, [109.4, 24.3]);
      assert.ok(Math.hypot(after.x - before.at.x, after.y - before.at.y) < 3, 'camera back within 3 px');
      assert.equal(await resultCount(page), before.count);
      assert.deepEqual((await visibleLayers(page)).sort(), before.layers);
      await page.screenshot({ path: `tmp-shots/e2e-esc-${viewport.width}.png` }).catch(() => undefined);
      await page.close();
    });
  }
});

describe('first hour: honest markers (5, 6)', () => {
  it('county-level projects are a count badge per district/county that opens a list, never a pin', async () => {
    const { page, errors } = await openApp(harness(), { reducedMotion: true });
    assert.ok(countyLevel.length > 20, 'data marks county-level projects');
    const pins = await renderedFeatures(page, ['projects-point']);
    for (const f of countyLevel) assert.ok(!pins.includes(f.properties.id), `${f.properties.id} has no pin`);
    assert.equal(pins.length, sited.length);
    assert.equal((await visibleProjectIds(page)).length, 53, 'badges account for the rest');
    const byCounty = new Map<string, number>();
    for (const f of countyLevel)
      byCounty.set(
        String(f.properties.admin_county),
        (byCounty.get(String(f.properties.admin_county)) ?? 0) + 1,
      );
    const badges = await renderedFeatures(page, ['projects-badge']);
    assert.equal(badges.length, byCounty.size);
    // Expand one: 鹿寨县's badge lists its county-level projects.
    const luzhai = countyLevel.filter((f) => f.properties.admin_county === '鹿寨县');
    const seat = luzhai[0]!.geometry.coordinates as [number, number];
    const mean: [number, number] = [
      luzhai.reduce((s, f) => s + f.geometry.coordinates[0]!, 0) / luzhai.length,
      luzhai.reduce((s, f) => s + f.geometry.coordinates[1]!, 0) / luzhai.length,
    ];
    assert.ok(seat);
    await clickMapAt(page, mean);
    const chooser = page.getByTestId('map-chooser');
    if (await chooser.isVisible()) await chooser.locator('[data-source="countybadges"]').click();
    await page.getByTestId('badge-projects').waitFor();
    assert.equal(await page.getByTestId('badge-projects').locator('li').count(), luzhai.length);
    assert.match(await page.getByTestId('feature-panel').innerText(), /位置仅到区县/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a click on overlapping features opens a chooser listing them', async () => {
    const { page } = await openApp(harness(), { reducedMotion: true });
    await waitForIdle(page);
    // Find two drawn project pins within a few pixels of each other at the overview.
    const pts = await page.evaluate(
      (list) => list.map((f) => ({ id: f.id, ...mapInspector().project(f.ll) })),
      sited.map((f) => ({ id: f.properties.id, ll: f.geometry.coordinates as [number, number] })),
    );
    let pair: [(typeof pts)[number], (typeof pts)[number]] | null = null;
    for (const a of pts)
      for (const b of pts) if (a.id < b.id && Math.hypot(a.x - b.x, a.y - b.y) < 5) pair ??= [a, b];
    assert.ok(pair, 'two pins overlap at the overview');
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + (pair[0].x + pair[1].x) / 2, box.y + (pair[0].y + pair[1].y) / 2);
    await page.getByTestId('map-chooser').waitFor();
    const ids = await page
      .getByTestId('chooser-item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    assert.ok(ids.includes(pair[0].id) && ids.includes(pair[1].id), `${ids}`);
    await page.locator(`[data-testid="chooser-item"][data-id="${pair[1].id}"]`).click();
    await page.locator(`[data-testid="feature-panel"][data-feature-id="${pair[1].id}"]`).waitFor();
    assert.equal(await page.getByTestId('map-chooser').count(), 0);
    await page.close();
  });
});

describe('first hour: the map follows (7, 8)', () => {
  it('zoom to results frames the filtered projects; related links move the camera', async () => {
    const { page } = await openApp(harness(), { reducedMotion: true });
    const start = await camera(page);
    await filterBy(page, { county: ['柳东新区'] });
    await page.getByTestId('results-zoom').click();
    await settle(page);
    const cam = await camera(page);
    assert.ok(cam.zoom > start.zoom + 1, `zoomed in (${start.zoom} → ${cam.zoom})`);
    const map = (await page.getByTestId('map').boundingBox())!;
    for (const f of all.filter((x) => x.properties.table === '柳东新区')) {
      const p = await project(page, f.geometry.coordinates as [number, number]);
      assert.ok(p.x >= 0 && p.y >= 0 && p.x <= map.width && p.y <= map.height, `${f.properties.id} in view`);
    }
    // Auto-zoom on facet change, when asked for.
    await page.getByTestId('results-autozoom').check();
    await filterBy(page, { county: ['三江侗族自治县'] });
    await settle(page);
    const p = await project(
      page,
      all.find((x) => x.properties.table === '三江侗族自治县')!.geometry.coordinates as [number, number],
    );
    assert.ok(p.x >= 0 && p.y >= 0 && p.x <= map.width && p.y <= map.height, 'auto-zoom shows 三江');
    // A related link moves the map to the item it names.
    await page.getByTestId('filters-clear').click();
    await page.getByTestId('result-item').first().locator('button').click();
    const before = await camera(page);
    await page.getByTestId('nearest-port').getByTestId('related-link').click();
    await settle(page);
    assert.notDeepEqual(await camera(page), before);
    await page.close();
  });

  it('tabs keep their scroll; Esc closes the panel; skip link; 24px targets on a tablet', async () => {
    const { page } = await openApp(harness(), {
      viewport: { width: 1024, height: 768 },
      reducedMotion: true,
    });
    const panel = page.getByTestId('tabpanel');
    await panel.evaluate((el) => (el.scrollTop = 400));
    await openTab(page, 'layers');
    await page.getByTestId('layer-row-road').waitFor();
    await panel.evaluate((el) => (el.scrollTop = 120));
    const layersScroll = await panel.evaluate((el) => el.scrollTop);
    assert.ok(layersScroll > 0, 'the layer list scrolls');
    await openTab(page, 'filters');
    await page.waitForTimeout(100);
    assert.ok(Math.abs((await panel.evaluate((el) => el.scrollTop)) - 400) < 2, 'filters scroll kept');
    await openTab(page, 'layers');
    await page.waitForTimeout(100);
    assert.ok(
      Math.abs((await panel.evaluate((el) => el.scrollTop)) - layersScroll) < 2,
      'layers scroll kept',
    );
    await openTab(page, 'filters');
    await page.getByTestId('filter-text').focus();
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
      'skip-to-results',
    );
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'results-title');
    await openProjectOnMap(page, sited[0]!.properties.id);
    await page.keyboard.press('Escape');
    await page.getByTestId('feature-panel').waitFor({ state: 'detached' });
    // Touch targets: every control in the sidebar is at least 24 × 24 CSS px.
    for (const tab of ['filters', 'layers', 'stats', 'present', 'export'] as const) {
      await openTab(page, tab);
      await page.waitForTimeout(150);
      const small = await page.getByTestId('sidebar').evaluate((root) =>
        [
          ...root.querySelectorAll(
            // Check boxes and radio buttons are reached through their whole label (the target).
            'button, select, input:not([type="checkbox"]):not([type="radio"]), label:has(input[type="checkbox"]), label:has(input[type="radio"]), a',
          ),
        ]
          .filter((e) => (e as HTMLElement).offsetParent !== null)
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.width < 24 || r.height < 24)
          .map(
            ({ e, r }) =>
              `${e.tagName}.${(e as HTMLElement).className} ${e.textContent?.slice(0, 12)} ${Math.round(r.width)}×${Math.round(r.height)}`,
          ),
      );
      assert.deepEqual(small, [], `${tab}: small targets`);
    }
    await page.close();
  });
});

describe('first hour: words and exports (9, 10, 11)', () => {
  it('English panels: basis in English or marked (中文), no file names, amounts read naturally, stats fit', async () => {
    const withMoney = all.find((f) => f.properties.investment_yi !== null)!;
    const { page } = await openApp(harness(), {
      query: `?lang=en&sel=projects/${withMoney.properties.id}`,
      reducedMotion: true,
    });
    await page.getByTestId('feature-panel').waitFor();
    const text = await page.getByTestId('feature-panel').innerText();
    assert.doesNotMatch(text, /\.txt|\.geojson|data\//, 'no file names');
    assert.doesNotMatch(text, /100 million yuan/);
    assert.match(text, /(million|billion) yuan/);
    await page.getByTestId('feature-panel').locator('.quality summary').click();
    // The English basis is shown (Chinese place names inside it stay as written), else the Chinese one marked.
    const basis = await page.getByTestId('quality-basis').innerText();
    const en = String(withMoney.properties.location_basis_en ?? '');
    assert.ok(en ? basis.includes(en.slice(0, 40)) : basis.includes('(中文)'), basis);
    const labelsFit = () =>
      page
        .getByTestId('feature-panel')
        .evaluate((el) =>
          [...el.querySelectorAll('.field dt')].flatMap((dt) =>
            dt.scrollWidth > dt.clientWidth + 1 ? [dt.textContent] : [],
          ),
        );
    assert.deepEqual(await labelsFit(), [], 'every field label fits its column');
    // The search box's hint is read whole, not cut off at the box's edge.
    const hint = await page.getByTestId('filter-text').evaluate((el: HTMLInputElement) => {
      const cs = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = cs.font;
      const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      return { text: el.placeholder, width: ctx.measureText(el.placeholder).width, room };
    });
    assert.ok(hint.width <= hint.room, `search hint fits: ${JSON.stringify(hint)}`);
    await page.getByTestId('panel-close').click();
    await openTab(page, 'stats');
    const fit = await page.getByTestId('stats-panel').evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    assert.ok(fit, 'English statistics fit their panel');
    // ...without breaking a word: each word of a column head lies on one line.
    const broken = await page.getByTestId('stats-table').evaluate((table) =>
      [...table.querySelectorAll('thead th')].flatMap((th) => {
        const text = th.textContent ?? '';
        const node = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        const out: string[] = [];
        for (let n = node.nextNode(); n; n = node.nextNode())
          for (const m of (n.textContent ?? '').matchAll(/\S+/g)) {
            const r = document.createRange();
            r.setStart(n, m.index);
            r.setEnd(n, m.index + m[0].length);
            if (new Set([...r.getClientRects()].map((q) => Math.round(q.top))).size > 1)
              out.push(`${text}: ${m[0]}`);
          }
        return out;
      }),
    );
    assert.deepEqual(broken, [], 'no column head breaks a word');
    assert.equal(
      await page.locator('.crosstab abbr', { hasText: 'Prod.' }).getAttribute('title'),
      'Production service',
    );
    // The status chart's labels end before their bars start.
    const overlaps = await page.locator('svg.bars').evaluate((svg) =>
      [...svg.querySelectorAll('g.bar')].flatMap((g) => {
        const label = g.querySelector('text.bar-label') as SVGTextElement;
        const bar = g.querySelector('rect')!;
        const end = label.getBBox().x + label.getBBox().width;
        return end > bar.x.baseVal.value ? [`${label.textContent} ends at ${end}`] : [];
      }),
    );
    assert.deepEqual(overlaps, []);
    // The evaluation table names a key project's type and status in English.
    await openTab(page, 'monitor');
    const row = page.locator(`[data-testid="eval-row"][data-group="project"]`).first();
    assert.match(
      await row.locator('.eval-plan').innerText(),
      /^(Under construction|New build|In preparation|In reserve)$/,
    );
    assert.match(
      await row.locator('.eval-name small').innerText(),
      / · (National logistics hub|Production service|Trade service|Comprehensive service)$/,
    );
    // A county profile's labels fit their column too ("Districts/counties" once ran into its value).
    await page.goto(`${harness().baseUrl}?lang=en&sel=county/county-liucheng`);
    await page.getByTestId('feature-panel').waitFor();
    assert.deepEqual(await labelsFit(), [], 'every county profile label fits its column');
    await page.close();
  });

  it('pinyin finds what the Chinese finds; CSV and GeoJSON carry lon/lat, quality and basis', async () => {
    const { page } = await openApp(harness(), { reducedMotion: true });
    await page.getByTestId('filter-text').fill('冷链');
    const zh = await resultCount(page);
    await page.getByTestId('filter-text').fill('lenglian');
    assert.equal(await resultCount(page), zh);
    assert.ok(zh > 1);
    await openTab(page, 'export');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    const [head, first] = text.replace(/^\uFEFF/, '').split('\r\n');
    assert.match(head!, /经度/);
    assert.match(head!, /纬度/);
    assert.match(first!, /"近似"|"精确"|"示意"/);
    const [gj] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-geojson').click(),
    ]);
    const fc = JSON.parse(readFileSync((await gj.path())!, 'utf8'));
    assert.equal(fc.features.length, zh);
    const props = fc.features[0].properties;
    assert.equal(typeof props.citation, 'object');
    assert.equal(typeof props.lon, 'number');
    assert.ok(props.location_quality && props.location_basis);
    await page.close();
  });
});
