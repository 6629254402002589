/**
 * Builds the app, then runs every browser test file (tests/e2e/*.e2e.ts) with Node's test runner
 * against dist/ served on 127.0.0.1. Fails with instructions when no Chromium is installed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { chromiumPath } from './browser';

chromiumPath(); // throws with install instructions before anything slow happens

const run = (cmd: string, args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

// Precompressed copies are for deployment; the tests serve the plain files.
if (!process.env.E2E_SKIP_BUILD) run('npx', ['vite', 'build', '--logLevel', 'warn'], { PRECOMPRESS: '0' });
const files = readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.e2e.ts'))
  .filter((f) => !process.env.E2E_ONLY || f.includes(process.env.E2E_ONLY))
  .map((f) => `tests/e2e/${f}`);
run(process.execPath, [
  '--import',
  'tsx',
  '--test',
  '--test-concurrency=1',
  '--test-reporter=spec',
  ...files,
]);
