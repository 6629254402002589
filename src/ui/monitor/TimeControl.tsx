import { useEffect, useState } from 'react';
import { CURRENT_YEAR, FIRST_YEAR, STAGE_KEYS } from '../../analysis/implementation';
import { implementationGroup } from '../../layers/implementation';
import { LegendSwatch } from '../LegendSwatch';
import { useApp, useAppState, useT } from '../context';
import { useImplementation } from './useImplementation';

/** A step of the play button; slow enough for a meeting room to read the counts. */
const PLAY_STEP_MS = 1500;

/**
 * The year control over the map: the plan as written, or the latest documented stage of every
 * monitored item as of a year (2020 → now), with a count per stage and the stage legend.
 */
export function TimeControl() {
  const { store } = useApp();
  const t = useT();
  const { year, counts } = useImplementation();
  const [playing, setPlaying] = useState(false);
  const comparing = useAppState((s) => s.comparing);
  const set = (y: number | null) => store.getState().setAsOfYear(y);

  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => {
      const y = store.getState().asOfYear;
      if (y === null || y >= CURRENT_YEAR) {
        if (y !== null) setPlaying(false);
        else set(FIRST_YEAR);
        return;
      }
      set(y + 1);
    }, PLAY_STEP_MS);
    return () => window.clearInterval(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing]);

  const on = year !== null;
  const legend = implementationGroup.legend;
  return (
    <section className="time-control" data-testid="time-control" aria-label={t('time.label')}>
      <div className="time-row">
        <label className="time-mode">
          <input
            type="checkbox"
            data-testid="time-toggle"
            checked={on}
            onChange={(e) => {
              setPlaying(false);
              set(e.target.checked ? CURRENT_YEAR : null);
            }}
          />
          {t('time.toggle')}
        </label>
        <button
          type="button"
          className="time-play"
          data-testid="time-play"
          aria-pressed={playing}
          onClick={() => {
            if (!playing && (year === null || year >= CURRENT_YEAR)) set(FIRST_YEAR);
            setPlaying(!playing);
          }}
        >
          {playing ? t('time.pause') : t('time.play')}
        </button>
        <button
          type="button"
          className="time-compare"
          data-testid="compare-toggle"
          aria-pressed={comparing}
          onClick={() => store.getState().setComparing(!comparing)}
        >
          {t('compare.toggle')}
        </button>
        <output className="time-year" data-testid="time-year" data-year={year ?? ''}>
          {on ? t('time.asOf', { year }) : t('time.plan')}
        </output>
      </div>
      <input
        type="range"
        className="time-slider"
        data-testid="time-slider"
        min={FIRST_YEAR}
        max={CURRENT_YEAR}
        step={1}
        value={year ?? CURRENT_YEAR}
        disabled={!on}
        aria-label={t('time.slider')}
        aria-valuetext={String(year ?? '')}
        onChange={(e) => set(Number(e.target.value))}
      />
      <div className="time-ticks" aria-hidden="true">
        {Array.from({ length: CURRENT_YEAR - FIRST_YEAR + 1 }, (_, i) => (
          <span key={i}>{FIRST_YEAR + i}</span>
        ))}
      </div>
      {on && (
        <ul className="stage-counts" data-testid="stage-counts">
          {STAGE_KEYS.map((k, i) => (
            <li key={k} data-testid={`stage-count-${k}`} data-count={counts[k]}>
              <LegendSwatch symbol={legend[i]!.symbol} />
              <span>{t(`stage.${k}`)}</span>
              <strong>{counts[k]}</strong>
            </li>
          ))}
        </ul>
      )}
      {on && <p className="time-note">{t('time.note')}</p>}
    </section>
  );
}
