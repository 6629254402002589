/**
 * Page loads for the bench: time from navigation to data-map-ready, the browser's processor time
 * meanwhile, and the bytes each kind costs.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { launchedBrowserMarker, MS_PER_TICK, processTicks, ticksBetween } from './host';

type Kind = 'js' | 'css' | 'data' | 'other';
const kindOf = (url: string): Kind => {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(geo)?json$/.test(path)) return 'data';
  return 'other';
};

export interface Load {
  ms: number;
  /** The page's start-up milestones (performance marks named lz:*), ms from navigation. */
  marks: Record<string, number>;
  /** Only for a load asked to count them (see loadPage). */
  bytes?: Record<Kind, { raw: number; gzip: number }>;
  /**
   * Processor time of all the browser's processes from navigation to a ready map (Linux only). Time
   * the host kept (steal) is not in it, so it varies less than the wall time.
   */
  cpuMs?: number;
}

let marker: string | null | undefined; // looked up once, at the first load
/** The browser's processes as they stand, or null where they cannot be read. */
const browserTicks = () => {
  if (marker === undefined) marker = launchedBrowserMarker();
  return marker ? processTicks(marker) : null;
};

/** Records when the map element gets data-map-ready="true", relative to navigation start. */
const READY_PROBE = () => {
  const w = window as unknown as { __readyAt?: number };
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-map-ready="true"]') && w.__readyAt === undefined) {
      w.__readyAt = performance.now();
      obs.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
};

/**
 * Loads `url` to a ready map. With `countBytes`, every response body is also read back over the
 * DevTools protocol, which makes the browser work while the page loads, and more so the more the page
 * downloads: timed loads leave it off, so instrumentation never weighs on one side of a ratio.
 */
export async function loadPage(browser: Browser, url: string, countBytes = false): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(READY_PROBE);
  const page = await context.newPage();
  const bodies: Array<Promise<{ kind: Kind; body: Buffer; askedAt: number } | null>> = [];
  // What the first open transfers: files asked for after the map is ready (e.g. the drawing tools,
  // fetched once it is idle) are not counted, and may still be arriving when the page closes.
  const onResponse = (res: Response) => {
    if (countBytes && res.url().startsWith('http'))
      bodies.push(
        res.body().then(
          (body) => ({ kind: kindOf(res.url()), body, askedAt: res.request().timing().startTime }),
          () => null,
        ),
      );
  };
  page.on('response', onResponse);
  const ticksBefore = browserTicks();
  await page.goto(url);
  await page.waitForFunction(() => (window as { __readyAt?: number }).__readyAt !== undefined, null, {
    timeout: 120_000,
  });
  const ticksAfter = browserTicks();
  const cpu = ticksBefore && ticksAfter ? { cpuMs: ticksBetween(ticksBefore, ticksAfter) * MS_PER_TICK } : {};
  const [ms, readyEpoch, marks] = await page.evaluate(() => {
    const at = (window as unknown as { __readyAt: number }).__readyAt;
    const marks: Record<string, number> = {};
    // The first of each name: a milestone may repeat later (e.g. a second render).
    for (const m of performance.getEntriesByType('mark'))
      if (m.name.startsWith('lz:') && !(m.name in marks)) marks[m.name] = m.startTime;
    return [at, performance.timeOrigin + at, marks] as const;
  });
  page.off('response', onResponse);
  if (!countBytes) {
    await context.close();
    return { ms, marks, ...cpu };
  }
  const bytes = {
    js: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    data: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
  };
  for (const got of await Promise.all(bodies)) {
    if (!got || got.askedAt > readyEpoch) continue;
    const { kind, body } = got;
    bytes[kind].raw += body.length;
    bytes[kind].gzip += gzipSync(body).length;
  }
  await context.close();
  return { ms, marks, bytes, ...cpu };
}

/** Median time of each milestone over the loads that reached it, in the order they occur. */
export function medianMarks(loads: Load[]): Array<[string, number]> {
  const names = [...new Set(loads.flatMap((l) => Object.keys(l.marks)))];
  return names
    .map((n): [string, number] => [n, median(loads.flatMap((l) => (n in l.marks ? [l.marks[n]!] : [])))])
    .sort((a, b) => a[1] - b[1]);
}

export const median = (xs: number[]) => quantile(xs, 0.5);
export function quantile(xs: number[], f: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (f === 0.5 && s.length % 2 === 0) return (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return s[Math.min(s.length - 1, Math.floor(s.length * f))]!;
}
export const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
export const round = (n: number) => Math.round(n).toString();
