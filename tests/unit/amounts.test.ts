import { describe, expect, it } from 'vitest';
import { formatYi } from '../../src/i18n/amounts';

describe('amounts', () => {
  it('reads naturally in English and as the plan writes it in Chinese', () => {
    expect(formatYi(4.3, 'en')).toBe('430 million yuan');
    expect(formatYi(25, 'en')).toBe('2.5 billion yuan');
    expect(formatYi(10, 'en')).toBe('1 billion yuan');
    expect(formatYi(0.5, 'en')).toBe('50 million yuan');
    expect(formatYi(4.3, 'zh')).toBe('4.3 亿元');
  });
});
