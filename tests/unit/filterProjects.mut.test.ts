/** Free-text search over a project's fields: only what the plan states is searched. */
import { describe, expect, it } from 'vitest';
import { applyFilters, matchesText, sortProjects } from '../../src/analysis/filterProjects';
import { makeFilters, makeProject } from './factories';

describe('text search over missing fields', () => {
  it('a field the plan leaves empty is not searched as the word "null"', () => {
    const p = makeProject({ summary: null, location_text: null, scale_text: null });
    expect(matchesText(p, 'null', new Map())).toBe(false);
    expect(matchesText(p, 'undefined', new Map())).toBe(false);
  });
});

describe('only in view', () => {
  it('drops a project beyond any one edge of the view, and keeps one inside', () => {
    const bounds: [number, number, number, number] = [109, 24, 110, 25];
    const inside = makeProject({}, [109.5, 24.5]);
    const beyond = [
      makeProject({}, [108.9, 24.5]),
      makeProject({}, [110.1, 24.5]),
      makeProject({}, [109.5, 23.9]),
      makeProject({}, [109.5, 25.1]),
    ];
    const kept = applyFilters([inside, ...beyond], makeFilters({ inView: true }), {
      search: new Map(),
      bounds,
    });
    expect(kept).toEqual([inside]);
    for (const p of beyond)
      expect(applyFilters([p], makeFilters({ inView: true }), { search: new Map(), bounds })).toEqual([]);
  });
});

describe('sorting by name', () => {
  it('follows the names’ pinyin, not the table order', () => {
    const first = makeProject({ table: '柳南区', seq: 1, name: '乙站' });
    const second = makeProject({ table: '柳南区', seq: 2, name: '甲站' });
    const names = (dir: 'asc' | 'desc') =>
      sortProjects([first, second], { key: 'name', dir }).map((p) => p.properties.name);
    expect(names('asc')).toEqual(['甲站', '乙站']);
    expect(names('desc')).toEqual(['乙站', '甲站']);
  });
});

describe('sorting by a number', () => {
  it('a project without the figure goes last, whichever order the list was in', () => {
    const stated = makeProject({ table: '鹿寨县', seq: 1, area_mu: 5 });
    const missing = makeProject({ table: '柳南区', seq: 1, area_mu: null });
    for (const list of [
      [stated, missing],
      [missing, stated],
    ])
      expect(sortProjects(list, { key: 'area', dir: 'asc' })).toEqual([stated, missing]);
  });
});
