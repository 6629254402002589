/** The plan build is all-or-nothing: a bad record leaves every shipped file untouched. */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildPlan } from '../../scripts/lib/buildPlan';

const work = mkdtempSync(join(tmpdir(), 'plan-build-'));
for (const d of ['plan', 'base', 'sources']) cpSync(join('data', d), join(work, d), { recursive: true });
cpSync('data/README.md', join(work, 'README.md'));
const dirUrl = pathToFileURL(`${work}/`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const outputs = () => [
  ...readdirSync(join(work, 'plan'))
    .filter((f) => !f.startsWith('src'))
    .map((f) => [f, readFileSync(join(work, 'plan', f), 'utf8')]),
  ['README.md', readFileSync(join(work, 'README.md'), 'utf8')],
];

describe('npm run data:plan', () => {
  it('rebuilds exactly the shipped files from data/plan/src', () => {
    const before = outputs();
    const result = buildPlan(dirUrl);
    expect(result.problems).toEqual([]);
    expect(result.written).toBe(true);
    expect(outputs()).toEqual(before);
  }, 60_000);

  it('writes nothing when one record is bad, and names file › record › field', () => {
    const before = outputs();
    const srcFile = join(work, 'plan/src/projects-a.json');
    const rows = JSON.parse(readFileSync(srcFile, 'utf8')) as Array<Record<string, unknown>>;
    rows[0]!.status = '已完成';
    // Also change a valid record, so a partial write would show in the outputs.
    rows[1]!.name = `${String(rows[1]!.name)}（改）`;
    const original = readFileSync(srcFile, 'utf8');
    writeFileSync(srcFile, JSON.stringify(rows));
    onTestFinished(() => writeFileSync(srcFile, original));
    const result = buildPlan(dirUrl);
    expect(result.written).toBe(false);
    expect(result.problems.join('\n')).toContain(
      `data/plan/projects.geojson › ${String(rows[0]!.id)} › status`,
    );
    expect(outputs()).toEqual(before);
  }, 60_000);
});
