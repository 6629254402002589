/**
 * The bench cases, one entry each: a case loads what it needs and returns table rows. Adding a case
 * is a few lines here — a name and a run function, usually built on the helpers in ./pages.
 */
import type { Browser } from 'playwright-core';
import { loadPage, median, medianMarks, kib, round, type Load } from './pages';
import { clickToPaint } from './interactions';
import { benchImport } from '../bench-import';

export interface Row {
  measure: string;
  value: string;
  note?: string;
}

export interface BenchCase {
  name: string;
  run(browser: Browser, baseUrl: string): Promise<Row[]>;
}

const ROUNDS = Number(process.env.BENCH_RUNS ?? 9);

export const CASES: BenchCase[] = [
  {
    // App and bare page alternate round by round, so drifting machine load hits both alike; the
    // figure is the median of per-round ratios, not a ratio of medians.
    name: 'load: app vs bare MapLibre, interleaved',
    async run(browser, baseUrl) {
      const appUrl = baseUrl;
      const bareUrl = `${baseUrl}bench/bare.html`;
      // The warm-up loads (disk cache, JIT) count the bytes; the timed ones only wait for the map.
      const appLoad = await loadPage(browser, appUrl, true);
      const bareLoad = await loadPage(browser, bareUrl, true);
      const app: number[] = [];
      const appLoads: Load[] = [];
      const bare: number[] = [];
      const ratios: number[] = [];
      const cpu: Array<{ app: number; bare: number }> = [];
      for (let i = 0; i < ROUNDS; i++) {
        // Alternate which page goes first so neither always gets the warmer machine.
        const first = i % 2 ? bareUrl : appUrl;
        const a = await loadPage(browser, first);
        const b = await loadPage(browser, first === appUrl ? bareUrl : appUrl);
        const [appRun, bareRun] = first === appUrl ? [a, b] : [b, a];
        appLoads.push(appRun);
        app.push(appRun.ms);
        bare.push(bareRun.ms);
        ratios.push(appRun.ms / bareRun.ms);
        const used = appRun.cpuMs && bareRun.cpuMs ? { app: appRun.cpuMs, bare: bareRun.cpuMs } : null;
        if (used) cpu.push(used);
        console.log(
          `  round ${i + 1}: app ${round(appRun.ms)} ms, bare ${round(bareRun.ms)} ms` +
            (used ? ` (processor ${used.app} / ${used.bare} ms)` : ''),
        );
      }
      const bytes = (l: Load, k: 'js' | 'css' | 'data' | 'other') =>
        l.bytes ? `${kib(l.bytes[k].gzip)} gzip (${kib(l.bytes[k].raw)} raw)` : '—';
      return [
        {
          measure: 'app/bare load ratio, median of rounds',
          value: ratios.length ? median(ratios).toFixed(2) : '—',
          note: `${ROUNDS} rounds: ${ratios.map((r) => r.toFixed(2)).join(' ')} (target ≤ 1.3)`,
        },
        { measure: 'app: navigation → map ready, median', value: `${round(median(app))} ms` },
        { measure: 'bare: navigation → map ready, median', value: `${round(median(bare))} ms` },
        ...(cpu.length
          ? [
              {
                measure: 'app/bare processor time per load, median of rounds',
                value: median(cpu.map((c) => c.app / c.bare)).toFixed(2),
                note: `all the browser's processes, from /proc; app ${round(median(cpu.map((c) => c.app)))} ms, bare ${round(median(cpu.map((c) => c.bare)))} ms; the host's steal is not in it`,
              },
            ]
          : []),
        {
          measure: 'app: start-up milestones, median ms from navigation',
          value: medianMarks(appLoads)
            .map(([n, ms]) => `${n.replace(/^lz:/, '')} ${round(ms)}`)
            .join(' · '),
          note: 'app-start: the main module runs; map-view: first render committed; see src/main.tsx',
        },
        ...(['js', 'css', 'data', 'other'] as const).flatMap((k) => [
          { measure: `app ${k} transferred`, value: bytes(appLoad, k) },
          { measure: `bare ${k} transferred`, value: bytes(bareLoad, k) },
        ]),
      ];
    },
  },
  {
    name: 'filter: app work and click → next paint',
    async run(browser, baseUrl) {
      const r = await clickToPaint(browser, baseUrl, [
        'option-type-商贸服务型',
        'option-status-在建',
        'option-type-国家物流枢纽',
        'option-status-新建',
      ]);
      return [
        {
          measure: 'filter: app map work (specs + flags), median',
          value: `${r.work.toFixed(1)} ms`,
          note: `p90 ${r.workP90.toFixed(1)} ms, ${r.n} changes`,
        },
        {
          measure: 'filter: click handler + React, median',
          value: `${r.processing.toFixed(1)} ms`,
          note: 'Event Timing processingStart → processingEnd',
        },
        {
          measure: 'filter: click → next paint, median',
          value: `${round(r.paint)} ms`,
          note: `p90 ${round(r.paintP90)} ms; as INP measures it (Event Timing, else rAF)`,
        },
      ];
    },
  },
  {
    name: 'import: 1k / 10k / 100k points (CSV through the UI)',
    async run(browser, baseUrl) {
      const rows: Row[] = [];
      for (const r of await benchImport(browser, baseUrl)) {
        rows.push(
          {
            measure: `import ${r.n}: file → preview drawn`,
            value: `${r.previewMs} ms`,
            note: 'target < 10 s at 100k',
          },
          { measure: `import ${r.n}: import → layer drawn`, value: `${r.commitMs} ms` },
          {
            measure: `import ${r.n}: attribute filter → ${r.onCpu ? 'points redrawn, next paint' : 'map idle'}, median`,
            value: `${r.filterMedianMs} ms`,
            note: `target < 150 ms; progress bar ${r.sawProgress ? 'shown' : 'not seen'}${r.onCpu ? '; drawn on the CPU' : ''}`,
          },
          {
            measure: `import ${r.n}: attribute filter → next frame presented (Event Timing), median`,
            value: r.filterEventMs === null ? '—' : `${Math.round(r.filterEventMs)} ms`,
            note: `as INP measures it; each: ${r.filterEvents.join(' ') || '—'} (under 16 ms not reported)`,
          },
          {
            measure: `import ${r.n}: pointer onto / off a point → mark or hand cursor shown, median`,
            value: `${r.hoverMedianMs} ms`,
            note: 'target < 100 ms',
          },
          {
            measure: `import ${r.n}: map dragged, time per frame before → with the layer, median`,
            value: `${Math.round(r.panBeforeMs)} → ${Math.round(r.panAfterMs)} ms`,
          },
          {
            measure: `import ${r.n}: click a point → its attributes shown, median`,
            value: `${r.selectMedianMs} ms`,
            note: 'target < 100 ms',
          },
        );
      }
      return rows;
    },
  },
];
