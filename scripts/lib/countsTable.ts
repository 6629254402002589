/** The per-file feature counts by location quality, as the markdown table in data/README.md. */
import { THEMES } from '../../src/domain/schema';
import { PROJECTS_FILE, THEME_FILES } from '../../src/domain/planFiles';
import { readJson } from './sources';

export const COUNTS_START = '<!-- counts:start (written by scripts/build-plan.ts) -->';
export const COUNTS_END = '<!-- counts:end -->';

export function countsTable(): string {
  const files = [PROJECTS_FILE, ...THEMES.map((t) => THEME_FILES[t])];
  const rows = files.map((file) => {
    const fc = readJson<{ features: Array<{ properties: { location_quality: string } }> }>(`plan/${file}`);
    const n = (q: string) => fc.features.filter((f) => f.properties.location_quality === q).length;
    return {
      file,
      total: fc.features.length,
      exact: n('exact'),
      approximate: n('approximate'),
      schematic: n('schematic'),
    };
  });
  const sum = (k: 'total' | 'exact' | 'approximate' | 'schematic') => rows.reduce((a, r) => a + r[k], 0);
  return [
    '| file | features | exact | approximate | schematic |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) => `| \`plan/${r.file}\` | ${r.total} | ${r.exact} | ${r.approximate} | ${r.schematic} |`,
    ),
    `| **all** | ${sum('total')} | ${sum('exact')} | ${sum('approximate')} | ${sum('schematic')} |`,
  ].join('\n');
}

export function withCounts(readme: string): string {
  const a = readme.indexOf(COUNTS_START);
  const b = readme.indexOf(COUNTS_END);
  if (a < 0 || b < a) throw new Error('data/README.md lacks the counts markers');
  return `${readme.slice(0, a + COUNTS_START.length)}\n${countsTable()}\n${readme.slice(b)}`;
}
