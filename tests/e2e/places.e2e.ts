/**
 * Places are searchable and fly the map there: districts/counties, stations and port areas are
 * suggested apart from the projects (with their kind and how their position is known), chosen by
 * keyboard or pointer, framed and briefly marked, and the filters stay as they were. The PDF's
 * project table carries the location quality.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import {
  camera,
  filterBy,
  harnessPerFile,
  openApp,
  openTab,
  renderedFeatures,
  resultCount,
  settle,
  switchLanguage,
} from './driver';

const harness = harnessPerFile();

const counties = JSON.parse(readFileSync('data/base/counties.geojson', 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { name: string }
>;
const county = (name: string) =>
  counties.features.find((f) => f.properties.name === name) as Feature<Polygon>;
const stations = JSON.parse(readFileSync('data/base/railway_stations.geojson', 'utf8')) as FeatureCollection<
  { type: 'Point'; coordinates: [number, number] },
  { name: string }
>;
const places = JSON.parse(readFileSync('data/plan/search.json', 'utf8')) as Array<{
  place?: { name: string; center: [number, number] };
}>;
const placeAt = (name: string) => places.find((e) => e.place?.name === name)!.place!.center;

const MARK_LAYERS = ['place-mark-line', 'place-mark-dashed', 'place-mark-ring'];
const search = (page: Page) => page.getByTestId('filter-text');

async function typeInSearch(page: Page, text: string) {
  await openTab(page, 'filters');
  await search(page).fill('');
  await search(page).pressSequentially(text, { delay: 30 });
  await page.getByTestId('place-suggest').waitFor();
}

const optionNames = (page: Page) =>
  page.locator('[data-testid="place-option"] .place-name').allTextContents();

const near = (a: [number, number], b: [number, number], deg: number) =>
  Math.abs(a[0] - b[0]) < deg && Math.abs(a[1] - b[1]) < deg;

describe('places: search and fly there', () => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`luzhai → 鹿寨县 → Enter frames the county, marks it briefly, keeps the filters (${viewport.width}×${viewport.height})`, async () => {
      const { page, errors } = await openApp(harness(), { viewport });
      await settle(page);
      const overview = await camera(page);
      await typeInSearch(page, 'luzhai');
      const input = search(page);
      assert.equal(await input.getAttribute('role'), 'combobox');
      assert.equal(await input.getAttribute('aria-expanded'), 'true');
      // Suggested apart from the projects, under their own heading, best match first.
      assert.match(await page.getByTestId('place-suggest').innerText(), /^地点/);
      const names = await optionNames(page);
      assert.equal(names[0], '鹿寨县', names.join(','));
      assert.ok(names.includes('鹿寨镇') && names.includes('鹿寨北站'), names.join(','));
      const firstOption = page.getByTestId('place-option').first();
      assert.equal(await input.getAttribute('aria-activedescendant'), await firstOption.getAttribute('id'));
      assert.match(await firstOption.innerText(), /区县/);
      // A town placed from general knowledge never reads as surveyed.
      const town = page.locator('[data-testid="place-option"]', { hasText: '鹿寨镇' });
      assert.equal(await town.getByTestId('place-quality').getAttribute('data-quality'), 'approximate');
      assert.match(await town.getByTestId('place-quality').innerText(), /非实测/);

      const count = await resultCount(page);
      const url = page.url();
      await input.press('Enter');
      // Marked on the map once it arrives (the mark lasts a few seconds from then).
      assert.deepEqual(await renderedFeatures(page, MARK_LAYERS), ['place:county-鹿寨县']);
      await settle(page);
      const cam = await camera(page);
      assert.ok(booleanPointInPolygon(cam.center, county('鹿寨县')), `centre ${cam.center} in 鹿寨县`);
      assert.ok(cam.zoom > overview.zoom + 0.5, `zoom ${cam.zoom} > overview ${overview.zoom}`);
      // The whole county is in view, clear of the map's edges and of the time bar over the map.
      const box = (await page.getByTestId('map').boundingBox())!;
      const bar = (await page.getByTestId('time-control').boundingBox())!;
      const [w, s, e, n] = bbox(county('鹿寨县'));
      for (const corner of [
        [w, s],
        [e, n],
      ] as Array<[number, number]>) {
        const p = await page.evaluate((ll) => mapInspector().project(ll), corner);
        assert.ok(p.x >= 0 && p.x <= box.width && p.y >= 0 && p.y <= box.height, `corner ${corner} in view`);
        assert.ok(p.y <= bar.y - box.y, `corner ${corner} above the time bar`);
      }
      // Filters, results and the URL's filter state are untouched; the list has closed.
      assert.equal(await resultCount(page), count);
      assert.equal(await input.inputValue(), 'luzhai');
      assert.equal(new URL(page.url()).searchParams.get('q'), new URL(url).searchParams.get('q'));
      assert.equal(await input.getAttribute('aria-expanded'), 'false');
      assert.match(await page.getByTestId('place-status').innerText(), /鹿寨县/);
      // Filtering to the county is offered, and only done when asked.
      const countyBox = page.getByTestId('option-county-鹿寨县').locator('input');
      assert.equal(await countyBox.isChecked(), false);
      await page.getByTestId('place-filter-county').click();
      assert.equal(await countyBox.isChecked(), true);
      // The mark goes after a moment.
      await page.waitForFunction((ids) => mapInspector().renderedFeatureIds(ids).length === 0, MARK_LAYERS, {
        timeout: 15_000,
      });
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }

  it('a station and a port area: arrows choose, Enter flies there at a zoom for its quality; Esc closes', async () => {
    const { page } = await openApp(harness(), { viewport: { width: 1366, height: 768 } });
    await typeInSearch(page, '柳州南');
    assert.equal((await optionNames(page))[0], '柳州南站');
    await search(page).press('Enter');
    assert.deepEqual(await renderedFeatures(page, MARK_LAYERS), ['place:station-柳州南']);
    await settle(page);
    const station = stations.features.find((f) => f.properties.name === '柳州南')!.geometry.coordinates;
    let cam = await camera(page);
    assert.ok(near(cam.center, station, 0.002), `centre ${cam.center} at the station ${station}`);
    assert.ok(cam.zoom >= 13.5, `a surveyed point is shown close (${cam.zoom})`);

    // Arrow keys move through the list; the active option is announced via aria-activedescendant.
    await typeInSearch(page, 'guantang');
    const names = await optionNames(page);
    const port = names.indexOf('柳州港官塘作业区');
    assert.ok(port > 0, names.join(','));
    for (let i = 0; i < port; i++) await search(page).press('ArrowDown');
    const active = page.locator('[data-testid="place-option"][aria-selected="true"]');
    assert.equal(await active.locator('.place-name').innerText(), '柳州港官塘作业区');
    assert.equal(await search(page).getAttribute('aria-activedescendant'), await active.getAttribute('id'));
    assert.match(await active.innerText(), /港口作业区/);
    assert.equal(await active.getByTestId('place-quality').getAttribute('data-quality'), 'approximate');
    await search(page).press('Enter');
    await settle(page);
    cam = await camera(page);
    const at = placeAt('柳州港官塘作业区');
    assert.ok(near(cam.center, at, 0.002), `centre ${cam.center} at the port ${at}`);
    assert.ok(
      cam.zoom > 11.5 && cam.zoom < 13.5,
      `an approximate point keeps its surroundings (${cam.zoom})`,
    );

    // Esc closes the list and keeps the text (and so the filter).
    await typeInSearch(page, 'lz');
    await search(page).press('Escape');
    assert.equal(await page.getByTestId('place-suggest').count(), 0);
    assert.equal(await search(page).inputValue(), 'lz');
    // A click chooses too.
    await search(page).press('ArrowDown');
    await page.locator('[data-testid="place-option"]', { hasText: '鹿寨镇' }).first().click();
    await settle(page);
    assert.ok(near((await camera(page)).center, placeAt('鹿寨镇'), 0.002));
    await page.context().close();
  });

  it('in English: the heading, kinds and location quality are translated', async () => {
    const { page } = await openApp(harness(), { viewport: { width: 1366, height: 768 } });
    await switchLanguage(page);
    await typeInSearch(page, 'luzhai');
    const text = await page.getByTestId('place-suggest').innerText();
    assert.match(text, /^Places/);
    assert.match(text, /District\/county/);
    assert.match(text, /approximate position, not surveyed/);
    assert.doesNotMatch(text, /区县|近似|实测/);
    await page.context().close();
  });
});

describe('places: PDF table', () => {
  it('the PDF project table has the localised location-quality column', async () => {
    const { page } = await openApp(harness(), { viewport: { width: 1366, height: 768 } });
    await filterBy(page, { county: ['鹿寨县'] });
    await openTab(page, 'export');
    // A 2× map figure rendered in software takes a while on a busy machine.
    const download = page.waitForEvent('download', { timeout: 180_000 });
    await page.getByTestId('export-pdf-A4').click();
    const file = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'map.pdf');
    await (await download).saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    assert.ok(text.includes('位置精度'), 'quality column header');
    // 鹿寨县's table: four projects known only to the county, one placed from the plan's words.
    const flat = text.replace(/\s+/g, '');
    // The cells say 近似 · 仅到区县; the legend's badge entry says 位置仅到区县 and is not a row.
    assert.equal(flat.match(/(?<!位置)仅到区县/g)?.length ?? 0, 4, 'county-level rows say so');
    assert.ok(flat.includes('近似'), 'approximate rows say so');
    await page.context().close();
  });
});
