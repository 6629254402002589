import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  camera,
  clickMapAt,
  openApp,
  openProjectOnMap,
  openTab,
  renderedFeatures,
  visibleProjectIds,
  harnessPerFile,
  switchLanguage,
} from './driver';

const harness = harnessPerFile();

describe('the plan on the map', () => {
  it('draws the structure, rail port, projects, ports and airport park at city scale', async () => {
    const { page, errors } = await openApp(harness());
    const structure = await renderedFeatures(page, ['plan-structure-fill']);
    for (const id of ['structure-core', 'structure-liudong', 'structure-north', 'structure-liujiang']) {
      assert.ok(structure.includes(id), `structure zone ${id} drawn`);
    }
    // Two of the six (宁铁, 高铁物流基地) are placed only by district: listed in 柳南区's profile.
    assert.equal(
      (await renderedFeatures(page, ['plan-railport-point'])).length,
      4,
      'four sited rail-port sites',
    );
    assert.ok((await visibleProjectIds(page)).length >= 45, 'project markers drawn');
    assert.ok((await renderedFeatures(page, ['plan-water-point'])).length >= 5, 'port areas drawn');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('clicking a project marker opens its attributes, citation and location quality', async () => {
    const { page } = await openApp(harness(), { query: '?c=109.36,24.27,12.5' });
    await openProjectOnMap(page, 'liunan-01');
    const panel = page.getByTestId('feature-panel');
    const text = await panel.innerText();
    assert.ok(text.includes('柳州西鹅铁路物流中心'));
    assert.ok(text.includes('国家物流枢纽'));
    assert.ok(text.includes('4,300 亩'), 'area with unit');
    // The citation names the document in words; the file name stays in its tooltip.
    assert.ok(text.includes('《柳州市物流业发展“十四五”规划》'), 'citation document');
    assert.equal(
      await panel.getByTestId('citation').first().getAttribute('title'),
      '002_cea03bdf2b5fe175.txt',
    );
    assert.ok(text.includes('第645行'), 'citation line');
    assert.ok(text.includes('《柳州市物流业发展“十四五”规划》'), 'document title');
    assert.equal(await page.getByTestId('quality-badge').first().getAttribute('data-quality'), 'approximate');
    // Where the plan is silent the panel says so.
    assert.ok(text.includes('规划未载明'), 'investment not stated for this row');
    await page.getByTestId('panel-close').click();
    assert.equal(await page.getByTestId('feature-panel').count(), 0);
    await page.context().close();
  });

  it('a rail-port site opens its plan text and links to its key project', async () => {
    const { page } = await openApp(harness(), {
      query: '?sel=railport/railport-guantang&layers=counties,railport',
    });
    const panel = page.getByTestId('feature-panel');
    await panel.waitFor();
    assert.ok((await panel.innerText()).includes('三基地'));
    await panel.getByRole('button', { name: '官塘多式联运物流基地' }).click();
    await page.locator('[data-testid="feature-panel"][data-feature-id="liudong-04"]').waitFor();
    assert.ok((await page.getByTestId('feature-panel').innerText()).includes('6,300 亩'));
    await page.context().close();
  });

  it('the county plan’s box items are drawn, and one opens with its box and line', async () => {
    const { page, errors } = await openApp(harness(), {
      query: '?layers=counties,works&c=109.58,25.84,10.5',
    });
    const drawn = await renderedFeatures(page, ['plan-works-point']);
    assert.ok(drawn.includes('works-c7-bajiang'), 'the 八江 wind farm is drawn');
    // Placed only by its county: listed in the 三江 profile, not drawn.
    assert.ok(!drawn.includes('works-c4-xianggui-qian'), '湘桂黔三省物流中心 is not drawn');
    await clickMapAt(page, [109.52, 25.92]); // 八江镇
    const panel = page.locator('[data-testid="feature-panel"][data-feature-id="works-c7-bajiang"]');
    await panel.waitFor();
    const text = await panel.innerText();
    assert.ok(text.includes('三江县协合八江风电场二期项目'));
    assert.ok(text.includes('清洁能源工程'), 'its kind is the box’s sub-heading');
    assert.ok(text.includes('专栏7'), 'cited to its box');
    if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/works-panel.png` });
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('county-level items of every layer are no pins: the county profile lists them and opens each', async () => {
    const themes = ['works', 'water', 'railport', 'rail', 'road', 'air', 'hubs', 'others'];
    const countyLevel = new Set(
      themes.flatMap((t) =>
        (
          JSON.parse(readFileSync(new URL(`../../data/plan/${t}.geojson`, import.meta.url), 'utf8')) as {
            features: Array<{ properties: { id: string; placement_scope?: string } }>;
          }
        ).features
          .filter((f) => f.properties.placement_scope === 'county')
          .map((f) => f.properties.id),
      ),
    );
    assert.equal(countyLevel.size, 76, 'county-level items in the files');
    const { page, errors } = await openApp(harness(), {
      query: `?layers=counties,county,${themes.join(',')}&c=109.7,24.45,9.5`,
    });
    const drawn = await renderedFeatures(
      page,
      themes.flatMap((t) => ['point', 'halo', 'line', 'label'].map((k) => `plan-${t}-${k}`)),
    );
    assert.ok(drawn.length > 0, `the placed items are drawn: ${drawn.length}`);
    assert.deepEqual(
      drawn.filter((id) => countyLevel.has(id)),
      [],
      'no county-level item is drawn',
    );
    await clickMapAt(page, [109.9, 24.6]); // eastern 鹿寨县
    const panel = page.locator('[data-testid="feature-panel"][data-feature-id="county-luzhai"]');
    await panel.waitFor();
    const list = panel.getByTestId('county-level-items');
    assert.ok((await panel.innerText()).includes('位置仅到区县的规划要素'), 'heading');
    const text = await list.innerText();
    assert.ok(text.includes('鹿寨县生活垃圾焚烧发电项目（一期）'), 'a county-plan item is listed');
    assert.ok(text.includes('鹿寨港导江作业区'), 'a port of the water layer is listed');
    assert.ok(text.includes('港口与航道'), 'with its layer');
    assert.ok(text.includes('仅到区县'), 'with its quality');
    await list.scrollIntoViewIfNeeded();
    if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/county-level.png` });
    // A name opens the item's own panel, with its quality and citation.
    await list.getByRole('button', { name: '鹿寨港导江作业区' }).click();
    const item = page.locator('[data-testid="feature-panel"][data-feature-id="port-daojiang"]');
    await item.waitFor();
    assert.equal(await item.getByTestId('quality-badge').first().getAttribute('data-quality'), 'approximate');
    assert.ok((await item.innerText()).includes('第'), 'cited to its line');
    // The water layer's note says how many of its items are listed, not drawn.
    await openTab(page, 'layers');
    assert.match(await page.getByTestId('county-level-note-water').innerText(), /4 项仅知所在区县/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('clicking inside a county with nothing else there opens the county profile', async () => {
    const { page } = await openApp(harness(), { query: '?layers=counties,county' });
    await clickMapAt(page, [108.95, 25.3]); // western 融水苗族自治县
    const panel = page.getByTestId('feature-panel');
    await panel.waitFor();
    assert.equal(await panel.getAttribute('data-feature-id'), 'county-rongshui');
    assert.ok((await panel.innerText()).includes('融水苗族自治县'));
    await page.context().close();
  });

  it('the legend explains location quality, in both languages', async () => {
    const { page } = await openApp(harness());
    await openTab(page, 'layers');
    const legend = page.getByTestId('layer-panel');
    assert.ok((await legend.innerText()).includes('近似位置（带光晕）'));
    await switchLanguage(page);
    assert.ok((await legend.innerText()).includes('Approximate location (halo)'));
    // Plan content stays as the plan wrote it.
    await page.getByTestId('layer-toggle-projects').waitFor();
    assert.ok((await camera(page)).zoom > 6);
    await page.context().close();
  });
});
