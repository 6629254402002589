/** Unit conversions for attribute values (numbers themselves: i18n/amounts `fmt`). */
/** 亩 to km² at the plan's own conversion, 1 km² = 1500 亩. */
export const muToKm2 = (mu: number) => mu / 1500;
