/** The filter as exports describe it: in the interface's language, with that language's punctuation. */
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { filterSummary } from '../../src/ui/export/ExportPanel';

describe('filter summary', () => {
  const f = {
    ...EMPTY_FILTERS,
    tables: ['柳南区' as const],
    types: ['国家物流枢纽' as const],
    statuses: ['在建' as const],
  };

  it('lists the parts with 、 in Chinese and commas in English', () => {
    expect(filterSummary(f, 'zh')).toBe('筛选：柳南区、国家物流枢纽、在建');
    expect(filterSummary(f, 'en')).toBe('Filter: 柳南区, National logistics hub, Under construction');
  });

  it('says when nothing is filtered', () => {
    expect(filterSummary(EMPTY_FILTERS, 'en')).not.toMatch(/、|；/);
  });
});
