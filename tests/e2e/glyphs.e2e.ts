/**
 * Label glyphs at first open come in one request (src/map/glyphBundle.ts): the ranges a first
 * open asks for are packed at build time from the list in scripts/glyphs-first-open.json. When the
 * labels need a range the list lacks, this test names it. Without the bundle, every range is
 * fetched on its own and the labels still show.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { exposeMapInspector, harnessPerFile } from './driver';

const harness = harnessPerFile();

/** Opens the app (optionally without the bundle) and lists what it fetched under glyphs/. */
async function open(viewport: { width: number; height: number }, withoutBundle = false) {
  const context = await harness().browser.newContext({ viewport });
  await exposeMapInspector(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (withoutBundle) await page.route('**/glyphs/first-open.*', (r) => r.fulfill({ status: 404, body: '' }));
  const seen: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (u.includes('/glyphs/')) seen.push(decodeURIComponent(u.slice(u.indexOf('glyphs/'))));
  });
  await page.goto(harness().baseUrl);
  await page.locator('[data-map-ready="true"]').waitFor({ timeout: 120_000 });
  return { page, seen, errors };
}

const placeNames = (page: Page) =>
  page.evaluate(() => mapInspector().renderedProperty(['place-labels'], 'text'));

describe('label glyphs', () => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`a first open at ${viewport.width}×${viewport.height} fetches its glyphs in one file`, async () => {
      const { page, seen, errors } = await open(viewport);
      const single = seen.filter((u) => !u.startsWith('glyphs/first-open.'));
      assert.deepEqual(
        single,
        [],
        `ranges fetched one by one; add them to scripts/glyphs-first-open.json: ${single
          .map((u) => JSON.stringify(u.replace(/^glyphs\//, '').replace(/\.pbf$/, '')))
          .join(', ')}`,
      );
      assert.deepEqual([...seen].sort(), ['glyphs/first-open.json', 'glyphs/first-open.pbf']);
      assert.ok((await placeNames(page)).includes('柳南区'), 'place names drawn');
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }

  it('without the bundle each range is fetched on its own, and the labels show', async () => {
    const { page, seen, errors } = await open({ width: 1366, height: 768 }, true);
    const ranges = seen.filter((u) => /^glyphs\/Noto Sans SC (Regular|Bold)\/\d+-\d+\.pbf$/.test(u));
    assert.ok(ranges.length >= 20, `ranges fetched: ${ranges.length}`);
    assert.ok((await placeNames(page)).includes('柳南区'), 'place names drawn');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
