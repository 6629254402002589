/** Free-text search over a project's fields: only what the plan states is searched. */
import { describe, expect, it } from 'vitest';
import { applyFilters, matchesText } from '../../src/analysis/filterProjects';
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
