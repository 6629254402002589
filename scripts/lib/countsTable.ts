/** The per-file feature counts by location quality, as the markdown table in data/README.md. */
import { THEMES } from '../../src/domain/schema';
import { PROJECTS_FILE, THEME_FILES } from '../../src/domain/planFiles';
import { readJson } from './sources';

export const COUNTS_START = '<!-- counts:start (written by scripts/build-plan.ts) -->';
export const COUNTS_END = '<!-- counts:end -->';

interface Counted {
  features: Array<{ properties: Record<string, unknown> }>;
}

/** Counts from `built` (file name → collection) where given, otherwise from the shipped files. */
export function countsTable(built: Record<string, unknown> = {}): string {
  const files = [PROJECTS_FILE, ...THEMES.map((t) => THEME_FILES[t])];
  const rows = files.map((file) => {
    const fc = (built[file] ?? readJson(`plan/${file}`)) as Counted;
    const isCounty = (f: Counted['features'][number]) => f.properties.placement_scope === 'county';
    // The four columns partition the file: county-level records are approximate ones placed only
    // by district/county, counted apart from the approximate ones placed from the plan's words.
    const n = (q: string) =>
      fc.features.filter((f) => f.properties.location_quality === q && !isCounty(f)).length;
    return {
      file,
      total: fc.features.length,
      exact: n('exact'),
      approximate: n('approximate'),
      schematic: n('schematic'),
      county: fc.features.filter(isCounty).length,
    };
  });
  const sum = (k: 'total' | 'exact' | 'approximate' | 'schematic' | 'county') =>
    rows.reduce((a, r) => a + r[k], 0);
  return [
    '| file | features | exact | approximate | schematic | county-level |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| \`plan/${r.file}\` | ${r.total} | ${r.exact} | ${r.approximate} | ${r.schematic} | ${r.county} |`,
    ),
    `| **all** | ${sum('total')} | ${sum('exact')} | ${sum('approximate')} | ${sum('schematic')} | ${sum('county')} |`,
  ].join('\n');
}

export function withCounts(readme: string, built: Record<string, unknown> = {}): string {
  const a = readme.indexOf(COUNTS_START);
  const b = readme.indexOf(COUNTS_END);
  if (a < 0 || b < a) throw new Error('data/README.md lacks the counts markers');
  return `${readme.slice(0, a + COUNTS_START.length)}\n${countsTable(built)}\n${readme.slice(b)}`;
}
