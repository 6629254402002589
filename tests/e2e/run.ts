/**
 * Builds the app, then runs every browser test file (tests/e2e/*.e2e.ts) with Node's test runner
 * against dist/ served on 127.0.0.1. Fails with instructions when no Chromium is installed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { chromiumPath } from './browser';

chromiumPath(); // throws with install instructions before anything slow happens

const run = (cmd: string, args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

// Precompressed copies are for deployment; the tests serve the plain files.
if (!process.env.E2E_SKIP_BUILD) run('npx', ['vite', 'build', '--logLevel', 'warn'], { PRECOMPRESS: '0' });
// The longest files start first, so two files at a time finish close together.
const LONGEST_FIRST = ['faults', 'first-hour', 'import-scale', 'present', 'explore', 'monitor', 'tools'];
const weight = (f: string) => {
  const i = LONGEST_FIRST.findIndex((name) => f === `${name}.e2e.ts`);
  return i < 0 ? LONGEST_FIRST.length : i;
};
const files = readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.e2e.ts'))
  .filter((f) => !process.env.E2E_ONLY || f.includes(process.env.E2E_ONLY))
  .sort((a, b) => weight(a) - weight(b) || a.localeCompare(b))
  .map((f) => `tests/e2e/${f}`);
// Each file has its own browser and server (port 0), so files can run side by side. A page spends
// much of its time waiting (data, workers, frames), so two files at a time use two cores better
// than one; E2E_CONCURRENCY=1 runs them one after another.
const concurrency = Number(process.env.E2E_CONCURRENCY) || Math.min(2, availableParallelism());
run(process.execPath, [
  '--import',
  'tsx',
  '--test',
  `--test-concurrency=${concurrency}`,
  '--test-reporter=spec',
  ...files,
]);
