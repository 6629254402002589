/** Colours used by specs and legends alike, so the two can never disagree. */
export const PALETTE = {
  outside: '#dfe4ea',
  land: '#f8f6f0',
  countyLine: '#9a948a',
  cityLine: '#5b5348',
  countyLabel: '#4a4339',
  halo: '#ffffff',
  river: '#7eb0d5',
  riverLabel: '#3c6e96',
  rail: '#4d4d4d',
  railHsr: '#9b2242',
  railDash: '#ffffff',
  station: '#ffffff',
  stationStroke: '#333333',
  airport: '#1f4e8c',
} as const;
