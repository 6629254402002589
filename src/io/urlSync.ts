/**
 * Effect: keeps the URL and the store in step. Reads the URL once at start (and on back/forward),
 * writes it after state changes: camera moves replace the history entry, everything else pushes a
 * new one so Back undoes it. A burst of typing in the search box becomes one entry.
 */
import { BADGE_SOURCE, badgeCounty } from '../analysis/countyBadges';
import type { AppData } from '../domain/data';
import { findFeature } from '../domain/lookup';
import { t } from '../i18n/strings';
import { EMPTY_FILTERS } from '../domain/filters';
import { DEFAULT_BASEMAP } from '../domain/basemaps';
import { defaultLayers } from '../state/layersSlice';
import type { AppState, AppStore } from '../state/store';
import { decodeUrl, describeUrlProblem, encodeUrl, type UrlState } from './urlState';

const urlStateOf = (s: AppState): UrlState => ({
  lang: s.lang,
  camera: s.camera,
  layers: s.layers,
  selected: s.selected,
  filters: s.filters,
  basemap: s.basemap,
  asOfYear: s.asOfYear,
});

/** Keystrokes closer together than this extend the same history entry. */
export const TYPING_MS = 1000;

type UrlWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

/** Only the search text differs: the user is typing. */
const onlyText = (a: UrlState, b: UrlState) =>
  a.filters.text !== b.filters.text &&
  encodeUrl({ ...a, filters: { ...a.filters, text: '' } }) ===
    encodeUrl({ ...b, filters: { ...b.filters, text: '' } });

export function startUrlSync(
  store: AppStore,
  dataPromise: Promise<AppData>,
  win: UrlWindow = window,
  now: () => number = () => Date.now(),
): () => void {
  let applying = false;
  let lastTypingAt = -Infinity;

  const apply = (search: string, notify: boolean) => {
    const { patch, problems } = decodeUrl(search, defaultLayers());
    applying = true;
    const { camera, ...rest } = patch;
    // Anything the URL does not mention returns to its default (so Back restores exactly).
    store.setState({
      selected: null,
      filters: EMPTY_FILTERS,
      asOfYear: null,
      ...(notify ? {} : { layers: defaultLayers(), lang: 'zh' as const, basemap: DEFAULT_BASEMAP }),
      ...rest,
    });
    if (camera) store.getState().requestCamera(camera, 'app');
    applying = false;
    if (notify && problems.length) {
      const lang = store.getState().lang;
      const list = problems.map((p) => describeUrlProblem(lang, p)).join(lang === 'zh' ? '；' : '; ');
      store.getState().pushNotice('warning', t(lang, 'url.ignored', { list }));
    }
  };

  apply(win.location.search, true);
  // A selection from a link may name something that does not exist.
  void dataPromise.then((data) => {
    const sel = store.getState().selected;
    if (sel && !findFeature(data, sel) && !(sel.source === BADGE_SOURCE && badgeCounty(sel.id))) {
      const lang = store.getState().lang;
      store.getState().select(null);
      store
        .getState()
        .pushNotice(
          'warning',
          t(lang, 'url.ignored', { list: describeUrlProblem(lang, { param: 'sel', reason: 'invalid' }) }),
        );
    }
  });

  let last = encodeUrl(urlStateOf(store.getState()));
  win.history.replaceState(win.history.state, '', `?${last}`);

  const unsubscribe = store.subscribe(
    (s) => urlStateOf(s),
    (next, prev) => {
      // A presentation drives the view itself; the URL resumes when it ends.
      if (applying || store.getState().presentation) return;
      const encoded = encodeUrl(next);
      if (encoded === last) return;
      last = encoded;
      const onlyCamera =
        next.lang === prev.lang &&
        next.layers === prev.layers &&
        next.selected === prev.selected &&
        next.filters === prev.filters &&
        next.basemap === prev.basemap &&
        next.asOfYear === prev.asOfYear;
      const typing = onlyText(next, prev);
      const continuesTyping = typing && now() - lastTypingAt < TYPING_MS;
      lastTypingAt = typing ? now() : -Infinity;
      if (onlyCamera || continuesTyping) win.history.replaceState(win.history.state, '', `?${encoded}`);
      else win.history.pushState(null, '', `?${encoded}`);
    },
    {
      equalityFn: (a, b) =>
        a.lang === b.lang &&
        a.camera === b.camera &&
        a.layers === b.layers &&
        a.selected === b.selected &&
        a.filters === b.filters &&
        a.basemap === b.basemap &&
        a.asOfYear === b.asOfYear,
    },
  );
  const onPop = () => {
    lastTypingAt = -Infinity;
    apply(win.location.search, false);
    last = encodeUrl(urlStateOf(store.getState()));
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
