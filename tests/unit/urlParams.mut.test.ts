/** Link parameters a planner may type or edit by hand: the year of the time control and the area bounds. */
import { describe, expect, it } from 'vitest';
import { CURRENT_YEAR, FIRST_YEAR } from '../../src/analysis/implementation';
import { decodeUrl } from '../../src/io/urlState';
import { defaultLayers } from '../../src/state/layersSlice';

const decode = (search: string) => decodeUrl(search, defaultLayers());

describe('the year in a link', () => {
  it('takes a four-digit year from the first to the current one, both included', () => {
    for (const y of [FIRST_YEAR, 2023, CURRENT_YEAR]) {
      const { patch, problems } = decode(`year=${y}`);
      expect(patch.asOfYear, String(y)).toBe(y);
      expect(problems).toEqual([]);
    }
  });

  it('refuses years outside that span and anything not four digits', () => {
    for (const y of [FIRST_YEAR - 1, CURRENT_YEAR + 1, '2023x', 'x2023', '202', '02023', '']) {
      const { patch, problems } = decode(`year=${y}`);
      expect(patch.asOfYear, String(y)).toBeUndefined();
      expect(problems, String(y)).toEqual([{ param: 'year', reason: 'invalid' }]);
    }
  });
});

describe('the area bounds in a link', () => {
  const area = (a: string) => {
    const { patch, problems } = decode(`area=${a}`);
    return problems.length ? problems : [patch.filters?.areaMin, patch.filters?.areaMax];
  };

  it('takes a lower bound, an upper bound or both (equal allowed), decimals included', () => {
    expect(area('10-500')).toEqual([10, 500]);
    expect(area('10-')).toEqual([10, null]);
    expect(area('-500')).toEqual([null, 500]);
    expect(area('12.5-12.5')).toEqual([12.5, 12.5]);
  });

  it('refuses an empty range, a reversed one and anything else', () => {
    for (const a of ['-', '500-10', '10', 'a-5', '5-b', '1.-5', '-5-', '10-500x', 'x10-500'])
      expect(area(a), a).toEqual([{ param: 'area', reason: 'invalid' }]);
  });
});
