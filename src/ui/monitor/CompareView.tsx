import { useEffect, useRef } from 'react';
import { CURRENT_YEAR } from '../../analysis/implementation';
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
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const l = left.current;
    const r = right.current;
    if (!on || !l || !r) return;
    // The map adapter loads on its own (never in the first download), as for the main map.
    let unmount: (() => void) | undefined;
    let cancelled = false;
    void import('../../map/compareMap').then(({ mountCompare }) => {
      if (!cancelled)
        unmount = mountCompare({ left: l, right: r, leftYear: null, rightYear: year }, store, data);
    });
    return () => {
      cancelled = true;
      unmount?.();
    };
  }, [on, year, store, data]);
  useEffect(() => {
    if (!on) return;
    // Esc closes the compare view first (also while presenting: the presentation stays).
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      store.getState().setComparing(false);
    };
    window.addEventListener('keydown', onKey, true);
    close.current?.focus();
    return () => window.removeEventListener('keydown', onKey, true);
  }, [on, store]);
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
        ref={close}
        className="compare-close"
        data-testid="compare-close"
        onClick={() => store.getState().setComparing(false)}
      >
        {t('compare.close')} <kbd>Esc</kbd>
      </button>
    </section>
  );
}
