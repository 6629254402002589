import { areaUnits, fmt, formatLength, measure } from '../../analysis/measure';
import { snappedNote } from '../../io/exportLegend';
import { useApp, useAppState, useT } from '../context';
import { ToolButton } from './ToolButton';

export function MeasureSection() {
  const t = useT();
  const { store } = useApp();
  const snap = useAppState((s) => s.snapToSites);
  return (
    <>
      <h3>{t('tools.measure')}</h3>
      <div className="button-row">
        <ToolButton mode="measure-line" label={t('tools.measureLine')} />
        <ToolButton mode="measure-polygon" label={t('tools.measurePolygon')} />
      </div>
      <p className="hint">{t('tools.measureHint')}</p>
      <label className="inview">
        <input
          type="checkbox"
          data-testid="measure-snap"
          checked={snap}
          onChange={(e) => store.getState().setSnapToSites(e.target.checked)}
        />
        {t('tools.snap')}
      </label>
      <p className="hint">{t('tools.snapHint')}</p>
      <p className="hint" data-testid="measure-method">
        {t('tools.method')}
      </p>
    </>
  );
}

/** The live figure, shown over the map while measuring. */
export function MeasureReadout() {
  const t = useT();
  const geometry = useAppState((s) => (s.toolMode.startsWith('measure') ? s.measure : null));
  const sites = useAppState((s) => snappedNote(s, t));
  const m = geometry ? measure(geometry) : null;
  if (!m) return null;
  const a = m.squareMeters !== undefined ? areaUnits(m.squareMeters) : null;
  return (
    <div
      className="measure-readout"
      data-testid="measure-readout"
      data-meters={m.meters}
      data-square-meters={m.squareMeters ?? ''}
      aria-live="polite"
    >
      {a ? (
        <>
          <strong>
            {t('tools.area')}: {fmt(a.mu, 1)} 亩 · {fmt(a.hectares, 2)} 公顷 · {fmt(a.km2, 3)} km²
          </strong>
          <span>
            {t('tools.perimeter')}: {formatLength(m.meters)}
          </span>
        </>
      ) : (
        <strong>
          {t('tools.length')}: {formatLength(m.meters)}
        </strong>
      )}
      {sites && <span data-testid="measure-sites">{sites}</span>}
    </div>
  );
}
