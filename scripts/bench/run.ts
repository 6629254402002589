/**
 * npm run bench — builds for production, serves dist/ on 127.0.0.1 and runs every case of
 * CASES (scripts/bench/cases.ts) in headless Chromium. Prints one table and writes the raw figures
 * to bench-results/. It reports; it never fails on the figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { serveStatic } from '../serve';
import { launchChromium } from '../../tests/e2e/browser';
import { CASES, type Row } from './cases';
import { cpuTimes, stealShare } from './host';

if (!process.env.BENCH_SKIP_BUILD) {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const only = process.env.BENCH_ONLY;
const { url, server } = await serveStatic('dist');
const browser = await launchChromium();
const rows: Row[] = [];
try {
  for (const c of CASES.filter((c) => !only || c.name.includes(only))) {
    console.log(`… ${c.name}`);
    const before = cpuTimes();
    rows.push(...(await c.run(browser, url)));
    const steal = stealShare(before, cpuTimes());
    if (steal !== null)
      rows.push({
        measure: `${c.name.split(':')[0]}: host steal`,
        value: `${(steal * 100).toFixed(1)} %`,
        note: "processor time the virtual machine's host kept; with more than a few % the ratios above are noisy",
      });
  }
} finally {
  await browser.close();
  server.close();
}

const widths = [0, 1, 2].map((i) =>
  Math.max(...rows.map((r) => [r.measure, r.value, r.note ?? ''][i]!.length)),
);
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`\n${line(['measure', 'value', 'note'])}\n${line(widths.map((w) => '-'.repeat(w)))}`);
for (const r of rows) console.log(line([r.measure, r.value, r.note ?? '']));

mkdirSync('bench-results', { recursive: true });
const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify(rows, null, 2));
console.log(`\nraw figures: ${file}`);
