/** Free-text search over a project's fields: only what the plan states is searched. */
import { describe, expect, it } from 'vitest';
import { matchesText } from '../../src/analysis/filterProjects';
import { makeProject } from './factories';

describe('text search over missing fields', () => {
  it('a field the plan leaves empty is not searched as the word "null"', () => {
    const p = makeProject({ summary: null, location_text: null, scale_text: null });
    expect(matchesText(p, 'null', new Map())).toBe(false);
    expect(matchesText(p, 'undefined', new Map())).toBe(false);
  });
});
