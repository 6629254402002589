/** Which of the planner's drawings the map shows while a story step is presented. */
import { describe, expect, it } from 'vitest';
import { shownDrawings } from '../../src/analysis/shownDrawings';
import type { Drawing } from '../../src/domain/drawing';

const drawing = (id: string): Drawing => ({
  id,
  kind: 'point',
  geometry: { type: 'Point', coordinates: [109.4, 24.3] },
  color: '#d7263d',
  label: id,
  created_at: '2026-01-01T00:00:00.000Z',
});

describe('shown drawings', () => {
  const drawings = [drawing('a'), drawing('b'), drawing('c')];
  const ids = (list: readonly Drawing[]) => list.map((d) => d.id);

  it('all of them outside a presentation, or for a step saved before drawings were recorded', () => {
    expect(shownDrawings({ drawings, presentation: null })).toBe(drawings);
    expect(shownDrawings({ drawings, presentation: {} })).toBe(drawings);
  });

  it('exactly the step’s drawings, in the planner’s order, ignoring ones since deleted', () => {
    expect(ids(shownDrawings({ drawings, presentation: { drawings: ['c', 'gone', 'a'] } }))).toEqual([
      'a',
      'c',
    ]);
    expect(shownDrawings({ drawings, presentation: { drawings: [] } })).toEqual([]);
  });
});
