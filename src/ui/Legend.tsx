import { LAYER_GROUPS } from '../layers';
import { LegendSwatch } from './LegendSwatch';
import { useApp, useAppState, useT } from './context';

/**
 * Layer list with the legend of each group, generated from the groups' own constants (so the
 * legend can never disagree with the map).
 */
export function Legend() {
  const t = useT();
  const { store } = useApp();
  const layers = useAppState((s) => s.layers);
  const groups = [...LAYER_GROUPS].reverse().filter((g) => !g.hidden);
  return (
    <section className="legend" data-testid="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <ul className="groups">
        {groups.map((g) => {
          const state = layers[g.id];
          return (
            <li key={g.id} className={state.visible ? 'on' : 'off'}>
              <label>
                <input
                  type="checkbox"
                  checked={state.visible}
                  data-testid={`layer-toggle-${g.id}`}
                  onChange={(e) => store.getState().setLayerVisible(g.id, e.target.checked)}
                />
                <span className="group-title">{t(g.title)}</span>
              </label>
              {state.visible && g.legend.length > 0 && (
                <ul className="entries">
                  {g.legend.map((e) => (
                    <li key={e.label} data-testid={`legend-${g.id}`}>
                      <LegendSwatch symbol={e.symbol} />
                      <span>{t(e.label)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <p className="legend-note">{t('legend.quality')}</p>
    </section>
  );
}
