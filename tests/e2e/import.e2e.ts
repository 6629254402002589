import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  clickMapAt,
  harnessPerFile,
  importedPointsDrawn,
  openApp,
  openTab,
  renderedFeatures,
  waitForMapReady,
  waitForRows,
} from './driver';

const harness = harnessPerFile();
const DIR = 'tests/fixtures/import/';
/** In the opening view, with no plan feature under it. */
const OPEN: [number, number] = [108.985, 24.3];

async function importFile(page: Page, file: string): Promise<void> {
  await page.getByTestId('tab-tools').click();
  await page.getByTestId('import-file').setInputFiles(DIR + file);
}

describe('importing their own data', () => {
  it('a GCJ-02 CSV: columns and CRS guessed, previewed, converted, kept after reload, filterable, clickable', async () => {
    const { page, errors } = await openApp(harness(), { query: '?c=109.40,24.31,12' });
    await importFile(page, 'sites-gcj02.csv');
    await page.getByTestId('import-confirm').waitFor();
    assert.equal(await page.getByTestId('import-crs').inputValue(), 'GCJ02', 'guessed from the name');
    assert.equal(await page.getByTestId('import-col-lon').locator('option:checked').innerText(), '经度');
    // The preview is on the map before anything is committed (on this software renderer, drawn on
    // the CPU: every point layer is).
    assert.equal(await importedPointsDrawn(page, 'preview'), 3);
    assert.equal(await page.getByTestId('points-raster').count(), 1, 'points drawn on the CPU here');
    await page.getByTestId('import-commit').click();
    const row = page.locator('[data-testid^="imported-imp-"]');
    await row.waitFor();
    assert.equal(await row.getAttribute('data-count'), '3');
    assert.equal(await importedPointsDrawn(page, 'preview'), 0, 'preview gone');
    assert.equal(await importedPointsDrawn(page, 'imported'), 3, 'the layer drawn');

    // Converted to WGS84: clicking the true position (zoomed in) opens its attributes.
    await waitForRows(page, 'importedChunks', (rows) => rows.length > 0);
    await waitForRows(page, 'importedLayers', (rows) => rows.length === 1);
    await page.goto(page.url().replace(/c=[^&]+/, 'c=109.359,24.284,14'));
    await waitForMapReady(page);
    await openTab(page, 'layers');
    await page.locator('[data-testid^="imported-imp-"]').waitFor(); // restored from the database
    await clickMapAt(page, [109.359, 24.284]);
    const attrs = page.getByTestId('imported-attributes');
    await attrs.waitFor();
    assert.ok((await attrs.innerText()).includes('候选点甲'));

    // Filter by attribute: only the 冷链 site stays drawn.
    await page.goto(page.url().replace(/c=[^&]+/, 'c=109.41,24.32,11'));
    await waitForMapReady(page);
    await openTab(page, 'layers');
    const drawn = () => importedPointsDrawn(page, 'imported');
    await page.locator('[data-testid^="imported-imp-"]').waitFor();
    // The restored layer reaches the map just after its row appears in the panel.
    for (let i = 0; i < 50 && (await drawn()) !== 3; i++) await page.waitForTimeout(100);
    assert.equal(await drawn(), 3);
    await page.getByTestId('imported-filter-field').selectOption('类别');
    await page.getByTestId('imported-filter-value').fill('冷链');
    assert.equal(await drawn(), 1);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('imports GeoJSON, KML, KMZ, a Shapefile with .prj and XLSX at the right place (drawn by the map)', async () => {
    // Where the deployment asks for the GPU, small point layers are MapLibre's own circle layers.
    const { page, errors } = await openApp(harness(), {
      query: '?c=109.41,24.32,11',
      config: { largeLayerDrawing: 'gpu' },
    });
    for (const file of ['sites.geojson', 'sites.kml', 'sites.kmz', 'sites-utm49-shp.zip', 'sites.xlsx']) {
      await importFile(page, file);
      await page.getByTestId('import-confirm').waitFor();
      assert.equal(await page.getByTestId('import-crs').inputValue(), 'WGS84', file);
      assert.equal((await renderedFeatures(page, ['import-preview-point'])).length, 3, `${file} previewed`);
      await page.getByTestId('import-commit').click();
      await page.getByTestId('import-confirm').waitFor({ state: 'detached' });
    }
    assert.equal(await page.locator('[data-testid^="imported-imp-"]').count(), 5);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('refuses a malformed file of each format with a message naming the problem, changing nothing', async () => {
    const { page, errors } = await openApp(harness());
    const cases: Array<[string, string]> = [
      ['bad-coords.geojson', '第 2 个'],
      ['bad-row.csv', '第 3 行'],
      ['bad-broken.kml', 'XML'],
      ['bad-no-kml.kmz', 'KMZ'],
      ['bad-no-shp.zip', '.shp'],
      ['bad-not-a-workbook.xlsx', 'XLSX'],
    ];
    for (const [file, words] of cases) {
      await importFile(page, file);
      const csv = file.endsWith('.csv');
      if (csv) await page.getByTestId('import-confirm').waitFor();
      const msg = await page.getByTestId('import-error').innerText();
      assert.ok(msg.includes(words), `${file}: ${msg}`);
      if (csv) assert.ok(await page.getByTestId('import-commit').isDisabled());
      if (csv) await page.getByTestId('import-cancel').click();
    }
    assert.equal(await page.locator('[data-testid^="imported-imp-"]').count(), 0, 'nothing imported');
    // Chromium's XML parser builds a detached <parsererror> element with a style attribute for the
    // broken KML; the policy refuses that style, which is harmless (the element is never shown).
    assert.deepEqual(
      errors.filter((e) => !/^Applying inline style violates/.test(e)),
      [],
    );
    await page.context().close();
  });

  for (const drawing of ['auto', 'gpu'] as const)
    it(`a point of a small layer takes the pointer (the hand) where nothing of the plan lies beneath (${drawing})`, async () => {
      const { page, errors } = await openApp(harness(), { config: { largeLayerDrawing: drawing } });
      const file = join(mkdtempSync(join(tmpdir(), 'import-pointer-')), 'few.csv');
      writeFileSync(file, `name,lng,lat\n空地点,${OPEN[0]},${OPEN[1]}\n甲,109.4,24.31\n乙,109.5,24.35\n`);
      const box = (await page.getByTestId('map').boundingBox())!;
      const cursorAt = async (lonLat: [number, number]) => {
        const p = await page.evaluate((ll) => mapInspector().project(ll), lonLat);
        await page.mouse.move(box.x + p.x, box.y + p.y);
        return page.evaluate(() => getComputedStyle(document.querySelector('.maplibregl-canvas')!).cursor);
      };
      assert.equal(await cursorAt(OPEN), 'grab', 'nothing to open there before the import');
      await page.getByTestId('tab-tools').click();
      await page.getByTestId('import-file').setInputFiles(file);
      await page.getByTestId('import-commit').click();
      await page.locator('[data-testid^="imported-imp-"]').waitFor();
      await page.evaluate(() => mapInspector().whenIdle());
      assert.equal(await cursorAt(OPEN), 'pointer', 'the hand over the imported point');
      assert.equal(await cursorAt([OPEN[0] + 0.02, OPEN[1]]), 'grab', 'and not beside it');
      assert.deepEqual(errors, []);
      await page.context().close();
    });
});
