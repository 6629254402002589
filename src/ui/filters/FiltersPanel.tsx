import { Fragment, useState } from 'react';
import { PROJECT_STATUSES, PROJECT_TABLES, PROJECT_TYPES } from '../../domain/schema';
import { isFiltering } from '../../domain/filters';
import { useApp, useAppState, useT } from '../context';
import { useProjectResult } from '../useProjects';
import { FacetGroup } from './FacetGroup';
import { usePlaceSuggest } from './PlaceSuggest';

/** The multi-select facets: URL/testid name, filter field, options and how options are labelled. */
const FACETS = [
  { facet: 'county', key: 'tables', options: PROJECT_TABLES, legend: 'filters.table', labelPrefix: null },
  { facet: 'type', key: 'types', options: PROJECT_TYPES, legend: 'filters.type', labelPrefix: 'type' },
  {
    facet: 'status',
    key: 'statuses',
    options: PROJECT_STATUSES,
    legend: 'filters.status',
    labelPrefix: 'status',
  },
] as const;

export function FiltersPanel() {
  const t = useT();
  const { store } = useApp();
  const filters = useAppState((s) => s.filters);
  const { facets } = useProjectResult();
  const actions = store.getState();
  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title" className="visually-hidden">
        {t('filters.title')}
      </h2>
      <SearchBox />
      {FACETS.map(({ facet, key, options, legend, labelPrefix }) => (
        <FacetGroup<string>
          key={facet}
          legend={t(legend)}
          facet={facet}
          options={options}
          selected={filters[key]}
          counts={facets[key]}
          label={(o) => (labelPrefix ? t(`${labelPrefix}.${o}`) : o)}
          onToggle={(o) => actions.toggleOption(key, o as never)}
        />
      ))}
      <AreaRange />
      <label className="inview">
        <input
          type="checkbox"
          data-testid="filter-inview"
          checked={filters.inView}
          onChange={(e) => actions.setFilters({ inView: e.target.checked })}
        />
        {t('filters.inView')}
      </label>
      <button
        type="button"
        className="clear"
        data-testid="filters-clear"
        disabled={!isFiltering(filters)}
        onClick={() => actions.clearFilters()}
      >
        {t('filters.clear')}
      </button>
    </section>
  );
}

function SearchBox() {
  const t = useT();
  const { store } = useApp();
  const text = useAppState((s) => s.filters.text);
  const places = usePlaceSuggest(text);
  return (
    <div className="search">
      <label htmlFor="project-search" className="visually-hidden">
        {t('filters.textLabel')}
      </label>
      <input
        id="project-search"
        type="search"
        data-testid="filter-text"
        placeholder={t('filters.text')}
        value={text}
        maxLength={100}
        onChange={(e) => store.getState().setFilters({ text: e.target.value })}
        {...places.inputProps}
      />
      {places.list}
      <a
        className="skip-link"
        href="#results-title"
        data-testid="skip-to-results"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('results-title')?.focus();
        }}
      >
        {t('results.skip')}
      </a>
    </div>
  );
}

/** Min/max land area in 亩; typed values apply on blur or Enter, so typing stays smooth. */
function AreaRange() {
  const t = useT();
  const { store } = useApp();
  const min = useAppState((s) => s.filters.areaMin);
  const max = useAppState((s) => s.filters.areaMax);
  const [draft, setDraft] = useState<{ min: string; max: string } | null>(null);
  const shown = draft ?? { min: min === null ? '' : String(min), max: max === null ? '' : String(max) };
  const commit = () => {
    if (!draft) return;
    const parse = (v: string) =>
      v.trim() === '' || !Number.isFinite(Number(v)) || Number(v) < 0 ? null : Number(v);
    let lo = parse(draft.min);
    let hi = parse(draft.max);
    if (lo !== null && hi !== null && lo > hi) [lo, hi] = [hi, lo];
    store.getState().setFilters({ areaMin: lo, areaMax: hi });
    setDraft(null);
  };
  return (
    <fieldset className="facet area">
      <legend>{t('filters.area')}</legend>
      <div className="range">
        {(['min', 'max'] as const).map((end, i) => (
          <Fragment key={end}>
            {i === 1 && <span aria-hidden="true">–</span>}
            <label>
              <span>{t(end === 'min' ? 'filters.areaMin' : 'filters.areaMax')}</span>
              <input
                type="number"
                min={0}
                inputMode="decimal"
                data-testid={`filter-area-${end}`}
                value={shown[end]}
                onChange={(e) => setDraft({ ...shown, [end]: e.target.value })}
                onBlur={commit}
                onKeyDown={(e) => e.key === 'Enter' && commit()}
              />
            </label>
          </Fragment>
        ))}
      </div>
      <p className="hint">{t('filters.areaNote')}</p>
    </fieldset>
  );
}
