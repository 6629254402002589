/**
 * Place suggestions under the search box (a combobox list): typing shows matching places apart
 * from the project results; choosing one (click, or arrows + Enter) flies the map there and marks
 * it, without touching the filters. Each place says its kind and how its position is known.
 */
import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { placeGeometry, searchPlaces, type PlaceHit } from '../../analysis/placeSearch';
import type { Place } from '../../domain/places';
import { PROJECT_TABLES } from '../../domain/schema';
import { useApp, useData, useT } from '../context';

const LIST_ID = 'place-suggestions';
const optionId = (i: number) => `place-option-${i}`;

/** The localised words for how a place's position is known (never "surveyed" unless it is). */
export function placeQualityKey(place: Place): string {
  if (place.quality === 'county') return 'places.quality.county';
  return `places.quality.${place.quality}${place.area ? 'Area' : ''}`;
}

export interface PlaceSuggest {
  inputProps: {
    role: 'combobox';
    'aria-expanded': boolean;
    /** Only while the list exists: a reference to a missing element is invalid ARIA. */
    'aria-controls': string | undefined;
    'aria-autocomplete': 'list';
    'aria-activedescendant': string | undefined;
    onKeyDown(e: KeyboardEvent<HTMLInputElement>): void;
    onFocus(): void;
    onBlur(): void;
  };
  list: ReactNode;
}

export function usePlaceSuggest(text: string): PlaceSuggest {
  const t = useT();
  const data = useData();
  const { store } = useApp();
  const hits = useMemo(() => searchPlaces(data.places, text), [data.places, text]);
  // Per text: which option is active, whether the user closed the list (Esc or a choice), and
  // the place chosen for it.
  const [ui, setUi] = useState<{ text: string; active: number; closed: boolean; chosen?: Place }>({
    text,
    active: 0,
    closed: false,
  });
  const cur = ui.text === text ? ui : { text, active: 0, closed: false };
  const [focused, setFocused] = useState(false);
  const [said, setSaid] = useState('');
  const open = focused && !cur.closed && hits.length > 0;
  const active = Math.min(cur.active, hits.length - 1);

  const choose = (hit: PlaceHit) => {
    store.getState().showPlace(hit, placeGeometry(data, hit.place));
    setUi({ ...cur, closed: true, chosen: hit.place });
    setSaid(t('places.flown', { name: hit.place.name, quality: t(placeQualityKey(hit.place)) }));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const move = (d: number) => {
      e.preventDefault();
      setUi({ ...cur, closed: false, active: open ? (active + d + hits.length) % hits.length : 0 });
    };
    if (e.key === 'ArrowDown' && hits.length) move(1);
    else if (e.key === 'ArrowUp' && open) move(-1);
    else if (e.key === 'Enter' && open) {
      e.preventDefault();
      choose(hits[active]!);
    } else if (e.key === 'Escape' && open) {
      // Closes the list only: the search text (and so the filter) stays.
      e.preventDefault();
      e.stopPropagation();
      setUi({ ...cur, closed: true });
    }
  };

  const list = (
    <>
      <p className="visually-hidden" aria-live="polite" data-testid="place-status">
        {open ? t('places.found', { n: hits.length }) : said}
      </p>
      {!open && cur.chosen && <FilterCounty place={cur.chosen} />}
      {open && (
        <div className="place-suggest" data-testid="place-suggest">
          <div className="place-suggest-head" id="place-suggest-title">
            {t('places.title')}
            <span className="place-suggest-hint">{t('places.hint')}</span>
          </div>
          <ul role="listbox" id={LIST_ID} aria-labelledby="place-suggest-title">
            {hits.map((hit, i) => (
              <PlaceOption
                key={hit.id}
                hit={hit}
                index={i}
                active={i === active}
                onChoose={() => choose(hit)}
              />
            ))}
          </ul>
        </div>
      )}
    </>
  );

  return {
    inputProps: {
      role: 'combobox',
      'aria-expanded': open,
      'aria-controls': open ? LIST_ID : undefined,
      'aria-autocomplete': 'list',
      'aria-activedescendant': open ? optionId(active) : undefined,
      onKeyDown,
      onFocus: () => setFocused(true),
      onBlur: () => setFocused(false),
    },
    list,
  };
}

/** Offered after flying to a district/county that has a project table: filtering is the user's call. */
function FilterCounty({ place }: { place: Place }) {
  const t = useT();
  const { store } = useApp();
  const table = PROJECT_TABLES.find((x) => x === place.name);
  if (place.kind !== 'county' || !table) return null;
  return (
    <button
      type="button"
      className="place-filter-county"
      data-testid="place-filter-county"
      onClick={() => store.getState().setFilters({ tables: [table] })}
    >
      {t('places.filterCounty', { name: place.name })}
    </button>
  );
}

function PlaceOption(props: { hit: PlaceHit; index: number; active: boolean; onChoose(): void }) {
  const t = useT();
  const { place } = props.hit;
  const surveyed = place.quality === 'exact';
  const where = place.county && place.kind !== 'county' ? t('places.in', { county: place.county }) : null;
  return (
    <li
      role="option"
      id={optionId(props.index)}
      aria-selected={props.active}
      className={props.active ? 'active' : undefined}
      data-testid="place-option"
      data-place-id={props.hit.id}
      // Keeps focus in the search box, so the list does not close before the click lands.
      onMouseDown={(e) => e.preventDefault()}
      onClick={props.onChoose}
    >
      <span className="place-name">{place.name}</span>
      <span className="place-meta">
        {t(`places.kind.${place.kind}`)}
        {where && ` · ${where}`}
      </span>
      <span
        className={`place-quality${surveyed ? '' : ' not-surveyed'}`}
        data-testid="place-quality"
        data-quality={place.quality}
      >
        {t(placeQualityKey(place))}
      </span>
    </li>
  );
}
