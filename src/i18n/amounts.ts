/** Numbers and money as the plan states them, written as each language reads them. */
import type { Lang } from './strings';

/**
 * Grouped thousands and at most two decimals: what Intl.NumberFormat('zh-CN' or 'en',
 * { maximumFractionDigits: 2 }) writes (both group by three with ","), without Intl. The page's
 * first Intl number format loads the locale data, tens of ms of the main thread at every first
 * open, for a list that shows a few amounts. Rounds half away from zero on the digits the number
 * prints as, as Intl does (1.005 → 1.01); the unit tests hold it to Intl's output.
 */
export function fmt(n: number): string {
  const digits = String(Math.abs(n));
  const parts = /^(\d{1,13})(?:\.(\d+))?$/.exec(digits);
  // Not a plain decimal (NaN, infinity, exponent forms) or too long to round exactly here: Intl.
  if (!parts) return new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(n);
  const frac = parts[2] ?? '';
  const cents = Number(parts[1]! + frac.slice(0, 2).padEnd(2, '0')) + ((frac[2] ?? '0') >= '5' ? 1 : 0);
  const rest = cents % 100;
  const decimals = rest ? `.${String(rest).padStart(2, '0').replace(/0$/, '')}` : '';
  const whole = String((cents - rest) / 100).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 || Object.is(n, -0) ? '-' : ''}${whole}${decimals}`;
}

/** zh: "4.3 亿元"; en: "430 million yuan" / "2.5 billion yuan" (no "4.3 100 million yuan"). */
export function formatYi(yi: number, lang: Lang): string {
  if (lang === 'zh') return `${fmt(yi)} 亿元`;
  const yuan = yi * 1e8;
  return yuan >= 1e9 ? `${fmt(yuan / 1e9)} billion yuan` : `${fmt(yuan / 1e6)} million yuan`;
}
