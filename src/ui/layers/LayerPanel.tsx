import { isCountyLevelSource } from '../../analysis/countyLevel';
import { groupById } from '../../layers';
import { LAYER_CATEGORIES } from '../../layers/categories';
import type { LayerGroup } from '../../layers/types';
import { LegendSwatch } from '../LegendSwatch';
import { BasemapPanel } from '../basemap/BasemapPanel';
import { useApp, useAppState, useT } from '../context';
import { ImportedLayersList } from '../tools/ImportedLayersList';
import { CountyLevelNote } from './CountyLevelNote';

/** Layers grouped as the plan thinks; each with toggle, opacity, legend and a location-quality note. */
export function LayerPanel() {
  const t = useT();
  return (
    <section className="layer-panel" data-testid="layer-panel" aria-label={t('tab.layers')}>
      {LAYER_CATEGORIES.map((c) => (
        <fieldset key={c.id} className="layer-category">
          <legend>{t(c.title)}</legend>
          {c.groups.map((id) => (
            <LayerRow key={id} group={groupById(id)} />
          ))}
        </fieldset>
      ))}
      <BasemapPanel />
      <ImportedLayersList />
    </section>
  );
}

function LayerRow({ group }: { group: LayerGroup }) {
  const t = useT();
  const { store } = useApp();
  const state = useAppState((s) => s.layers[group.id]);
  const title = t(group.title);
  const notes = (group.quality ?? []).filter((q) => q !== 'exact');
  return (
    <div className={`layer-row ${state.visible ? 'on' : 'off'}`} data-testid={`layer-row-${group.id}`}>
      <div className="layer-line">
        <label>
          <input
            type="checkbox"
            checked={state.visible}
            data-testid={`layer-toggle-${group.id}`}
            onChange={(e) => store.getState().setLayerVisible(group.id, e.target.checked)}
          />
          <span className="group-title">{title}</span>
        </label>
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={Math.round(state.opacity * 100)}
          disabled={!state.visible}
          aria-label={t('layers.opacity', { layer: title })}
          data-testid={`layer-opacity-${group.id}`}
          onChange={(e) => store.getState().setLayerOpacity(group.id, Number(e.target.value) / 100)}
        />
      </div>
      {notes.length > 0 && (
        <p className="quality-note">{notes.map((q) => t(`layers.note.${q}`)).join(t('list.semicolon'))}</p>
      )}
      {isCountyLevelSource(group.id) && <CountyLevelNote source={group.id} />}
      {state.visible && group.legend.length > 0 && (
        <ul className="entries" data-testid={`legend-${group.id}`}>
          {group.legend.map((e) => (
            <li key={e.label}>
              <LegendSwatch symbol={e.symbol} />
              <span>{t(e.label)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
