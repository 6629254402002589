import { describe, expect, it } from 'vitest';
import { medianMarks, type Load } from '../../scripts/bench/pages';

const load = (marks: Record<string, number>): Load => ({ ms: 0, marks });

describe('bench start-up milestones', () => {
  it('gives each milestone its median over the loads that reached it, in time order', () => {
    const loads = [
      load({ 'lz:map-ready': 3000, 'lz:app-start': 600, 'lz:data-loaded': 1500 }),
      load({ 'lz:map-ready': 3400, 'lz:app-start': 800 }),
      load({ 'lz:map-ready': 3200, 'lz:app-start': 700, 'lz:data-loaded': 1700 }),
    ];
    expect(medianMarks(loads)).toEqual([
      ['lz:app-start', 700],
      ['lz:data-loaded', 1600],
      ['lz:map-ready', 3200],
    ]);
  });

  it('has nothing to say without loads', () => {
    expect(medianMarks([])).toEqual([]);
  });
});
