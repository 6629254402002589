/**
 * Import benchmark: 1k / 10k / 100k synthetic points as a CSV, imported through the UI in headless
 * Chromium against the built dist/. Per case: file chosen → preview drawn; "import" → layer drawn;
 * attribute filter → map updated (the input event to the frame after the map's next render) and →
 * map idle; hover → highlight on screen (pointer move to the frame after deck's pick); click →
 * attribute panel on screen; the longest main-thread task while importing. Rounds are interleaved
 * (1k, 10k, 100k, then again) and each figure is a median, so machine load that drifts hits all
 * sizes alike; the 100k/1k ratio of each round is reported as well. Run alone
 * (`npx tsx scripts/bench-import.ts`, after `vite build`) or from bench.ts through benchImport().
 * It reports; it never fails on the figures.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from './serve';
import { launchChromium } from '../tests/e2e/browser';

export const IMPORT_SIZES = (process.env.BENCH_IMPORT_SIZES ?? '1000,10000,100000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
/** A named point at a known place, to hover and click. */
const TARGET: [number, number] = [109.4, 24.31];

/** n points spread over the city, with a category and a name to filter on; the first is TARGET. */
function syntheticCsv(n: number): string {
  const lines = ['name,category,lng,lat', `目标点,zz,${TARGET[0]},${TARGET[1]}`];
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 1; i < n; i++)
    lines.push(`p${i},c${i % 10},${(109.0 + rnd() * 0.8).toFixed(5)},${(24.0 + rnd() * 0.6).toFixed(5)}`);
  return lines.join('\n');
}

type Inspector = {
  whenIdle(): Promise<void>;
  afterNextRender(): Promise<number>;
  project(ll: [number, number]): { x: number; y: number };
  deckHovered(): { at: number } | null;
};
declare const inspectorOf: () => Inspector;
const INSPECTOR = () => {
  (window as unknown as { inspectorOf: () => unknown }).inspectorOf = () =>
    (document.querySelector('[data-testid="map"]') as unknown as { inspector: unknown }).inspector;
  // Long tasks: evidence of whether the page froze while importing.
  const w = window as unknown as { __long: number[] };
  w.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({
    type: 'longtask',
    buffered: true,
  });
};

const idle = (page: Page) => page.evaluate(() => inspectorOf().whenIdle());

/** Resolves (in the page) with the time from the first `type` event to `done()`'s result. */
const armed = (page: Page, type: string, done: 'render' | 'hover' | 'attributes') =>
  page.evaluateHandle(
    ([type, done]) =>
      new Promise<number>((resolve) =>
        document.addEventListener(
          type,
          (ev) => {
            const t0 = ev.timeStamp;
            const frame = () => inspectorOf().afterNextRender();
            const poll = (ok: () => boolean) =>
              new Promise<void>((r) => {
                const tick = () => (ok() ? r() : requestAnimationFrame(tick));
                tick();
              });
            const end =
              done === 'render'
                ? frame()
                : done === 'hover'
                  ? poll(() => (inspectorOf().deckHovered()?.at ?? 0) > t0).then(frame)
                  : poll(() => !!document.querySelector('[data-testid="imported-attributes"]')).then(
                      () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))),
                    );
            void end.then((t) => resolve(t - t0));
          },
          { capture: true, once: true },
        ),
      ),
    [type, done] as const,
  );

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

export interface ImportRun {
  n: number;
  previewMs: number;
  commitMs: number;
  /** Input event → the frame after the map's next render, median over the filter changes. */
  filterMs: number;
  filterIdleMs: number;
  /** Pointer move → the frame after the hovered point's highlight (large layers only). */
  hoverMs: number;
  /** Click → the attribute panel on screen. */
  selectMs: number;
  longestTaskMs: number;
  sawProgress: boolean;
}

async function one(browser: Browser, url: string, n: number): Promise<ImportRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const file = join(dir, `points-${n}.csv`);
  writeFileSync(file, syntheticCsv(n));
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(INSPECTOR);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-map-ready="true"]', { timeout: 120_000 });
  await page.getByTestId('tab-tools').click();
  await idle(page);
  await page.evaluate(() => ((window as unknown as { __long: number[] }).__long = []));
  let t0 = Date.now();
  await page.getByTestId('import-file').setInputFiles(file);
  const sawProgress = await page
    .getByTestId('import-progress')
    .waitFor({ timeout: 2000 })
    .then(() => true)
    .catch(() => false);
  await page.getByTestId('import-confirm').waitFor({ timeout: 300_000 });
  await idle(page);
  const previewMs = Date.now() - t0;
  t0 = Date.now();
  await page.getByTestId('import-commit').click();
  await page.locator('[data-testid^="imported-imp-"]').waitFor({ timeout: 300_000 });
  await idle(page);
  const commitMs = Date.now() - t0;
  const longestTaskMs = await page.evaluate(() =>
    Math.max(0, ...(window as unknown as { __long: number[] }).__long),
  );

  await page.getByTestId('imported-filter-field').selectOption('category');
  const filter: number[] = [];
  const filterIdle: number[] = [];
  for (const v of ['c1', 'c2', '', 'c3', 'c4', '']) {
    const r = await armed(page, 'input', 'render');
    const t = Date.now();
    await page.getByTestId('imported-filter-value').fill(v);
    filter.push(await r.jsonValue());
    await idle(page);
    filterIdle.push(Date.now() - t);
  }

  // Hover and select the named point, alone under the pointer (filtered to its category).
  await page.getByTestId('imported-filter-value').fill('zz');
  await idle(page);
  const box = (await page.getByTestId('map').boundingBox())!;
  const at = await page.evaluate((ll) => inspectorOf().project(ll), TARGET);
  const hover: number[] = [];
  const select: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.mouse.move(box.x + 5, box.y + 5);
    await idle(page);
    if (n > 5000) {
      const h = await armed(page, 'mousemove', 'hover');
      await page.mouse.move(box.x + at.x, box.y + at.y);
      hover.push(await Promise.race([h.jsonValue(), page.waitForTimeout(30_000).then(() => NaN)]));
      await idle(page);
    }
    const s = await armed(page, 'click', 'attributes');
    await page.mouse.click(box.x + at.x, box.y + at.y);
    select.push(await Promise.race([s.jsonValue(), page.waitForTimeout(30_000).then(() => NaN)]));
    await page.getByTestId('imported-attributes').getByRole('button').click();
  }
  await context.close();
  return {
    n,
    previewMs,
    commitMs,
    filterMs: median(filter),
    filterIdleMs: median(filterIdle),
    hoverMs: median(hover),
    selectMs: median(select),
    longestTaskMs,
    sawProgress,
  };
}

export interface ImportBench extends ImportRun {
  runs: number;
  /** Median over rounds of this size's figure divided by the 1k figure of the same round. */
  ratio: Partial<Record<keyof ImportRun, number>>;
}

const FIGURES = [
  'previewMs',
  'commitMs',
  'filterMs',
  'filterIdleMs',
  'hoverMs',
  'selectMs',
  'longestTaskMs',
] as const;

export async function benchImport(browser: Browser, url: string): Promise<ImportBench[]> {
  const rounds: ImportRun[][] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const round: ImportRun[] = [];
    for (const n of IMPORT_SIZES) {
      round.push(await one(browser, url, n));
      console.log(
        `  round ${r + 1}, ${n}: ${JSON.stringify(round.at(-1))} (load ${loadavg()[0]!.toFixed(1)})`,
      );
    }
    rounds.push(round);
  }
  return IMPORT_SIZES.map((n, i) => {
    const runs = rounds.map((round) => round[i]!);
    const out = {
      n,
      runs: runs.length,
      sawProgress: runs.every((x) => x.sawProgress),
      ratio: {},
    } as ImportBench;
    for (const k of FIGURES) {
      out[k] = median(runs.map((x) => x[k]));
      out.ratio[k] = median(rounds.map((round) => round[i]![k] / round[0]![k]));
    }
    return out;
  });
}

export const formatImportBench = (r: ImportBench): string =>
  `import ${String(r.n).padStart(7)} points (median of ${r.runs}): ` +
  FIGURES.map(
    (k) => `${k} ${Math.round(r[k])}${r.n === IMPORT_SIZES[0] ? '' : ` (×${r.ratio[k]?.toFixed(2)})`}`,
  ).join(', ') +
  `, progress bar ${r.sawProgress ? 'shown' : 'not seen'}`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url, server } = await serveStatic('dist');
  const browser = await launchChromium();
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  console.log(`load average at start: ${load()} (${new Date().toISOString()})`);
  try {
    for (const r of await benchImport(browser, url)) console.log(formatImportBench(r));
  } finally {
    console.log(`load average at end: ${load()}`);
    await browser.close();
    server.close();
  }
}
