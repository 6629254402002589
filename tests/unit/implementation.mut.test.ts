import { describe, expect, it } from 'vitest';
import { itemStateAsOf } from '../../src/analysis/implementation';
import { docEvent } from './fixtures';

describe('stage as of a year', () => {
  it('a later statement of a figure leaves the stage an earlier result gave', () => {
    const events = [
      docEvent({ item_ids: ['a'], period_year: 2020, stage: '开工' }),
      docEvent({ item_ids: ['a'], period_year: 2022, stage: null, value: 3, unit: '个' }),
    ];
    expect(itemStateAsOf('a', events, 2026).stage).toBe('开工');
  });
});
