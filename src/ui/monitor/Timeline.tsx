import { PLAN_YEAR, itemStateAsOf, planConflict, timelineOf } from '../../analysis/implementation';
import type { Citation } from '../../domain/schema';
import { CitationView } from '../panel/CitationView';
import { useAppState, useT } from '../context';
import { STAGE_COLORS } from '../../layers/implementation';
import { useImplementation } from './useImplementation';
import { RecordList } from './RecordList';

export interface PlanEntry {
  /** The plan's own status words (在建, 新建, 续建…), or null where it is silent. */
  status: string | null;
  citation: Citation;
}

/**
 * An item's history: the plan's entry (2022), every document event (result or task) and every
 * planner's record, in date order. Records are marked apart; they never replace document evidence.
 */
export function Timeline({ itemId, plan }: { itemId: string; plan: PlanEntry | null }) {
  const t = useT();
  const { events } = useImplementation();
  const records = useAppState((s) => s.records);
  const entries = timelineOf(itemId, events, records);
  const state = itemStateAsOf(itemId, events, null);
  const planClash = planConflict(plan?.status ?? null, state);
  const noLater = !state.results.some((e) => e.period_year >= PLAN_YEAR) && !state.tasks.length;
  return (
    <section className="timeline" data-testid="timeline" aria-label={t('timeline.title')}>
      <h3>{t('timeline.title')}</h3>
      <ol>
        {entries.map((e, i) => {
          if (e.kind === 'plan') {
            return (
              <li key="plan" className="tl tl-plan" data-testid="timeline-plan">
                <span className="tl-date">{PLAN_YEAR}</span>
                <div>
                  <strong>{t('timeline.plan')}</strong>
                  {plan && <span className="tl-stage">{plan.status ?? t('panel.notStated')}</span>}
                  {plan && <CitationView c={plan.citation} />}
                </div>
              </li>
            );
          }
          if (e.kind === 'event') {
            const ev = e.event;
            return (
              <li
                key={ev.id}
                className={`tl tl-event tl-${ev.kind}`}
                data-testid="timeline-event"
                data-id={ev.id}
              >
                <span className="tl-date">{ev.period_year}</span>
                <div>
                  {ev.stage && (
                    <span className="tl-stage" style={{ borderColor: STAGE_COLORS[ev.stage] }}>
                      {t(`stage.${ev.stage}`)}
                    </span>
                  )}
                  <span className={`badge badge-${ev.kind}`}>{t(`event.${ev.kind}`)}</span>
                  <span className="tl-verb" lang="zh-CN">
                    {ev.verb}
                  </span>
                  {ev.value !== undefined && (
                    <span className="tl-value">
                      {ev.value} {ev.unit ?? ''}
                    </span>
                  )}
                  <blockquote lang="zh-CN">{ev.quote}</blockquote>
                  <span className="tl-docdate">{t('timeline.docDate', { date: ev.doc_date })}</span>
                  <CitationView c={ev.citation} />
                </div>
              </li>
            );
          }
          return (
            <li
              key={`${e.record.id}-${i}`}
              className="tl tl-record"
              data-testid="timeline-record"
              data-id={e.record.id}
            >
              <span className="tl-date">{e.record.date}</span>
              <div>
                <span className="badge badge-user">{t('record.mark')}</span>
                {e.record.stage && <span className="tl-stage">{t(`stage.${e.record.stage}`)}</span>}
                {e.record.actual_value !== null && (
                  <span className="tl-value">
                    {e.record.actual_value} {e.record.unit ?? ''}
                  </span>
                )}
                <p className="tl-note">{e.record.note}</p>
                {e.record.source && (
                  <span className="tl-source">{t('record.sourceIs', { s: e.record.source })}</span>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {noLater && (
        <p className="tl-none" data-testid="timeline-none">
          {t('timeline.noLater')}
        </p>
      )}
      {(planClash || state.conflicts.length > 0) && (
        <div className="tl-conflict" role="note" data-testid="timeline-conflict">
          <strong>{t('timeline.conflict')}</strong>
          {planClash && (
            <p>
              {t('timeline.planClash', {
                year: planClash.period_year,
                stage: planClash.verb,
                plan: plan?.status ?? '',
              })}
            </p>
          )}
          {state.conflicts.map(([a, b]) => (
            <p key={`${a.id}-${b.id}`}>
              {t('timeline.docClash', {
                year: a.period_year,
                a: a.verb,
                da: a.doc_date,
                b: b.verb,
                db: b.doc_date,
              })}
            </p>
          ))}
        </div>
      )}
      <RecordList itemId={itemId} />
    </section>
  );
}
