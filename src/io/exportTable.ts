/** CSV and GeoJSON of projects (pure, so they are unit-tested without a browser). */
import type { ProjectFeature } from '../domain/data';
import { citationLine } from '../domain/sources';
import { fmt } from '../i18n/amounts';
import { t, type Lang } from '../i18n/strings';
import type { PdfProjectRow } from './exportPdf';

type Props = ProjectFeature['properties'];
type Column = [header: string, value: (p: Props, f: ProjectFeature, lang: Lang) => string | number | null];

const coord = (f: ProjectFeature, i: 0 | 1) => f.geometry.coordinates[i] ?? null;

/**
 * The location quality in the user's language, for every export. With `withScope`, a project the
 * plan places only by its district/county says so too (for tables with no separate scope column).
 */
export function qualityLabel(p: Props, lang: Lang, opts: { withScope?: boolean } = {}): string {
  const q = t(lang, `quality.${p.location_quality}`);
  return opts.withScope && p.placement_scope === 'county' ? `${q} · ${t(lang, 'scope.county')}` : q;
}

const COLUMNS: Column[] = [
  ['编号', (p) => p.id],
  ['项目名称', (p) => p.name],
  ['项目表', (p) => p.table],
  ['所在行政区', (p) => p.admin_county],
  ['类型', (p) => p.type],
  ['建设性质', (p) => p.status],
  ['占地面积（亩）', (p) => p.area_mu],
  ['建筑面积（平方米）', (p) => p.floor_area_m2],
  ['总投资（亿元）', (p) => p.investment_yi],
  ['建设规模（原文）', (p) => p.scale_text],
  ['概况（原文）', (p) => p.summary],
  ['位置描述（原文）', (p) => p.location_text],
  ['经度（WGS84）', (_, f) => coord(f, 0)],
  ['纬度（WGS84）', (_, f) => coord(f, 1)],
  ['位置范围', (p, _, lang) => t(lang, p.placement_scope === 'county' ? 'scope.county' : 'scope.site')],
  ['位置精度', (p, _, lang) => qualityLabel(p, lang)],
  ['定位依据', (p, _, lang) => (lang === 'en' && p.location_basis_en) || p.location_basis],
  ['出处', (p) => citationLine(p.citation)],
];

const cell = (v: string | number | null) => {
  if (v === null) return '';
  const s = String(v);
  // Quote every text field: summaries contain commas, quotes and line breaks.
  return typeof v === 'number' ? s : `"${s.replace(/"/g, '""')}"`;
};

/** UTF-8 CSV with a byte-order mark, so Excel opens the Chinese text correctly. CRLF line ends. */
export function projectsCsv(list: readonly ProjectFeature[], lang: Lang = 'zh'): string {
  const lines = [
    COLUMNS.map(([h]) => cell(h)).join(','),
    ...list.map((f) => COLUMNS.map(([, v]) => cell(v(f.properties, f, lang))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Every attribute as stored (citations stay JSON objects), plus lon/lat and the localised quality. */
export function projectsGeoJson(list: readonly ProjectFeature[], lang: Lang = 'zh'): string {
  const features = list.map((f) => ({
    ...f,
    properties: {
      ...f.properties,
      lon: coord(f, 0),
      lat: coord(f, 1),
      location_quality_label: qualityLabel(f.properties, lang),
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
}

/**
 * A project's row of the PDF table, a document for reading: the plan's categories (type, status)
 * in the user's language, numbers as stated, "not stated" where the plan is silent.
 */
export function pdfProjectRow(f: ProjectFeature, lang: Lang): PdfProjectRow {
  const p = f.properties;
  const none = t(lang, 'panel.notStated');
  return {
    name: p.name,
    table: p.table,
    type: t(lang, `type.${p.type}`),
    status: t(lang, `status.${p.status}`),
    area: p.area_mu === null ? none : fmt(p.area_mu),
    investment: p.investment_yi === null ? none : fmt(p.investment_yi),
    quality: qualityLabel(p, lang, { withScope: true }),
  };
}
