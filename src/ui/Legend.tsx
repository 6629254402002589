import { LAYER_GROUPS } from '../layers';
import { LegendSwatch } from './LegendSwatch';
import { useAppState, useT } from './context';

/** Legend of the visible layer groups, generated from their specs' constants. */
export function Legend() {
  const t = useT();
  const layers = useAppState((s) => s.layers);
  const groups = LAYER_GROUPS.filter((g) => layers[g.id].visible && g.legend.length > 0);
  return (
    <section className="legend" data-testid="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <ul>
        {groups.flatMap((g) =>
          g.legend.map((e) => (
            <li key={`${g.id}-${e.label}`} data-testid={`legend-${g.id}`}>
              <LegendSwatch symbol={e.symbol} />
              <span>{t(e.label)}</span>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
