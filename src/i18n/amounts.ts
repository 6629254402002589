/** Numbers and money as the plan states them, written as each language reads them. */
import type { Lang } from './strings';

const zhNf = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const enNf = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** An attribute's number as stated (grouped thousands, at most two decimals), in every language. */
export const fmt = (n: number) => zhNf.format(n);

/** zh: "4.3 亿元"; en: "430 million yuan" / "2.5 billion yuan" (no "4.3 100 million yuan"). */
export function formatYi(yi: number, lang: Lang): string {
  if (lang === 'zh') return `${zhNf.format(yi)} 亿元`;
  const yuan = yi * 1e8;
  return yuan >= 1e9 ? `${enNf.format(yuan / 1e9)} billion yuan` : `${enNf.format(yuan / 1e6)} million yuan`;
}
