import { memo, useEffect, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ProjectFeature } from '../../domain/data';
import { isFiltering } from '../../domain/filters';
import { resultBounds } from '../../analysis/resultBounds';
import type { SortKey } from '../../domain/filters';
import { sortProjects } from '../../analysis/filterProjects';
import { PROJECT_TYPE_COLORS } from '../../layers/palette';
import { useApp, useAppState, useT } from '../context';
import { useProjectResult } from '../useProjects';
import { fmt } from '../../i18n/amounts';
import { formatYi } from '../../i18n/amounts';
import type { Lang } from '../../i18n/strings';

const SORT_KEYS: SortKey[] = ['table', 'name', 'area', 'investment', 'status'];
/** Longer lists draw only the rows in view: every row in the page would cost seconds at 100k. */
const VIRTUAL_FROM = 200;

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
        <VirtualRows items={sorted} hoveredId={hoveredId} selectedId={selectedId} lang={lang} />
      )}
    </section>
  );
}

interface RowsProps {
  items: ProjectFeature[];
  hoveredId: string | null;
  selectedId: string | null;
  lang: Lang;
}

/** All rows for a plan-sized list; a windowed list in its own scroller beyond VIRTUAL_FROM. */
function VirtualRows(props: RowsProps) {
  const { items, hoveredId, selectedId, lang } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = items.length > VIRTUAL_FROM;
  // The virtualiser re-renders this component itself; nothing memoised depends on it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({
    count: virtual ? items.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => 56,
    overscan: 12,
  });
  const row = (p: ProjectFeature, extra?: Partial<React.ComponentProps<typeof ResultItem>>) => (
    <ResultItem
      key={p.properties.id}
      project={p}
      hovered={hoveredId === p.properties.id}
      selected={selectedId === p.properties.id}
      lang={lang}
      {...extra}
    />
  );
  if (!virtual)
    return (
      <ol className="result-list" data-testid="result-list">
        {items.map((p) => row(p))}
      </ol>
    );
  return (
    <div ref={scroller} className="result-scroll" data-testid="result-scroll">
      <ol
        className="result-list"
        data-testid="result-list"
        data-count={items.length}
        style={{ height: v.getTotalSize(), position: 'relative' }}
      >
        {v.getVirtualItems().map((r) =>
          row(items[r.index]!, {
            index: r.index,
            size: items.length,
            top: r.start,
            measure: v.measureElement,
          }),
        )}
      </ol>
    </div>
  );
}

const ResultItem = memo(function ResultItem({
  project,
  hovered,
  selected,
  lang,
  index,
  size,
  top,
  measure,
}: {
  project: ProjectFeature;
  hovered: boolean;
  selected: boolean;
  lang: Lang;
  /** Set in a windowed list: the row's place, for layout and for assistive technology. */
  index?: number;
  size?: number;
  top?: number;
  measure?: (el: Element | null) => void;
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
      {...(index !== undefined && {
        'data-index': index,
        'aria-posinset': index + 1,
        'aria-setsize': size,
        ref: measure,
        style: { position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${top}px)` },
      })}
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
