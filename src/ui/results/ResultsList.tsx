import { memo, useEffect, useMemo } from 'react';
import type { ProjectFeature } from '../../domain/data';
import { isFiltering } from '../../domain/filters';
import { resultBounds } from '../../analysis/resultBounds';
import type { SortKey } from '../../domain/filters';
import { sortProjects } from '../../analysis/filterProjects';
import { PROJECT_TYPE_COLORS } from '../../layers/palette';
import { useApp, useAppState, useT } from '../context';
import { useProjectResult } from '../useProjects';
import { fmt } from '../panel/format';
import { formatYi } from '../../i18n/amounts';
import type { Lang } from '../../i18n/strings';

const SORT_KEYS: SortKey[] = ['table', 'name', 'area', 'investment', 'status'];

/**
 * The filtered projects as a list: the accessible alternative to the map. Hover highlights the
 * marker, click selects it and flies there.
 */
export function ResultsList() {
  const t = useT();
  const { store } = useApp();
  const { list } = useProjectResult();
  const sort = useAppState((s) => s.resultsSort);
  // Sorted once per list or sort change, not on every render.
  const sorted = useMemo(() => sortProjects(list, sort), [list, sort]);
  // One subscription for the whole list: rows get plain flags, so a hover re-renders two rows, not all.
  const hoveredId = useAppState((s) => (s.hovered?.source === 'projects' ? s.hovered.id : null));
  const selectedId = useAppState((s) => (s.selected?.source === 'projects' ? s.selected.id : null));
  const lang = useAppState((s) => s.lang);
  const autoZoom = useAppState((s) => s.autoZoom);
  const filters = useAppState((s) => s.filters);
  const zoom = () => {
    const b = resultBounds(list);
    if (b) store.getState().requestCamera({ bounds: b }, 'app');
  };
  useEffect(() => {
    // Opt-in: each filter change frames the new results.
    if (autoZoom && isFiltering(filters)) zoom();
    // Only on filter changes (the list follows them).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters, autoZoom]);
  return (
    <section className="results" aria-labelledby="results-title">
      <div className="results-head">
        <h2 id="results-title" tabIndex={-1}>
          {t('results.title')}
        </h2>
        <label>
          <span className="visually-hidden">{t('results.sort')}</span>
          <select
            data-testid="results-sort"
            value={sort.key}
            aria-label={t('results.sort')}
            onChange={(e) => store.getState().setResultsSort({ ...sort, key: e.target.value as SortKey })}
          >
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(`sort.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="sort-dir"
          data-testid="results-sort-dir"
          aria-label={t(`results.sortDir.${sort.dir}`)}
          title={t(`results.sortDir.${sort.dir}`)}
          onClick={() =>
            store.getState().setResultsSort({ ...sort, dir: sort.dir === 'asc' ? 'desc' : 'asc' })
          }
        >
          {sort.dir === 'asc' ? '↑' : '↓'}
        </button>
      </div>
      <div className="results-zoom">
        <button type="button" data-testid="results-zoom" disabled={!list.length} onClick={zoom}>
          {t('results.zoom')}
        </button>
        <label className="check">
          <input
            type="checkbox"
            data-testid="results-autozoom"
            checked={autoZoom}
            onChange={(e) => store.getState().setAutoZoom(e.target.checked)}
          />
          {t('results.autoZoom')}
        </label>
      </div>
      {sorted.length === 0 ? (
        <p className="empty">{t('results.empty')}</p>
      ) : (
        <ol className="result-list" data-testid="result-list">
          {sorted.map((p) => (
            <ResultItem
              key={p.properties.id}
              project={p}
              hovered={hoveredId === p.properties.id}
              selected={selectedId === p.properties.id}
              lang={lang}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

const ResultItem = memo(function ResultItem({
  project,
  hovered,
  selected,
  lang,
}: {
  project: ProjectFeature;
  hovered: boolean;
  selected: boolean;
  lang: Lang;
}) {
  const t = useT();
  const { store } = useApp();
  const p = project.properties;
  const ref = { source: 'projects', id: p.id };
  const open = () => {
    const s = store.getState();
    s.select(ref);
    const [lon, lat] = project.geometry.coordinates as [number, number];
    s.requestCamera(
      { center: [lon, lat], zoom: Math.max(s.camera?.zoom ?? 0, 11.5), bearing: 0, pitch: 0 },
      'app',
    );
  };
  return (
    <li
      className={`result${hovered ? ' hovered' : ''}${selected ? ' selected' : ''}`}
      data-testid="result-item"
      data-id={p.id}
    >
      <button
        type="button"
        aria-current={selected ? 'true' : undefined}
        onClick={open}
        onMouseEnter={() => store.getState().hover(ref)}
        onMouseLeave={() => store.getState().hover(null)}
        onFocus={() => store.getState().hover(ref)}
        onBlur={() => store.getState().hover(null)}
      >
        <span className="swatch" style={{ background: PROJECT_TYPE_COLORS[p.type] }} aria-hidden="true" />
        <span className="result-name">{p.name}</span>
        <span className="result-meta">
          {p.table} · {t(`type.${p.type}`)} · {t(`status.${p.status}`)}
          {p.area_mu !== null && ` · ${fmt(p.area_mu)} ${t('unit.mu')}`}
          {p.investment_yi !== null && ` · ${formatYi(p.investment_yi, lang)}`}
        </span>
      </button>
    </li>
  );
});
