import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import {
  filterBy,
  dbRows,
  openApp,
  openTab,
  resultCount,
  harnessPerFile,
  settle,
  visibleLayers,
  visibleProjectIds,
  waitForMapReady,
} from './driver';

const harness = harnessPerFile();
/** The plan's 22 steps (the last is its 2025 targets), then three on implementation. */
const TOUR_STEPS = 25;

const stepId = (page: Page) => page.getByTestId('step-title-display').getAttribute('data-step-id');

/** Presses a key and waits until the step shown is the expected one. */
async function press(page: Page, key: string, expectedId: string) {
  await page.keyboard.press(key);
  await page.waitForFunction(
    (id) => document.querySelector('[data-testid="step-title-display"]')?.getAttribute('data-step-id') === id,
    expectedId,
  );
}

describe('present: tour, presentation mode, stories, export', () => {
  it('presents the whole built-in tour with the keyboard; Esc restores the previous UI', async () => {
    const { page, errors } = await openApp(harness(), { viewport: { width: 1920, height: 1080 } });
    await filterBy(page, { county: ['柳北区'] });
    const before = await resultCount(page);
    await openTab(page, 'present');
    await page.getByTestId('start-tour').click();
    await page.getByTestId('presentation').waitFor();
    assert.equal(await page.getByTestId('sidebar').count(), 0, 'panels hidden');
    const expected = [
      ['overview', ['structure', 'projects']],
      ['core', ['structure']],
      ['zone-liudong', ['structure']],
      ['zone-north', ['structure']],
      ['zone-liujiang', ['structure', 'air']],
      ['clusters', ['structure']],
      ['railport', ['railport']],
      ['rail', ['rail', 'railways']],
      ['roads', ['road']],
      ['water', ['water']],
      ['air', ['air']],
      ['channels', ['channels']],
    ] as const;
    for (const [i, [id, groups]] of expected.entries()) {
      if (i > 0) await press(page, i % 2 ? 'ArrowRight' : i % 3 ? 'PageDown' : ' ', id);
      assert.equal(await stepId(page), id);
      assert.match(
        await page.getByTestId('step-progress').innerText(),
        new RegExp(`${i + 1} / ${TOUR_STEPS}`),
      );
      const visible = await visibleLayers(page);
      for (const g of groups)
        assert.ok(
          visible.some((l) => l.startsWith(`plan-${g}-`) || l.startsWith(`${g}-`)),
          `${id}: ${g} visible`,
        );
      assert.ok((await page.getByTestId('step-caption').innerText()).length > 5, `${id}: caption`);
    }
    // The per-table project steps filter the projects.
    await press(page, 'ArrowRight', 'projects-柳南区');
    await settle(page); // the camera transition ends
    const shown = await visibleProjectIds(page);
    assert.equal(shown.length, 11);
    assert.ok(
      shown.every((id) => id.startsWith('liunan-')),
      'only the 柳南区 table',
    );
    await page.keyboard.type('22');
    await press(page, 'Enter', 'targets');
    assert.ok((await page.getByTestId('targets-table').innerText()).includes('7,603'));
    await press(page, 'Home', 'overview');
    await page.keyboard.type('14');
    await press(page, 'Enter', 'projects-柳北区');
    await press(page, 'ArrowLeft', 'projects-柳南区');
    await press(page, 'PageUp', 'channels');
    await page.keyboard.press('Escape');
    await page.getByTestId('sidebar').waitFor();
    assert.equal(await page.getByTestId('presentation').count(), 0);
    assert.equal(await resultCount(page), before, 'filters restored');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('the presenter can zoom away and return to the step view with R', async () => {
    const { page } = await openApp(harness(), { viewport: { width: 1920, height: 1080 } });
    await openTab(page, 'present');
    await page.getByTestId('start-tour').click();
    await press(page, 'End', 'implementation-latest');
    await press(page, 'Home', 'overview');
    await page.keyboard.type('7');
    await press(page, 'Enter', 'railport');
    await page.locator('.maplibregl-ctrl-zoom-in').click();
    await page.locator('.maplibregl-ctrl-zoom-in').click();
    await settle(page);
    const zoomed = await page.evaluate(() => mapInspector().camera().zoom);
    await page.keyboard.press('r');
    await settle(page);
    const back = await page.evaluate(() => mapInspector().camera().zoom);
    assert.ok(Math.abs(back - 9.9) < 0.05 && zoomed > back, `back to the step view (${zoomed} → ${back})`);
    await page.context().close();
  });

  it('a custom story survives a reload and round-trips through its JSON file; a corrupt file changes nothing', async () => {
    const { page } = await openApp(harness());
    await filterBy(page, { county: ['鹿寨县'] });
    await openTab(page, 'present');
    await page.getByTestId('add-step').click();
    await page.getByTestId('step-title').first().fill('鹿寨县项目');
    await page.getByTestId('step-note').first().fill('会议讨论');
    await openTab(page, 'filters');
    await page.getByTestId('filters-clear').click();
    await openTab(page, 'present');
    await page.getByTestId('add-step').click();
    await page.getByTestId('step-up').nth(1).click();
    const titles = () =>
      page.getByTestId('step-title').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    assert.deepEqual(await titles(), ['第 2 步', '鹿寨县项目']);
    // Saving is asynchronous (IndexedDB); a planner's reload comes long after it has landed.
    const savedTitles = async () =>
      (
        (await dbRows(page, 'stories'))[0]?.value as { steps: Array<{ title: string }> } | undefined
      )?.steps.map((s) => s.title) ?? [];
    for (let i = 0; i < 50 && (await savedTitles())[0] !== '第 2 步'; i++) await page.waitForTimeout(100);

    await page.reload();
    await waitForMapReady(page);
    await openTab(page, 'present');
    await page.getByTestId('story-step').nth(1).waitFor();
    assert.deepEqual(await titles(), ['第 2 步', '鹿寨县项目'], 'survives a reload');

    const download = page.waitForEvent('download');
    await page.getByTestId('story-export').click();
    const file = join(mkdtempSync(join(tmpdir(), 'story-')), 'story.json');
    await (await download).saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.format, 'liuzhou-plan-map/story');
    assert.deepEqual(saved.story.steps[1].filters.tables, ['鹿寨县']);

    // Delete everything, then import the file back.
    await page.getByTestId('step-delete').first().click();
    await page.getByTestId('step-delete').first().click();
    await page.getByTestId('add-step').click(); // work in progress that an import must not lose
    await page.getByTestId('story-import-file').setInputFiles(file);
    await page.getByTestId('story-step').nth(1).waitFor();
    assert.deepEqual(await titles(), ['第 2 步', '鹿寨县项目'], 'round-trips');
    const kept = (await dbRows(page, 'backups'))
      .filter((r) => r.kind === 'before-import')
      .map((r) => (r.value as { steps: unknown[] }).steps.length);
    assert.deepEqual(kept, [1], 'the replaced steps are kept');

    const bad = join(mkdtempSync(join(tmpdir(), 'story-')), 'broken.json');
    writeFileSync(
      bad,
      '{"format":"liuzhou-plan-map/story","version":1,"story":{"id":"x","title":"t","steps":[{"id":1}]}}',
    );
    await page.getByTestId('story-import-file').setInputFiles(bad);
    await page.locator('[data-testid="notice"]', { hasText: 'broken.json' }).waitFor();
    assert.deepEqual(await titles(), ['第 2 步', '鹿寨县项目'], 'nothing lost');

    // Share one step as a link: opening it reproduces that step's view.
    await page.getByTestId('step-share').nth(1).click();
    const notice = page.locator('[data-testid="notice"]', { hasText: 'http' }).last();
    const link = /https?:\/\/\S+/.exec(await notice.innerText())![0];
    assert.ok(link.includes('table=鹿寨县') || link.includes(encodeURIComponent('鹿寨县')), link);
    const { page: shared } = await openApp(harness(), { query: new URL(link).search });
    assert.equal(await resultCount(shared), 5);
    await shared.context().close();

    // Present the custom story: step 2 filters 鹿寨县.
    await page.getByTestId('present-mine').click();
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-testid="step-caption"]', { hasText: '会议讨论' }).waitFor();
    await page.keyboard.press('Escape');
    await page.context().close();
  });

  it('unreadable saved stories are kept aside, never lost', async () => {
    const { page } = await openApp(harness());
    await page.evaluate(() => localStorage.setItem('liuzhou-plan-map.story.v1', '{not json'));
    await page.reload();
    await page.locator('[data-testid="notice"]', { hasText: '无法读取' }).waitFor();
    const kept = (await dbRows(page, 'backups'))
      .filter((r) => r.kind === 'legacy-unreadable')
      .map((r) => r.value);
    assert.deepEqual(kept, ['{not json']);
    await page.context().close();
  });

  it('exports a PNG at 2× with twice the pixel size of the view, not blank', async () => {
    const { page } = await openApp(harness(), { viewport: { width: 1200, height: 800 } });
    await openTab(page, 'export');
    const box = (await page.getByTestId('map').boundingBox())!;
    const download = page.waitForEvent('download');
    await page.getByTestId('export-png-2').click();
    const file = join(mkdtempSync(join(tmpdir(), 'png-')), 'map.png');
    await (await download).saveAs(file);
    const png = PNG.sync.read(readFileSync(file));
    assert.equal(png.width, Math.round(box.width * 2));
    // The map at 2×, then the band with the legend and the credits, on white.
    const mapH = Math.round(box.height * 2);
    assert.ok(png.height > mapH + 2 * 60, `map and band: ${png.height}`);
    const at = (x: number, y: number) =>
      png.data.subarray(4 * (y * png.width + x), 4 * (y * png.width + x) + 4);
    // Just under the map, at the right edge (the legend's columns start at the left): opaque white.
    assert.deepEqual([...at(png.width - 4, mapH + 6)], [255, 255, 255, 255], 'the band is white');
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 131)
      colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
    assert.ok(colours.size > 50, `varied image (${colours.size} colours)`);
    await page.context().close();
  });

  it('exports CSV (UTF-8 with BOM) and GeoJSON of the filtered projects', async () => {
    const { page } = await openApp(harness());
    await filterBy(page, { county: ['鹿寨县'], type: ['商贸服务型'] });
    await openTab(page, 'export');
    const dir = mkdtempSync(join(tmpdir(), 'data-'));
    let download = page.waitForEvent('download');
    await page.getByTestId('export-csv').click();
    await (await download).saveAs(join(dir, 'p.csv'));
    const csv = readFileSync(join(dir, 'p.csv'));
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM');
    const text = csv.toString('utf8');
    assert.ok(text.includes('韵达广西（桂北）电商产业园'));
    assert.equal(text.trim().split('\r\n').length, 4, 'header + 3 rows');
    download = page.waitForEvent('download');
    await page.getByTestId('export-geojson').click();
    await (await download).saveAs(join(dir, 'p.geojson'));
    const gj = JSON.parse(readFileSync(join(dir, 'p.geojson'), 'utf8'));
    assert.deepEqual(gj.features.map((f: { properties: { id: string } }) => f.properties.id).sort(), [
      'luzhai-02',
      'luzhai-03',
      'luzhai-04',
    ]);
    await page.context().close();
  });

  it('exports a PDF with the map and a table of projects in Chinese', async () => {
    const { page } = await openApp(harness(), { viewport: { width: 1366, height: 768 } });
    await filterBy(page, { county: ['柳南区'] });
    await openTab(page, 'export');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('export-pdf-A4').click();
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    const file = join(dir, 'map.pdf');
    await (await download).saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    assert.ok(text.includes('柳州物流规划一张图'), 'Chinese title extractable');
    assert.ok(text.includes('柳州西鹅铁路物流中心'), 'project table in Chinese');
    execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '1', file, join(dir, 'page')]);
    const page1 = PNG.sync.read(readFileSync(join(dir, 'page-1.png')));
    const colours = new Set<number>();
    for (let i = 0; i < page1.data.length; i += 4 * 37)
      colours.add((page1.data[i]! << 16) | (page1.data[i + 1]! << 8) | page1.data[i + 2]!);
    assert.ok(colours.size > 30, `page 1 has the map (${colours.size} colours)`);
    await page.context().close();
  });
});
