import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byCodeUnit } from '../../src/domain/codeOrder';

// The shipped events: the keys the app orders this way (dates of documents, event ids).
const events = (
  JSON.parse(readFileSync(new URL('../../data/plan/events.json', import.meta.url), 'utf8')) as {
    events: Array<{ id: string; doc_date: string }>;
  }
).events;

describe('byCodeUnit', () => {
  it('orders the shipped dates and ids as the locale collation does', () => {
    const keys = [
      ...events.map((e) => e.id),
      ...events.map((e) => e.doc_date),
      '2021',
      '2021-03',
      '2021-03-28',
    ];
    const shuffled = [...keys].reverse();
    expect([...shuffled].sort(byCodeUnit)).toEqual([...shuffled].sort((a, b) => a.localeCompare(b)));
  });

  it('is a comparator: negative, zero, positive', () => {
    expect(byCodeUnit('2021-03', '2021-04')).toBeLessThan(0);
    expect(byCodeUnit('2021-04', '2021-03')).toBeGreaterThan(0);
    expect(byCodeUnit('2021', '2021')).toBe(0);
    expect(byCodeUnit('2021', '2021-01')).toBeLessThan(0);
  });
});
