/**
 * UI vocabulary in zh-CN (first language) and English. Plan content is never translated: only this
 * fixed vocabulary is.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const zh = {
  'app.title': '柳州物流规划一张图',
  'app.subtitle': '《柳州市物流业发展“十四五”规划》空间布局',
  'app.lang.toggle': 'English',
  'app.lang.label': '切换界面语言',
  'app.loading': '正在加载地图数据…',
  'app.loadError': '数据加载失败',
  'legend.title': '图例',
  'legend.county': '区县界',
  'legend.cityBoundary': '柳州市界',
  'legend.river': '河流（1:1000万，放大后隐去）',
  'legend.rail': '普速铁路',
  'legend.railHsr': '高速铁路',
  'legend.station': '火车站',
  'legend.airport': '机场',
  'layer.counties': '行政区划',
  'layer.rivers': '河流',
  'layer.railways': '铁路',
  'layer.stations': '火车站',
  'layer.airport': '机场',
  'notice.dismiss': '关闭提示',
  'map.label': '柳州市地图',
} as const;

export type StringKey = keyof typeof zh;

const en: Record<StringKey, string> = {
  'app.title': 'Liuzhou Logistics Plan Map',
  'app.subtitle': 'Spatial layout of the 14th Five-Year Logistics Plan of Liuzhou',
  'app.lang.toggle': '中文',
  'app.lang.label': 'Switch interface language',
  'app.loading': 'Loading map data…',
  'app.loadError': 'Failed to load data',
  'legend.title': 'Legend',
  'legend.county': 'District/county boundary',
  'legend.cityBoundary': 'Liuzhou city boundary',
  'legend.river': 'River (1:10M, hidden when zoomed in)',
  'legend.rail': 'Conventional railway',
  'legend.railHsr': 'High-speed railway',
  'legend.station': 'Railway station',
  'legend.airport': 'Airport',
  'layer.counties': 'Districts and counties',
  'layer.rivers': 'Rivers',
  'layer.railways': 'Railways',
  'layer.stations': 'Railway stations',
  'layer.airport': 'Airport',
  'notice.dismiss': 'Dismiss notice',
  'map.label': 'Map of Liuzhou',
};

export const STRINGS: Record<Lang, Record<StringKey, string>> = { zh, en };

export function t(lang: Lang, key: string): string {
  return (STRINGS[lang] as Record<string, string>)[key] ?? (STRINGS.zh as Record<string, string>)[key] ?? key;
}
