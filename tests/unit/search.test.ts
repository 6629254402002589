import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchesText, type SearchEntry } from '../../src/analysis/filterProjects';
import type { ProjectFeature } from '../../src/domain/data';
import { searchEntries } from '../../scripts/lib/searchIndex';

const projects = (
  JSON.parse(readFileSync('data/plan/projects.geojson', 'utf8')) as { features: ProjectFeature[] }
).features;
const shipped: SearchEntry[] = JSON.parse(readFileSync('data/plan/search.json', 'utf8'));
const index = new Map(shipped.map((s) => [s.id, s]));
const find = (q: string) => projects.filter((p) => matchesText(p, q, index)).map((p) => p.properties.id);

describe('text search', () => {
  it('pinyin and initials find what the Chinese finds, over every searched field', () => {
    const zh = find('冷链');
    expect(zh.length).toBeGreaterThan(1);
    expect(find('lenglian')).toEqual(zh);
    expect(find('ll').length).toBeGreaterThanOrEqual(zh.length);
    // A word that is only in the summaries, not in any name, is found by its pinyin too.
    const onlySummary = projects.filter(
      (p) => !p.properties.name.includes('冷链') && p.properties.summary?.includes('冷链'),
    );
    expect(onlySummary.length).toBeGreaterThan(0);
    for (const p of onlySummary) expect(find('lenglian')).toContain(p.properties.id);
  });

  it('the shipped index is the derivation of the shipped projects', () => {
    expect(shipped.filter((e) => !('place' in e))).toEqual(searchEntries(projects));
  });
});
