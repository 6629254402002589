/**
 * Import benchmark: 1k / 10k / 100k synthetic points as a CSV, imported through the UI in headless
 * Chromium against the built dist/. Reports the time from choosing the file to the preview (parse in
 * the worker + preview drawn), from "import" to the layer drawn, the median time from typing an
 * attribute filter to the map's next idle (for layers drawn on the CPU: to the points redrawn and the
 * page's next frame) and its Event Timing, from moving the pointer onto or off a point to the mark
 * drawn (layers drawn apart) or the hand cursor shown (MapLibre's), from clicking a point to its
 * attributes shown, and the time per frame while the map is dragged. Run alone
 * (`npx tsx scripts/bench-import.ts`, after `vite build`) or from bench.ts through benchImport(). It
 * reports; it never fails on the figures.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from './serve';
import { median } from './bench/pages';
import { launchChromium } from '../tests/e2e/browser';
import { LARGE_LAYER } from '../src/analysis/importColumns';

/** The sizes run; BENCH_IMPORT_SIZES=1000,10000 picks some. */
export const IMPORT_SIZES = (process.env.BENCH_IMPORT_SIZES ?? '1000,10000,100000').split(',').map(Number);

/** Where one named point is planted, to hover and click. */
const TARGET: [number, number] = [109.4, 24.31];
/** Inside the frame the import fits to, outside the points. */
const EMPTY: [number, number] = [108.985, 24.3];

/** n points spread over the city, with a category and a name to filter on (one of them at TARGET). */
function syntheticCsv(n: number): string {
  const lines = ['name,category,lng,lat', `target,zz,${TARGET[0]},${TARGET[1]}`];
  let seed = 42;
  // 32-bit integer arithmetic: in floating point the product loses its low bits and the sequence
  // falls into a short cycle (100,000 points at only 7,912 places).
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let i = 1; i < n; i++)
    lines.push(`p${i},c${i % 10},${(109.0 + rnd() * 0.8).toFixed(5)},${(24.0 + rnd() * 0.6).toFixed(5)}`);
  return lines.join('\n');
}

const idle = (page: Page) =>
  page.evaluate(() =>
    (
      document.querySelector('[data-testid="map"]') as HTMLElement & {
        inspector: { whenIdle(): Promise<void> };
      }
    ).inspector.whenIdle(),
  );

/** Screen position (page px) of a lon/lat on the map. */
async function screenAt(page: Page, lonLat: [number, number]) {
  const box = (await page.getByTestId('map').boundingBox())!;
  const p = await page.evaluate(
    (ll) =>
      (
        document.querySelector('[data-testid="map"]') as HTMLElement & {
          inspector: { project(ll: [number, number]): { x: number; y: number } };
        }
      ).inspector.project(ll),
    lonLat,
  );
  return { x: box.x + p.x, y: box.y + p.y };
}

/**
 * The map idle, then 2 s without input. On this renderer the GPU process goes on drawing a pan's or an
 * import's frames for a second or two after the map reports idle, and an input's frame waits for them
 * (the first filter inputs right after a drag: 300 ms to the next frame presented, against ≈ 90 ms once
 * settled), so each measure starts from a settled page rather than from the previous one's backlog.
 */
async function settle(page: Page): Promise<void> {
  await idle(page);
  await page.waitForTimeout(2000);
}

/** Resolves once the page has painted its next frame (two animation frames from now). */
const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));

/** Time from an input until `shown` holds and the next frame of the page has been painted. */
async function toPainted(page: Page, input: () => Promise<void>, shown: () => Promise<unknown>) {
  const t = Date.now();
  await input();
  await shown();
  await nextFrame(page);
  return Date.now() - t;
}

/**
 * Small layers (drawn by MapLibre) are not emphasised under the pointer: a hovered feature shows as the
 * hand cursor, toggled by a class on the map's canvas container.
 */
const cursorIs = (page: Page, onFeature: boolean) => () =>
  page.waitForFunction(
    (on) => document.querySelector('.maplibregl-canvas-container')!.classList.contains('on-feature') === on,
    onFeature,
  );

/** Large layers mark the point under the pointer with a page element, not a map frame. */
const markIs = (page: Page, shown: boolean) => () =>
  page.getByTestId('point-hover').waitFor({ state: shown ? 'visible' : 'detached' });

/**
 * Large layers drawn on the CPU (a canvas over the map) redraw without a map frame: the time from an
 * input until that canvas has been drawn again and the next frame of the page painted.
 */
async function toPointsDrawn(page: Page, input: () => Promise<void>): Promise<number> {
  const before = Number(await page.getByTestId('points-raster').getAttribute('data-draws'));
  return toPainted(page, input, () =>
    page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="points-raster"]')!.getAttribute('data-draws')) > n,
      before,
    ),
  );
}

/**
 * Median time between the page's frames while the map is dragged by 190 px and back: on this
 * renderer each is a frame of the map (and, for a layer drawn on the CPU, its points redrawn). Only
 * frames while the pointer moves count: in the pauses the map is still, and their quick empty frames
 * would outnumber the drag's.
 */
async function panFrameMs(page: Page): Promise<number> {
  const box = (await page.getByTestId('map').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  // Strings: the bundler would wrap a named function here in a helper the page does not have.
  const startFrames = `(() => {
    const w = window;
    w.__frames = [];
    w.__stop = false;
    const tick = (t) => {
      w.__frames.push(t);
      if (!w.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`;
  const stopFrames = `(() => {
    window.__stop = true;
    return window.__frames;
  })()`;
  const gaps: number[] = [];
  // There and back, pausing before each release so no inertia carries the map on: the view ends
  // where it began.
  for (const [from, dir] of [
    [{ x, y }, 1],
    [{ x: x + 180, y: y + 60 }, -1],
  ] as const) {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.evaluate(startFrames);
    for (let i = 1; i <= 12; i++) await page.mouse.move(from.x + dir * i * 15, from.y + dir * i * 5);
    const frames = (await page.evaluate(stopFrames)) as number[];
    gaps.push(...frames.slice(1).map((t, i) => t - frames[i]!));
    await page.waitForTimeout(300);
    await page.mouse.up();
  }
  await idle(page);
  return median(gaps);
}

export interface ImportBench {
  n: number;
  previewMs: number;
  commitMs: number;
  filterMedianMs: number;
  /** Event Timing: the filter's input events to the next frame presented, median (null: none reported). */
  filterEventMs: number | null;
  /** Each filter input's Event Timing duration, in order (the first ones pay for warming up). */
  filterEvents: number[];
  hoverMedianMs: number;
  selectMedianMs: number;
  /** Frame time while dragging the map, before the import and with the layer shown. */
  panBeforeMs: number;
  panAfterMs: number;
  sawProgress: boolean;
  /** Drawn on the CPU in a canvas over the map (else by MapLibre or deck.gl). */
  onCpu: boolean;
}

async function one(browser: Browser, url: string, n: number): Promise<ImportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const file = join(dir, `points-${n}.csv`);
  writeFileSync(file, syntheticCsv(n));
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-map-ready="true"]', { timeout: 120_000 });
  await page.getByTestId('tab-tools').click();
  const panBeforeMs = await panFrameMs(page);
  await settle(page);
  let t0 = Date.now();
  await page.getByTestId('import-file').setInputFiles(file);
  const sawProgress = await page
    .getByTestId('import-progress')
    .waitFor({ timeout: 2000 })
    .then(() => true)
    .catch(() => false);
  await page.getByTestId('import-confirm').waitFor({ timeout: 120_000 });
  await idle(page);
  const previewMs = Date.now() - t0;
  t0 = Date.now();
  await page.getByTestId('import-commit').click();
  await page.locator('[data-testid^="imported-imp-"]').waitFor({ timeout: 120_000 });
  await idle(page);
  const commitMs = Date.now() - t0;
  await page.getByTestId('imported-filter-field').selectOption('category');
  await settle(page);
  const onCpu = (await page.getByTestId('points-raster').count()) > 0;
  // The browser's own figure too: each input event's duration to the next frame presented (Event
  // Timing, as INP measures it; events under 16 ms are not reported, so it errs high).
  await page.evaluate(`(() => {
    window.__inputs = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'input') window.__inputs.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 });
  })()`);
  const times: number[] = [];
  for (const v of ['c1', 'c2', '', 'c3', 'c4', '', 'c5']) {
    const fill = () => page.getByTestId('imported-filter-value').fill(v);
    if (onCpu) times.push(await toPointsDrawn(page, fill));
    else {
      const t = Date.now();
      await fill();
      await idle(page);
      times.push(Date.now() - t);
    }
  }
  const inputs = (await page.evaluate('window.__inputs')) as number[];
  await page.getByTestId('imported-filter-value').fill('');
  await idle(page);
  // Hover: onto the planted point and off again (the highlight is drawn, then removed).
  const on = await screenAt(page, TARGET);
  const off = await screenAt(page, EMPTY);
  await page.mouse.move(off.x, off.y);
  await idle(page);
  const hovers: number[] = [];
  for (let i = 0; i < 3; i++)
    for (const p of [on, off])
      hovers.push(
        await toPainted(
          page,
          () => page.mouse.move(p.x, p.y),
          onCpu || n > LARGE_LAYER ? markIs(page, p === on) : cursorIs(page, p === on),
        ),
      );
  // Select: click the point until its attributes show; Escape closes them between clicks.
  const selects: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = Date.now();
    await page.mouse.click(on.x, on.y);
    await page.getByTestId('imported-attributes').waitFor({ timeout: 60_000 });
    selects.push(Date.now() - t);
    await page.mouse.click(off.x, off.y);
    await page.getByTestId('imported-attributes').waitFor({ state: 'detached', timeout: 60_000 });
    await idle(page);
  }
  // The click off the point opened the plan area there (a county's profile over part of the map):
  // closed, so the drag starts on the map.
  await page.keyboard.press('Escape');
  await settle(page);
  const panAfterMs = await panFrameMs(page);
  await context.close();
  return {
    n,
    previewMs,
    commitMs,
    filterMedianMs: median(times),
    filterEventMs: inputs.length ? median(inputs) : null,
    filterEvents: inputs,
    hoverMedianMs: median(hovers),
    selectMedianMs: median(selects),
    panBeforeMs,
    panAfterMs,
    sawProgress,
    onCpu,
  };
}

export async function benchImport(browser: Browser, url: string): Promise<ImportBench[]> {
  const out: ImportBench[] = [];
  for (const n of IMPORT_SIZES) out.push(await one(browser, url, n));
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url, server } = await serveStatic('dist');
  const browser = await launchChromium();
  try {
    for (const r of await benchImport(browser, url))
      console.log(
        `import ${String(r.n).padStart(7)} points: file→preview ${r.previewMs} ms, import→drawn ${r.commitMs} ms, ` +
          `filter→map idle median ${r.filterMedianMs} ms (Event Timing ${r.filterEventMs ?? '—'} ms: ${r.filterEvents.join(' ')}), hover→drawn median ${r.hoverMedianMs} ms, ` +
          `click→attributes median ${r.selectMedianMs} ms, pan frame ${Math.round(r.panBeforeMs)} → ${Math.round(r.panAfterMs)} ms, progress bar ${r.sawProgress ? 'shown' : 'not seen'}` +
          (r.onCpu ? ', drawn on the CPU' : ''),
      );
  } finally {
    await browser.close();
    server.close();
  }
}
