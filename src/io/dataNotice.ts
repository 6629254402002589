/** Words for data files that could not be loaded: what it is (in planner terms), which file, why. */
import { t, type Lang } from '../i18n/strings';
import type { DataProblem } from './loadData';

const BASE_LABELS: Record<string, string> = {
  counties: 'layer.counties',
  countyLabels: 'data.what.countyLabels',
  mask: 'data.what.mask',
  riversNe: 'layer.rivers',
  riversGshhg: 'layer.rivers',
  railways: 'layer.railways',
  stations: 'layer.stations',
  airport: 'layer.airport',
};

export function dataLabel(lang: Lang, what: string): string {
  const [group, key = ''] = what.split('.');
  if (group === 'base') return Object.hasOwn(BASE_LABELS, key) ? t(lang, BASE_LABELS[key]!) : key;
  if (group === 'projects') return t(lang, 'layer.projects');
  if (group === 'themes') return t(lang, `layer.${key}`);
  return t(lang, `data.what.${group}`);
}

export function dataProblemsText(lang: Lang, problems: DataProblem[]): string {
  const sep = lang === 'zh' ? '；' : '; ';
  const list = problems
    .map((p) => {
      const why = t(lang, `data.fault.${p.fault}`, { n: p.detail ?? '' });
      return lang === 'zh'
        ? `${dataLabel(lang, p.what)}（${p.file}：${why}）`
        : `${dataLabel(lang, p.what)} (${p.file}: ${why})`;
    })
    .join(sep);
  return t(lang, 'data.failed', { list });
}
