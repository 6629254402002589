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
  /** Legend symbols that show a marker shape, not a colour. */
  neutral: '#555555',
  /** County-level project counts: muted, unlike any project type colour. */
  badge: '#5a5247',
} as const;

/** Key projects: colour by type (重点物流项目表 类型). */
export const PROJECT_TYPE_COLORS = {
  国家物流枢纽: '#c0392b',
  生产服务型: '#2563a8',
  商贸服务型: '#d97706',
  综合服务型: '#2f855a',
} as const;

/** Plan themes. */
export const THEME_COLORS = {
  core: '#b03a2e',
  zone: '#c77c0e',
  cluster: '#2f7d4f',
  railport: '#6a1b9a',
  railProject: '#d35400',
  road: '#1b7f3b',
  water: '#1565c0',
  air: '#00838f',
  pipeline: '#8e24aa',
  channel: '#37474f',
  county: '#6d4c41',
  town: '#5d4037',
  hub: '#ad1457',
  works: '#546e7a',
  /** Projects of other documents: apart from every plan theme's colour. */
  other: '#827717',
} as const;
