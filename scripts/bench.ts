/**
 * npm run bench — builds for production, serves dist/ on 127.0.0.1 and loads the app and a bare
 * MapLibre page (bench/bare.html: same GeoJSON, plain styling, no app code) in headless Chromium.
 * Prints the median time from navigation to data-map-ready over RUNS loads after a warm-up, the
 * bytes (raw and gzip) of JS, CSS and data each page loads, and the app/bare ratio. It reports;
 * it never fails on the figures.
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from './serve';
import { launchChromium } from '../tests/e2e/browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

if (!process.env.BENCH_SKIP_BUILD) {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

type Kind = 'js' | 'css' | 'data' | 'other';
const kindOf = (url: string): Kind => {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(geo)?json$/.test(path)) return 'data';
  return 'other';
};

interface Load {
  ms: number;
  bytes: Record<Kind, { raw: number; gzip: number }>;
}

/** Records when the map element gets data-map-ready="true", relative to navigation start. */
const READY_PROBE = () => {
  const w = window as unknown as { __readyAt?: number };
  new MutationObserver((_, obs) => {
    const el = document.querySelector('[data-map-ready="true"]');
    if (el && w.__readyAt === undefined) {
      w.__readyAt = performance.now();
      obs.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
};

async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(READY_PROBE);
  const page: Page = await context.newPage();
  const bodies: Array<Promise<{ kind: Kind; body: Buffer }>> = [];
  page.on('response', (res) => {
    if (res.url().startsWith('http'))
      bodies.push(res.body().then((body) => ({ kind: kindOf(res.url()), body })));
  });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __readyAt?: number }).__readyAt !== undefined,
    null,
    {
      timeout: 120_000,
    },
  );
  const ms = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
  const bytes = {
    js: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    data: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
  };
  for (const { kind, body } of await Promise.all(bodies)) {
    bytes[kind].raw += body.length;
    bytes[kind].gzip += gzipSync(body).length;
  }
  await context.close();
  return { ms, bytes };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function measure(browser: Browser, name: string, url: string) {
  await load(browser, url); // warm-up
  const loads: Load[] = [];
  for (let i = 0; i < RUNS; i++) loads.push(await load(browser, url));
  const times = loads.map((l) => l.ms);
  const b = loads[0]!.bytes;
  console.log(`\n${name}: ${url}`);
  console.log(
    `  time to data-map-ready: median ${median(times).toFixed(0)} ms  (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`,
  );
  for (const k of ['js', 'css', 'data'] as const)
    console.log(`  ${k.padEnd(4)}: ${kb(b[k].raw)} raw, ${kb(b[k].gzip)} gzip`);
  return median(times);
}

const { url, server } = await serveStatic('dist');
const browser = await launchChromium();
try {
  const app = await measure(browser, 'app', url);
  const bare = await measure(browser, 'bare MapLibre baseline', `${url}bench/bare.html`);
  console.log(`\napp/bare time ratio: ${(app / bare).toFixed(2)} (target ≤ 1.3)`);
  const { benchFilters } = await import('./bench-filters');
  await benchFilters(browser, url);
} finally {
  await browser.close();
  server.close();
}
