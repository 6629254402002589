/**
 * Import benchmark: 1k / 10k / 100k synthetic points as a CSV, imported through the UI in headless
 * Chromium against the built dist/. Reports the time from choosing the file to the preview (parse in
 * the worker + preview drawn), from "import" to the layer drawn, and the median time from typing an
 * attribute filter to the map's next idle. Run alone (`npx tsx scripts/bench-import.ts`, after
 * `vite build`) or from bench.ts through benchImport(). It reports; it never fails on the figures.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from './serve';
import { launchChromium } from '../tests/e2e/browser';

export const IMPORT_SIZES = [1_000, 10_000, 100_000] as const;

/** n points spread over the city, with a category and a name to filter on. */
function syntheticCsv(n: number): string {
  const lines = ['name,category,lng,lat'];
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < n; i++)
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

export interface ImportBench {
  n: number;
  previewMs: number;
  commitMs: number;
  filterMedianMs: number;
  sawProgress: boolean;
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
  const times: number[] = [];
  for (const v of ['c1', 'c2', '', 'c3', 'c4', '', 'c5']) {
    const t = Date.now();
    await page.getByTestId('imported-filter-value').fill(v);
    await idle(page);
    times.push(Date.now() - t);
  }
  times.sort((a, b) => a - b);
  await context.close();
  return { n, previewMs, commitMs, filterMedianMs: times[Math.floor(times.length / 2)]!, sawProgress };
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
          `filter→map idle median ${r.filterMedianMs} ms, progress bar ${r.sawProgress ? 'shown' : 'not seen'}`,
      );
  } finally {
    await browser.close();
    server.close();
  }
}
