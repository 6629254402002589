/**
 * Network and file faults: every data file and every program file of the built site (listed from
 * dist/, so files added later are covered too) is made to fail in each way a server or a network
 * can fail. Each time the page must not be blank, must say what failed, and the rest must work.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { dbRows, harnessPerFile, openTab, type AppHarness } from './driver';

const harness = harnessPerFile();

const FAULTS = ['abort', '404', '500', 'truncated', 'wrong-shape'] as const;
type Fault = (typeof FAULTS)[number];

// FAULT_FILES=projects,main narrows a run while working on one file.
const only = process.env.FAULT_FILES?.split(',');
// Every file fails in every way with FAULTS_FULL=1. The default run keeps `npm test`
// short: each file fails in one way, the ways taken in turn, so every file and every way is tested.
const FULL = process.env.FAULTS_FULL === '1' || !!only;
const faultsFor = (i: number): readonly Fault[] => (FULL ? FAULTS : [FAULTS[i % FAULTS.length]!]);
const assets = readdirSync('dist/assets').filter((f) => !only || only.some((o) => f.startsWith(`${o}-`)));
/** Data files the app fetches at start-up. */
const DATA = assets.filter((f) => /\.(geo)?json$/.test(f));
/** Program files; those a normal start does not request (loaded on demand) are skipped. */
const CHUNKS = assets.filter((f) => /\.(m?js|css)$/.test(f) && !/^bare-/.test(f));

let startup: Promise<Set<string>> | null = null;
/** The asset files a normal start requests (measured once, in the browser). */
function startupAssets(h: AppHarness): Promise<Set<string>> {
  startup ??= (async () => {
    const page = await h.browser.newPage();
    const seen = new Set<string>();
    page.on('request', (r) => seen.add(r.url().split('/').pop()!.split('?')[0]!));
    await page.goto(h.baseUrl);
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 60_000 });
    await page.close();
    return seen;
  })();
  return startup;
}
/** Which program files the app can live without (the map alone stops, or nothing visible). */
const MAP_CHUNKS = /^(maplibre-gl|mapController|maplibre-gl-worker)-/;

const plain = (f: string) => f.replace(/-[A-Za-z0-9_-]{8}(\.[a-z]+)$/, '$1');

async function fail(route: Route, fault: Fault, file: string) {
  if (fault === 'abort') return route.abort('failed');
  if (fault === '404' || fault === '500') return route.fulfill({ status: Number(fault), body: 'error' });
  const body = readFileSync(`dist/assets/${file}`, 'utf8');
  if (fault === 'truncated') return route.fulfill({ status: 200, body: body.slice(0, body.length / 2) });
  // Well-formed but not what the app expects.
  const wrong = /json$/.test(file)
    ? file.endsWith('.geojson')
      ? '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"constructor":1}}]}'
      : '{"__proto__":{"polluted":true},"hello":"world"}'
    : file.endsWith('.css')
      ? 'body{}'
      : 'export const nothing = 1;';
  return route.fulfill({ status: 200, body: wrong, contentType: /css$/.test(file) ? 'text/css' : undefined });
}

/** Opens the app with each file failing in its own way. */
async function openWithFaults(
  h: AppHarness,
  faults: ReadonlyMap<string, Fault>,
): Promise<{ page: Page; errors: string[] }> {
  const context = await h.browser.newContext({ viewport: { width: 1024, height: 640 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const [file, fault] of faults)
    await page.route(`**/assets/${file}`, (route) => fail(route, fault, file));
  await page.goto(h.baseUrl);
  return { page, errors };
}

/** The sidebar still works: a tab can be opened and the result count is shown. */
async function sidebarWorks(page: Page) {
  await page.getByTestId('result-count').waitFor({ timeout: 30_000 });
  await page.getByTestId('tab-layers').click();
  await page.getByTestId('layer-panel').waitFor();
}

async function notBlank(page: Page) {
  const text = await page.locator('body').innerText();
  assert.ok(text.trim().length > 20, `the page shows something: ${JSON.stringify(text.slice(0, 80))}`);
}

describe('faults: every data file, in every way it can fail', () => {
  if (!only) assert.ok(DATA.length >= 20, `data files found in dist/assets: ${DATA.length}`);
  // Files fail together, each its own way, a page for each group: a start-up has to report every
  // one of them (one notice names them all) and keep the rest working. The default run gives file i
  // fault i mod 5, so each group of five meets every fault once; FAULTS_FULL=1 turns the faults
  // round the group until every file has failed in every way.
  const groups: string[][] = [];
  for (let i = 0; i < DATA.length; i += FAULTS.length) groups.push(DATA.slice(i, i + FAULTS.length));
  groups.forEach((files, g) => {
    const turns = FULL ? FAULTS.length : 1;
    it(`${files.map(plain).join(', ')} → each named in one notice, the rest works`, async () => {
      for (let turn = 0; turn < turns; turn++) {
        const faults = new Map(
          files.map((f, j) => [f, FAULTS[(g * FAULTS.length + j + turn) % FAULTS.length]!]),
        );
        const { page, errors } = await openWithFaults(harness(), faults);
        const notice = page.locator('[data-notice-key="data"]');
        await notice.waitFor({ timeout: 30_000 });
        const text = await notice.innerText();
        for (const [file, fault] of faults)
          assert.ok(text.includes(plain(file)), `${fault}: the notice names ${plain(file)}`);
        await notice.getByTestId('notice-reload').waitFor();
        await sidebarWorks(page);
        // The map draws without them.
        await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 60_000 });
        assert.deepEqual(errors, [], `${[...faults.values()].join(', ')}: no uncaught error`);
        await page.context().close();
      }
    });
  });
});

describe('faults: every program file, in every way it can fail', () => {
  CHUNKS.forEach((file, i) => {
    it(`${plain(file)}: ${faultsFor(i).join(', ')} → a message, never blank`, async (t) => {
      if (!(await startupAssets(harness())).has(file)) return t.skip('loaded only on demand');
      for (const fault of faultsFor(i)) {
        const { page } = await openWithFaults(harness(), new Map([[file, fault]]));
        if (file.endsWith('.css')) {
          // The app works unstyled; the missing sheet is named (a wrong-shaped sheet is just CSS).
          await sidebarWorks(page);
          if (fault !== 'wrong-shape' && fault !== 'truncated') {
            await page.locator('[data-notice-key="resources"]', { hasText: plain(file) }).waitFor();
          }
        } else if (MAP_CHUNKS.test(file)) {
          // Only the map stops; it says so, and the panels work.
          await page.getByTestId('map-error').waitFor({ timeout: 45_000 });
          await sidebarWorks(page);
        } else {
          // Without the app's own code only the start-up message can speak.
          await page
            .getByTestId('boot-error')
            .or(page.getByTestId('result-count'))
            .first()
            .waitFor({ timeout: 30_000 });
        }
        await notBlank(page);
        await page.context().close();
      }
    });
  });
});

describe('faults: browser storage', () => {
  const stepCount = (page: Page) => page.getByTestId('story-step').count();
  const savedSteps = async (page: Page) => {
    const rows = await dbRows(page, 'stories');
    return (rows[0]?.value as { steps: unknown[] } | undefined)?.steps.length ?? 0;
  };

  it('storage full: one notice, nothing lost, an import that cannot keep its backup asks first', async () => {
    // The browser's quota error, raised by IndexedDB itself once the origin is "full" (Chromium's
    // quota override does not fail small writes reliably in headless mode).
    const context = await harness().browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript(() => {
      const w = window as unknown as { lzFull?: boolean };
      for (const m of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[m];
        IDBObjectStore.prototype[m] = function (this: IDBObjectStore, ...a: Parameters<typeof original>) {
          if (w.lzFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, a);
        } as typeof original;
      }
    });
    const page = await context.newPage();
    await page.goto(harness().baseUrl);
    await page.getByTestId('result-count').waitFor();
    await openTab(page, 'present');
    await page.getByTestId('add-step').click();
    await page.getByTestId('add-step').click();
    for (let i = 0; i < 50 && (await savedSteps(page)) < 2; i++) await page.waitForTimeout(100);
    assert.equal(await savedSteps(page), 2, 'saved before the storage fills');

    // Storage full: nothing more can be written.
    await page.evaluate(() => ((window as unknown as { lzFull: boolean }).lzFull = true));

    await page.getByTestId('add-step').click();
    await page.getByTestId('step-note').nth(2).fill('满'.repeat(1500));
    await page.getByTestId('add-step').click();
    const storage = page.locator('[data-notice-key="storage"]');
    await storage.waitFor();
    assert.equal(await storage.count(), 1, 'one notice, however many failed saves');
    assert.equal(await stepCount(page), 4, 'the work stays in the page');

    // Import: the backup cannot be kept, so the user is asked; Cancel keeps everything.
    const file = join(mkdtempSync(join(tmpdir(), 'quota-')), 'other.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'liuzhou-plan-map/story',
        version: 1,
        story: { id: 'x', title: 'other', steps: [] },
      }),
    );
    const asked: string[] = [];
    page.once('dialog', (d) => (asked.push(d.message()), void d.dismiss()));
    await page.getByTestId('story-import-file').setInputFiles(file);
    await page.locator('[data-testid="notice"]', { hasText: '已取消导入' }).waitFor();
    assert.equal(asked.length, 1, 'asked before replacing');
    assert.ok(asked[0]!.includes('4'), asked[0]);
    assert.equal(await stepCount(page), 4, 'cancel keeps the story');

    // The notice's export holds everything in the page.
    const download = page.waitForEvent('download');
    await storage.getByTestId('notice-export-story').click();
    const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    assert.equal(saved.story.steps.length, 4);
    assert.equal(saved.story.steps[2].caption.length, 1500);

    // Back to a normal quota: the next change saves everything, and the notice goes.
    await page.evaluate(() => ((window as unknown as { lzFull: boolean }).lzFull = false));
    await page.getByTestId('add-step').click();
    await storage.waitFor({ state: 'detached' });
    assert.equal(await savedSteps(page), 5);
    await page.context().close();
  });

  it('IndexedDB blocked (private mode, policy): one notice, the story kept in memory, export offered', async () => {
    const context = await harness().browser.newContext({ viewport: { width: 1024, height: 640 } });
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('blocked by policy', 'SecurityError');
      };
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(harness().baseUrl);
    await page.getByTestId('result-count').waitFor();
    await openTab(page, 'present');
    for (let i = 0; i < 3; i++) await page.getByTestId('add-step').click();
    const storage = page.locator('[data-notice-key="storage"]');
    await storage.waitFor();
    assert.ok((await storage.innerText()).includes('隐私模式'));
    await page.getByTestId('add-step').click();
    assert.equal(await page.locator('[data-notice-key="storage"]').count(), 1);
    assert.equal(await stepCount(page), 4);
    await storage.getByTestId('notice-export-story').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});
