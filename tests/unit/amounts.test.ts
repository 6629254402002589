import { describe, expect, it } from 'vitest';
import { fmt, formatYi } from '../../src/i18n/amounts';

const intl = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** Deterministic spread of values: every magnitude up to 10^13, with up to 5 decimals, both signs. */
function spread(): number[] {
  const out: number[] = [];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < 20000; i++) {
    const v = next() * 10 ** Math.floor(next() * 14);
    out.push(v, Number(v.toFixed(i % 6)), -Number(v.toFixed(i % 4)));
  }
  return out;
}

describe('amounts', () => {
  it('reads naturally in English and as the plan writes it in Chinese', () => {
    expect(formatYi(4.3, 'en')).toBe('430 million yuan');
    expect(formatYi(25, 'en')).toBe('2.5 billion yuan');
    expect(formatYi(10, 'en')).toBe('1 billion yuan');
    expect(formatYi(0.5, 'en')).toBe('50 million yuan');
    expect(formatYi(4.3, 'zh')).toBe('4.3 亿元');
    expect(formatYi(1234.5, 'zh')).toBe('1,234.5 亿元');
  });

  it('writes a number as Intl.NumberFormat does (grouped thousands, at most two decimals)', () => {
    // Ties round away from zero on the digits the number prints as; "-0" keeps its sign.
    const edges = [0, -0, -0.001, 0.5, 1.005, -1.005, 2.675, 0.995, 9.995, 999.995, 12.5, 4.3, 100, 1000];
    const more = [1234567.891, 123456789012.345, 99999999999.995, 1e-7, 1e21, NaN, Infinity, -Infinity];
    for (const v of [...edges, ...more]) expect(fmt(v), String(v)).toBe(intl.format(v));
    expect(fmt(1.005)).toBe('1.01');
    expect(fmt(1234567.891)).toBe('1,234,567.89');
    const wrong = spread().filter((v) => fmt(v) !== intl.format(v));
    expect(wrong.slice(0, 5).map((v) => [v, fmt(v), intl.format(v)])).toEqual([]);
  });
});
