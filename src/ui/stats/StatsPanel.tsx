import { projectStats } from '../../analysis/stats';
import { PROJECT_STATUSES, PROJECT_TABLES, PROJECT_TYPES } from '../../domain/schema';
import { PROJECT_TYPE_COLORS } from '../../layers/palette';
import { fmt, formatYi } from '../../i18n/amounts';
import { useApp, useAppState, useT } from '../context';
import { muToKm2 } from '../panel/format';
import { useProjectResult } from '../useProjects';
import { TargetsTable } from '../TargetsTable';

/** The status chart's drawing units: label column (per language), bars, room for the count. */
const BAR_CHART_WIDTH = 300;
const BAR_LABEL_WIDTH = 80;
const BAR_LABEL_WIDTH_EN = 122;
const BAR_VALUE_WIDTH = 20;

/**
 * A type's column head: where the language has a shorter form (English), the short form with the
 * full name as its expansion, so the narrow columns never break a word.
 */
function TypeHead({ full, short }: { full: string; short: string }) {
  return short === full ? <>{full}</> : <abbr title={full}>{short}</abbr>;
}

/** Totals and breakdowns of the filtered projects; clicking a cell or bar filters by it. */
export function StatsPanel() {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const { store } = useApp();
  const { list } = useProjectResult();
  const s = projectStats(list);
  const apply = (patch: Parameters<ReturnType<typeof store.getState>['setFilters']>[0]) =>
    store.getState().setFilters(patch);
  const tables = PROJECT_TABLES.filter((tb) => PROJECT_TYPES.some((ty) => s.byTableType[tb]![ty]! > 0));
  const maxStatus = Math.max(1, ...PROJECT_STATUSES.map((st) => s.byStatus[st]!));
  // The chart's label column fits the longest status name of the language ("Under construction").
  const labelWidth = lang === 'en' ? BAR_LABEL_WIDTH_EN : BAR_LABEL_WIDTH;
  const barMax = BAR_CHART_WIDTH - labelWidth - BAR_VALUE_WIDTH;
  return (
    <section className="stats" data-testid="stats-panel" aria-labelledby="stats-title">
      <h2 id="stats-title">{t('stats.title')}</h2>
      <dl className="totals">
        <div>
          <dt>{t('stats.count')}</dt>
          <dd data-testid="stats-count">{s.count}</dd>
        </div>
        <div>
          <dt>{t('stats.area')}</dt>
          <dd data-testid="stats-area">
            {fmt(s.areaMu)} {t('unit.mu')}
            <small>
              ≈ {fmt(muToKm2(s.areaMu))} {t('unit.km2')} · {t('stats.stated', { n: s.areaStated })}
            </small>
          </dd>
        </div>
        <div>
          <dt>{t('stats.investment')}</dt>
          <dd data-testid="stats-investment">
            {formatYi(s.investmentYi, lang)}
            <small>{t('stats.stated', { n: s.investmentStated })}</small>
          </dd>
        </div>
      </dl>

      <h3>{t('stats.byTableType')}</h3>
      <table className="crosstab" data-testid="stats-table">
        <thead>
          <tr>
            <th scope="col" />
            {PROJECT_TYPES.map((ty) => (
              <th key={ty} scope="col">
                <span className="swatch" style={{ background: PROJECT_TYPE_COLORS[ty] }} aria-hidden="true" />
                <TypeHead full={t(`type.${ty}`)} short={t(`typeShort.${ty}`)} />
              </th>
            ))}
            <th scope="col">{t('stats.total')}</th>
          </tr>
        </thead>
        <tbody>
          {tables.map((tb) => (
            <tr key={tb}>
              <th scope="row">{tb}</th>
              {PROJECT_TYPES.map((ty) => {
                const n = s.byTableType[tb]![ty]!;
                return (
                  <td key={ty}>
                    {n > 0 ? (
                      <button
                        type="button"
                        data-testid={`stats-cell-${tb}-${ty}`}
                        aria-label={t('stats.applyCell', { table: tb, type: t(`type.${ty}`), n })}
                        onClick={() => apply({ tables: [tb], types: [ty] })}
                      >
                        {n}
                      </button>
                    ) : (
                      <span className="zero">·</span>
                    )}
                  </td>
                );
              })}
              <td className="total">{PROJECT_TYPES.reduce((a, ty) => a + s.byTableType[tb]![ty]!, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('stats.byStatus')}</h3>
      <svg
        className="bars"
        role="group"
        aria-label={t('stats.chartLabel')}
        viewBox={`0 0 ${BAR_CHART_WIDTH} 120`}
        width="100%"
      >
        {PROJECT_STATUSES.map((st, i) => {
          const n = s.byStatus[st]!;
          const w = (n / maxStatus) * barMax;
          const y = 8 + i * 28;
          return (
            <g
              key={st}
              className="bar"
              role="button"
              tabIndex={0}
              data-testid={`stats-bar-${st}`}
              aria-label={t('stats.applyStatus', { status: t(`status.${st}`), n })}
              onClick={() => apply({ statuses: [st] })}
              onKeyDown={(e) =>
                (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), apply({ statuses: [st] }))
              }
            >
              <text x={0} y={y + 15} className="bar-label">
                {t(`status.${st}`)}
              </text>
              <rect x={labelWidth} y={y} width={Math.max(w, 1)} height={20} rx={2} />
              <text x={labelWidth + 6 + w} y={y + 15} className="bar-value">
                {n}
              </text>
            </g>
          );
        })}
      </svg>

      <TargetsTable className="plan-targets" withCitation />
    </section>
  );
}
