/**
 * Filter-change timing: in the loaded app, ticks a filter option and measures, in the page, the time
 * from the click to the map's next `idle` with the new result drawn. Alternates a few options so
 * each change has a different result.
 */
import type { Browser } from 'playwright-core';

const OPTIONS = [
  'option-county-鹿寨县',
  'option-type-商贸服务型',
  'option-status-在建',
  'option-county-柳南区',
];
const ROUNDS = Number(process.env.BENCH_FILTER_ROUNDS ?? 5);

export async function benchFilters(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-map-ready="true"]', { timeout: 120_000 });
  const times: number[] = [];
  const repaints: number[] = [];
  // One warm-up pass, then ROUNDS passes of ticking and unticking every option.
  for (let round = 0; round <= ROUNDS; round++) {
    for (const testId of [...OPTIONS, ...OPTIONS]) {
      const ms = await page.evaluate(async (id) => {
        const map = document.querySelector('[data-testid="map"]') as HTMLElement & {
          inspector: { whenIdle(): Promise<void> };
        };
        const input = document.querySelector(`[data-testid="${id}"] input`) as HTMLInputElement;
        const t0 = performance.now();
        input.click();
        await map.inspector.whenIdle();
        return performance.now() - t0;
      }, testId);
      if (round > 0) times.push(ms);
    }
    // Context: the same wait with no change at all, i.e. what one repaint costs on this machine.
    const idle = await page.evaluate(async () => {
      const map = document.querySelector('[data-testid="map"]') as HTMLElement & {
        inspector: { whenIdle(): Promise<void> };
      };
      const t0 = performance.now();
      await map.inspector.whenIdle();
      return performance.now() - t0;
    });
    if (round > 0) repaints.push(idle);
  }
  await context.close();
  const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * f)]!;
  console.log(
    `\nfilter change → map idle: median ${q(times, 0.5).toFixed(0)} ms, p90 ${q(times, 0.9).toFixed(0)} ms over ${times.length} changes (target < 100 ms)`,
  );
  console.log(
    `  for comparison, a repaint with no change → idle: median ${q(repaints, 0.5).toFixed(0)} ms (${repaints.length} samples)`,
  );
}
