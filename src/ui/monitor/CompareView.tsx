import { useEffect, useRef } from 'react';
import { CURRENT_YEAR } from '../../analysis/implementation';
import { mountCompare } from '../../map/compareMap';
import { useApp, useAppState, useData, useT } from '../context';

/**
 * The plan (2022) beside the latest documented state, on two synchronised maps over the main map.
 * Works in presentation mode too (the presenter's view stays under it).
 */
export function CompareView() {
  const { store } = useApp();
  const data = useData();
  const t = useT();
  const on = useAppState((s) => s.comparing);
  const year = useAppState((s) => s.asOfYear) ?? CURRENT_YEAR;
  const left = useRef<HTMLDivElement>(null);
  const right = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!on || !left.current || !right.current) return;
    return mountCompare(
      { left: left.current, right: right.current, leftYear: null, rightYear: year },
      store,
      data,
    );
  }, [on, year, store, data]);
  if (!on) return null;
  return (
    <section className="compare" data-testid="compare-view" aria-label={t('compare.label')}>
      <div className="compare-side">
        <h2 className="compare-title">{t('compare.plan')}</h2>
        <div ref={left} className="compare-map" data-testid="compare-left" />
      </div>
      <div className="compare-side">
        <h2 className="compare-title">{t('compare.latest', { year })}</h2>
        <div ref={right} className="compare-map" data-testid="compare-right" />
      </div>
      <button
        type="button"
        className="compare-close"
        data-testid="compare-close"
        onClick={() => store.getState().setComparing(false)}
      >
        {t('compare.close')}
      </button>
    </section>
  );
}
