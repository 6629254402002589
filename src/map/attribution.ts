/** Required attribution of the shipped data (see data/ATTRIBUTION.md). */
export const DATA_ATTRIBUTION = [
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors (ODbL)',
  'Natural Earth',
  'GSHHG/WDBII (Wessel &amp; Smith, LGPL)',
  'OurAirports',
  '区县界: 天地图 (国家基础地理信息中心), 2025',
  '规划: 柳州市人民政府公报',
];
