/** Number formatting for attribute values (numbers as the plan states them, with units). */
const nf = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export const fmt = (n: number) => nf.format(n);

/** 亩 to km² at the plan's own conversion, 1 km² = 1500 亩. */
export const muToKm2 = (mu: number) => mu / 1500;
