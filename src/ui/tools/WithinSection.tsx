import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  nearestFacilities,
  projectsAroundSites,
  within,
  withinRows,
  type WithinResult,
} from '../../analysis/within';
import { DrawingGeometrySchema } from '../../domain/drawing';
import { findFeature } from '../../domain/lookup';
import { tableCsv, tableXlsx } from '../../io/exportTools';
import { dateStamp, downloadBlob } from '../../io/download';
import { useApp, useAppState, useData, useT } from '../context';
import { fmt } from '../../analysis/measure';
import { ToolButton } from './ToolButton';

const MAX_KM = 200;

export function WithinSection() {
  const t = useT();
  const { store } = useApp();
  const data = useData();
  const q = useAppState((s) => s.within);
  const selected = useAppState((s) => s.selected);
  const imported = useAppState((s) => s.imported);
  const result = useMemo(
    () =>
      q
        ? within(
            data,
            q.geometry,
            q.km,
            imported
              .filter((l) => l.visible)
              .map((l) => ({
                source: l.meta.id,
                features: l.features.features,
                ...(l.meta.nameField ? { nameField: l.meta.nameField } : {}),
              })),
          )
        : null,
    [data, q, imported],
  );
  const near = useMemo(
    () => (q?.geometry.type === 'Point' ? nearestFacilities(data, q.geometry) : []),
    [data, q],
  );
  const setKm = (km: number) => {
    if (!Number.isFinite(km) || km <= 0 || km > MAX_KM) return;
    const cur = store.getState().within;
    if (cur) store.getState().setWithin({ ...cur, km });
  };
  const aroundSelected = () => {
    if (!selected) return;
    const f = findFeature(data, selected);
    const g = DrawingGeometrySchema.safeParse(f?.feature.geometry);
    if (!f || !g.success) return;
    store.getState().setWithin({
      geometry: g.data,
      km: store.getState().within?.km ?? 5,
      label: f.feature.properties.name,
    });
  };
  return (
    <>
      <h3>{t('tools.within')}</h3>
      <div className="button-row">
        <ToolButton mode="within-point" label={t('tools.withinPick')} />
        <button type="button" disabled={!selected} data-testid="within-selected" onClick={aroundSelected}>
          {t('tools.withinSelected')}
        </button>
        <button
          type="button"
          disabled={!q}
          data-testid="within-clear"
          onClick={() => store.getState().setWithin(null)}
        >
          {t('tools.withinClear')}
        </button>
      </div>
      <label className="within-km">
        {t('tools.withinKm')}
        <input
          type="number"
          min={0.1}
          max={MAX_KM}
          step={0.5}
          disabled={!q}
          value={q?.km ?? 5}
          data-testid="within-km"
          onChange={(e) => setKm(Number(e.target.value))}
        />
      </label>
      <p className="hint">{t('tools.withinNote')}</p>
      {q && result && <WithinResultView label={q.label} result={result} />}
      {near.length > 0 && (
        <>
          <h4>{t('tools.nearest')}</h4>
          <ul className="nearest-list" data-testid="nearest-list">
            {near.map((n) => (
              <li key={n.what} data-what={n.what}>
                {t(`tools.nearest.${n.what}`)}：{n.name}（{fmt(n.km, 2)} km）
              </li>
            ))}
          </ul>
        </>
      )}
      <SitesQuestion />
    </>
  );
}

function WithinResultView({ label, result }: { label: string; result: WithinResult }) {
  const t = useT();
  const { store } = useApp();
  const headers = t('tools.withinHeaders').split('|');
  const rows = () =>
    withinRows(result).map(
      (r) => [t(`tools.withinKind.${r[0]}`), ...r.slice(1)] as Array<string | number | null>,
    );
  const notes = () => [
    t('tools.withinCentre', { label }),
    t('tools.withinNote'),
    sums,
    ...(result.countyLevel.length ? [t('tools.withinCountyLevel', { n: result.countyLevel.length })] : []),
  ];
  const name = `liuzhou-within-${result.km}km-${dateStamp()}`;
  const sums = t('tools.withinSums', {
    mu: fmt(result.sums.area_mu, 2),
    mm: result.sums.area_missing,
    yi: fmt(result.sums.investment_yi, 2),
    ym: result.sums.investment_missing,
  });
  return (
    <div className="within-result" data-testid="within-result" data-km={result.km}>
      <p>{t('tools.withinCentre', { label })}</p>
      <p data-testid="within-counts">
        {t('tools.withinCounts', {
          km: result.km,
          p: result.counts.project,
          i: result.counts.planItem,
          t: result.counts.town,
          m: result.counts.imported,
        })}
      </p>
      <p data-testid="within-sums">{sums}</p>
      {result.countyLevel.length > 0 && <CountyLevelHits result={result} />}
      <div className="button-row">
        <button
          type="button"
          data-testid="within-csv"
          onClick={() =>
            downloadBlob(
              new Blob([tableCsv(headers, [...rows(), [], ...notes().map((n) => [n])])], {
                type: 'text/csv;charset=utf-8',
              }),
              `${name}.csv`,
            )
          }
        >
          {t('tools.withinCsv')}
        </button>
        <button
          type="button"
          data-testid="within-xlsx"
          onClick={() =>
            void tableXlsx('within', headers, rows(), notes())
              .then((b) => downloadBlob(b, `${name}.xlsx`))
              .catch((e: unknown) =>
                store.getState().pushNotice('error', t('export.failed', { reason: String(e) })),
              )
          }
        >
          {t('tools.withinXlsx')}
        </button>
      </div>
      <HitList result={result} />
    </div>
  );
}

/** County-level records of the districts/counties the area meets: listed apart, never counted. */
function CountyLevelHits({ result }: { result: WithinResult }) {
  const t = useT();
  const { store } = useApp();
  return (
    <details
      className="quality-note"
      data-testid="within-county-level"
      data-count={result.countyLevel.length}
    >
      <summary>{t('tools.withinCountyLevel', { n: result.countyLevel.length })}</summary>
      <ul className="related">
        {result.countyLevel.map((h) => (
          <li key={`${h.source}/${h.id}`} data-id={h.id}>
            <button
              type="button"
              className="link"
              onClick={() => store.getState().select({ source: h.source, id: h.id })}
            >
              {h.name}
            </button>
            <small> · {h.counties.join('、')}</small>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Virtualised: with imported layers the list can hold many thousands of rows. */
function HitList({ result }: { result: WithinResult }) {
  const t = useT();
  const { store } = useApp();
  const parent = useRef<HTMLDivElement>(null);
  // The virtualiser hands back fresh functions each render; this component does not memoise them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({
    count: result.hits.length,
    getScrollElement: () => parent.current,
    estimateSize: () => 28,
    overscan: 10,
  });
  return (
    <div ref={parent} className="within-hits" data-testid="within-hits" data-count={result.hits.length}>
      <ul style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((row) => {
          const h = result.hits[row.index]!;
          return (
            <li
              key={row.key}
              data-testid="within-hit"
              data-id={h.id}
              data-kind={h.kind}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${row.start}px)`,
              }}
            >
              <button
                type="button"
                className="link"
                onClick={() =>
                  h.kind !== 'imported' && store.getState().select({ source: h.source, id: h.id })
                }
              >
                {h.name}
              </button>
              <span className="meta">
                {t(`tools.withinKind.${h.kind}`)}
                {h.km != null ? ` · ${fmt(h.km, 2)} km` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function SitesQuestion() {
  const t = useT();
  const data = useData();
  const rings = useMemo(() => projectsAroundSites(data), [data]);
  const headers = t('tools.sitesHeaders').split('|');
  return (
    <details className="sites-question" data-testid="sites-question">
      <summary>{t('tools.sites')}</summary>
      <table>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rings.map((r) => (
            <tr key={r.site.id} data-site={r.site.id}>
              <th scope="row">{r.site.name}</th>
              {r.byKm.map((b) => (
                <td key={b.km} title={b.projects.join('、')}>
                  {b.projects.length}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
