import { useEffect, useMemo, useRef, useState } from 'react';
import { bbox, point } from '@turf/turf';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  NO_EVAL_FILTER,
  evaluationCounts,
  evaluationRows,
  filterRows,
  isFiltering,
  type EvaluationRow,
  type RowGroup,
} from '../../analysis/evaluation';
import { CURRENT_YEAR, EVALUATIONS } from '../../analysis/implementation';
import { featuresBounds } from '../../analysis/resultBounds';
import { isCountyLevel } from '../../analysis/countyLevel';
import { labelPoint } from '../../analysis/labelPoints';
import { findFeature } from '../../domain/lookup';
import { dateStamp, downloadBlob } from '../../io/download';
import type { Bounds } from '../../domain/geography';
import { useApp, useAppState, useT } from '../context';
import { useImplementation } from './useImplementation';
import { RecordsTransfer } from './RecordsTransfer';
import { RecordList } from './RecordList';

const GROUPS: RowGroup[] = ['project', 'item', 'other', 'target'];
const ROW_HEIGHT = 46;

/**
 * 实施评估: every key project, plan item and 2025 target with its plan entry, the latest documented
 * stage and evidence, the latest planner's record and a traffic light. A row selects the item on
 * the map; status and group filters narrow the table.
 */
export function EvaluationPanel() {
  const t = useT();
  const { store } = useApp();
  const { data, events, items, year } = useImplementation();
  const records = useAppState((s) => s.records);
  const log = useAppState((s) => s.recordLog);
  const rows = useMemo(() => evaluationRows(data, events, records, year), [data, events, records, year]);
  const counts = evaluationCounts(rows);
  const filter = useAppState((s) => s.evalFilter);
  const { status, group } = filter;
  const setFilter = store.getState().setEvalFilter;
  // The map follows the table while it is open; leaving the tab gives the map back whole.
  useEffect(() => () => store.getState().setEvalFilter(NO_EVAL_FILTER), [store]);
  const [openTarget, setOpenTarget] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const placed = useMemo(() => {
    const ids = new Set(shown.flatMap((r) => (r.source ? [r.id] : [])));
    // Framed by their markers (a long corridor's full line may reach past the map's limits).
    // Items placed only by district/county have no marker, so they are neither counted nor framed.
    return items
      .filter((m) => ids.has(m.feature.properties.id) && !isCountyLevel(m.feature))
      .map((m) => point(labelPoint(m.feature)));
  }, [shown, items]);
  const zoomTo = () => {
    const bounds = featuresBounds(placed);
    if (bounds) store.getState().requestCamera({ bounds }, 'app');
  };
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser re-renders this component itself; nothing memoised depends on it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const open = (r: EvaluationRow) => {
    if (!r.source) {
      setOpenTarget(openTarget === r.id ? null : r.id);
      return;
    }
    const s = store.getState();
    const ref = { source: r.source, id: r.id };
    const item = items.find((m) => m.feature.properties.id === r.id);
    if (findFeature(data, ref)) s.select(ref);
    if (item) s.requestCamera({ bounds: bbox(item.feature) as Bounds }, 'app');
  };

  const exportXlsx = async () => {
    setBusy(true);
    try {
      const { evaluationWorkbook } = await import('../../io/exportXlsx');
      const bytes = await evaluationWorkbook({
        rows,
        events,
        records,
        log,
        names: new Map(rows.map((r) => [r.id, r.name])),
        year: year ?? CURRENT_YEAR,
      });
      downloadBlob(
        new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
        `柳州物流规划-实施评估-${dateStamp()}.xlsx`,
      );
    } catch (e) {
      store
        .getState()
        .pushNotice('error', t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const target = openTarget ? rows.find((r) => r.id === openTarget) : null;
  return (
    <section className="evaluation" data-testid="evaluation" aria-labelledby="evaluation-title">
      <h2 id="evaluation-title">{t('eval.title', { year: year ?? CURRENT_YEAR })}</h2>
      {year === null && <p className="muted">{t('eval.asOfNow')}</p>}
      <div className="eval-lights" role="group" aria-label={t('eval.filterStatus')}>
        {EVALUATIONS.map((k) => (
          <button
            key={k}
            type="button"
            className={`light light-${k}`}
            data-testid={`eval-status-${k}`}
            data-count={counts[k]}
            aria-pressed={status === k}
            onClick={() => setFilter({ status: status === k ? null : k })}
          >
            <span className="dot" aria-hidden="true" />
            {t(`eval.${k}`)} <strong>{counts[k]}</strong>
          </button>
        ))}
      </div>
      <div className="eval-groups" role="group" aria-label={t('eval.filterGroup')}>
        {GROUPS.map((g) => (
          <button
            key={g}
            type="button"
            data-testid={`eval-group-${g}`}
            aria-pressed={group === g}
            onClick={() => setFilter({ group: group === g ? null : g })}
          >
            {t(`eval.group.${g}`)}
          </button>
        ))}
      </div>
      <p className="eval-count" data-testid="eval-count" data-count={shown.length}>
        {t('eval.count', { n: shown.length, total: rows.length })}
      </p>
      {isFiltering(filter) && (
        <p className="eval-map" data-testid="eval-map" data-count={placed.length}>
          <span>{t('eval.onMap', { n: placed.length })}</span>
          <button type="button" data-testid="eval-zoom" disabled={!placed.length} onClick={zoomTo}>
            {t('eval.zoom')}
          </button>
          <button type="button" data-testid="eval-clear" onClick={() => setFilter(NO_EVAL_FILTER)}>
            {t('eval.clear')}
          </button>
        </p>
      )}
      <div className="eval-head" aria-hidden="true">
        <span>{t('eval.col.name')}</span>
        <span>{t('eval.col.plan')}</span>
        <span>{t('eval.col.stage')}</span>
        <span>{t('eval.col.status')}</span>
      </div>
      <div ref={scroller} className="eval-scroll" data-testid="eval-table" role="list">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const r = shown[v.index]!;
            return (
              <div
                key={r.id}
                role="listitem"
                className="eval-row"
                data-testid="eval-row"
                data-id={r.id}
                data-status={r.evaluation}
                data-group={r.group}
                style={{ position: 'absolute', top: v.start, height: ROW_HEIGHT, left: 0, right: 0 }}
              >
                <button type="button" onClick={() => open(r)}>
                  <span className="eval-name">
                    <span lang="zh-CN">{r.name}</span>
                    {r.project ? (
                      <small>
                        <span lang="zh-CN">{r.project.table}</span> · {t(`type.${r.project.type}`)}
                      </small>
                    ) : (
                      <small lang="zh-CN">{r.category}</small>
                    )}
                  </span>
                  {r.project ? (
                    <span className="eval-plan">{t(`status.${r.project.status}`)}</span>
                  ) : (
                    <span className="eval-plan" lang={r.group === 'target' ? undefined : 'zh-CN'}>
                      {r.group === 'target' ? t('eval.target') : (r.plan ?? t('panel.notStated'))}
                    </span>
                  )}
                  <span className="eval-stage">
                    {r.stage ? t(`stage.${r.stage}`) : t('stage.none')}
                    {r.record && <small className="badge badge-user">{t('record.mark')}</small>}
                  </span>
                  <span className={`light light-${r.evaluation}`} title={t(`eval.${r.evaluation}`)}>
                    <span className="dot" aria-hidden="true" />
                    <span className="visually-hidden">{t(`eval.${r.evaluation}`)}</span>
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      {target && (
        <div className="eval-target" data-testid="eval-target">
          <h3 lang="zh-CN">{target.name}</h3>
          <p lang="zh-CN">{target.plan}</p>
          <RecordList itemId={target.id} target={{ unit: target.category || null }} />
        </div>
      )}
      <p className="eval-actions">
        <button type="button" data-testid="eval-xlsx" disabled={busy} onClick={() => void exportXlsx()}>
          {t('eval.xlsx')}
        </button>
      </p>
      <RecordsTransfer />
      <details className="eval-rules" data-testid="eval-rules">
        <summary>{t('eval.rules')}</summary>
        <ul>
          {EVALUATIONS.map((k) => (
            <li key={k}>
              <strong>{t(`eval.${k}`)}</strong>：{t(`eval.rule.${k}`)}
            </li>
          ))}
          <li>{t('eval.rule.records')}</li>
          <li>{t('eval.rule.tasks')}</li>
        </ul>
      </details>
    </section>
  );
}
