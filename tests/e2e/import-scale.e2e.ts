import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { clickMapAt, harnessPerFile, openApp, openTab, pointsDrawnApart } from './driver';

const harness = harnessPerFile();
// 20,000 points take the same paths as 100,000 (large layer, category and per-point filters, picking:
// all from 5,000 up); E2E_FULL=1 imports the full 100,000. The timings themselves come from the bench.
const N = process.env.E2E_FULL === '1' ? 100_000 : 20_000;
const TARGET: [number, number] = [109.4, 24.31];

/** N points over the city, ten categories, and one named point to find again. */
function bigCsv(): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-scale-'));
  const lines = ['name,category,lng,lat', `目标点,zz,${TARGET[0]},${TARGET[1]}`];
  let seed = 7;
  // 32-bit integer arithmetic (in floating point the sequence falls into a short cycle).
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let i = 1; i < N; i++)
    lines.push(`p${i},c${i % 10},${(109.0 + rnd() * 0.8).toFixed(5)},${(24.0 + rnd() * 0.6).toFixed(5)}`);
  const file = join(dir, `points-${N}.csv`);
  writeFileSync(file, lines.join('\n'));
  return file;
}

/** Points of the large layer drawn in view, once its drawing has loaded and drawn. */
async function drawn(page: Page, source: string): Promise<number> {
  // deck.gl's first shaders compile on the software renderer, and each of its counts reads the whole
  // view back from it: slow on a loaded machine, so no short limit on either read.
  const LONG = 180_000;
  await pointsDrawnApart(page, source, LONG);
  await page.evaluate(() => mapInspector().whenIdle());
  return (await pointsDrawnApart(page, source, LONG)) ?? -1;
}

/** Pixels of the PNG within 40 of the colour (r, g, b) in each channel. */
function pixelsNear(png: PNG, [r, g, b]: number[]): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (
      Math.abs(png.data[i]! - r!) < 40 &&
      Math.abs(png.data[i + 1]! - g!) < 40 &&
      Math.abs(png.data[i + 2]! - b!) < 40
    )
      n++;
  return n;
}

describe(`a ${N.toLocaleString('en')}-point import`, () => {
  it('on this software renderer: drawn on the CPU over the map, filtered, picked and exported', async () => {
    const { page, errors } = await importAndUse({});
    assert.equal(await page.getByTestId('points-raster').count(), 1, 'drawn in the canvas over the map');
    // In the exported figure: the layer's colour, from the canvas over the map, composited in.
    const row = page.locator('[data-testid^="imported-imp-"]');
    const color = await row
      .locator('.swatch-dot')
      .evaluate((el) => getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number));
    await openTab(page, 'export');
    const pending = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('export-png-1').click();
    const file = join(mkdtempSync(join(tmpdir(), 'import-scale-')), 'map.png');
    await (await pending).saveAs(file);
    const inExport = pixelsNear(PNG.sync.read(readFileSync(file)), color);
    assert.ok(inExport > 5000, `the points are in the exported figure (${inExport} pixels of their colour)`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('where the deployment asks for the GPU: drawn by deck.gl, filtered and picked the same way', async () => {
    const { page, errors } = await importAndUse({ largeLayerDrawing: 'gpu' });
    assert.equal(await page.getByTestId('points-raster').count(), 0, 'no canvas over the map');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});

/** Imports the points and filters, hovers and picks them; every step checked. */
async function importAndUse(config: object) {
  const file = bigCsv();
  const { page, errors } = await openApp(harness(), { config });
  await page.getByTestId('tab-tools').click();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-progress').waitFor();
  await page.getByTestId('import-confirm').waitFor({ timeout: 120_000 });
  // The preview is drawn as a large layer, not as a GeoJSON source.
  assert.ok((await drawn(page, 'import-preview')) > 0, 'preview drawn');
  await page.getByTestId('import-commit').click();
  const row = page.locator('[data-testid^="imported-imp-"]');
  await row.waitFor({ timeout: 120_000 });
  assert.equal(await row.getAttribute('data-count'), String(N));
  const source = (await row.getAttribute('data-testid'))!;

  await openTab(page, 'layers');
  const all = await drawn(page, source);
  assert.ok(all > 1000, `many points drawn (${all})`);
  // Ten categories: the category path of the filter.
  await page.getByTestId('imported-filter-field').selectOption('category');
  await page.getByTestId('imported-filter-value').fill('c1');
  const c1 = await drawn(page, source);
  assert.ok(c1 > 0 && c1 < all, `c1 shows fewer (${c1} of ${all})`);
  // N distinct names: the per-point mask path.
  await page.getByTestId('imported-filter-field').selectOption('name');
  await page.getByTestId('imported-filter-value').fill('目标点');
  assert.equal(await drawn(page, source), 1);
  // Hover: the point under the pointer is drawn in the highlight colour, and only then.
  const box = (await page.getByTestId('map').boundingBox())!;
  const at = await page.evaluate((ll) => mapInspector().project(ll), TARGET);
  const amber = async () => {
    await page.evaluate(() => mapInspector().whenIdle());
    const png = PNG.sync.read(
      await page.screenshot({ clip: { x: box.x + at.x - 3, y: box.y + at.y - 3, width: 7, height: 7 } }),
    );
    let n = 0;
    for (let i = 0; i < png.data.length; i += 4)
      if (png.data[i]! > 230 && Math.abs(png.data[i + 1]! - 190) < 25 && png.data[i + 2]! < 60) n++;
    return n;
  };
  assert.equal(await amber(), 0, 'not highlighted before the pointer comes');
  const cursor = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('.maplibregl-canvas')!).cursor);
  await page.mouse.move(box.x + at.x + 2, box.y + at.y + 1);
  assert.ok((await amber()) > 5, 'highlighted under the pointer');
  assert.equal(await cursor(), 'pointer', 'the hand over a point a click would open');
  await page.mouse.move(box.x + at.x + 40, box.y + at.y + 40);
  assert.equal(await amber(), 0, 'highlight gone once the pointer leaves');
  const empty = await page.evaluate(() => mapInspector().project([108.985, 24.3]));
  await page.mouse.move(box.x + empty.x, box.y + empty.y);
  assert.equal(await cursor(), 'grab', 'the map is dragged where there is nothing to open');
  // Picking: the one point left opens its attributes.
  await clickMapAt(page, TARGET);
  const attrs = page.getByTestId('imported-attributes');
  await attrs.waitFor();
  assert.ok((await attrs.innerText()).includes('zz'));
  // The planner's point is drawn over a plan waterway there: the point is what the click selects.
  assert.equal(await page.getByTestId('feature-panel').count(), 0, 'no plan feature opened beneath it');
  assert.ok(await attrs.isVisible(), 'the attributes are scrolled into view');
  // A click beside the points clears them again, the page intact.
  const beside = await page.evaluate(() => mapInspector().project([108.985, 24.3]));
  await page.mouse.click(box.x + beside.x, box.y + beside.y);
  await attrs.waitFor({ state: 'detached' });
  assert.deepEqual(errors, [], 'no error once the attributes close');
  await clickMapAt(page, TARGET);
  await attrs.waitFor();
  await page.getByTestId('imported-filter-value').fill('');
  assert.equal(await drawn(page, source), all, 'clearing the filter shows them all again');
  return { page, errors };
}
