import { describe, expect, it } from 'vitest';
import { startUrlSync, TYPING_MS } from '../../src/io/urlSync';
import { createAppStore } from '../../src/state/store';
import { makeData } from './fixtures';
import { EMPTY_FILTERS } from '../../src/domain/filters';

/** A window with just what the URL effect uses: a location, a history stack and popstate. */
function fakeWindow(search = '') {
  const entries = [search];
  let index = 0;
  const listeners: Array<() => void> = [];
  const location = { search };
  const go = (i: number) => {
    index = i;
    location.search = entries[index]!;
    listeners.forEach((l) => l());
  };
  const win = {
    location,
    history: {
      state: null,
      pushState: (_s: unknown, _t: string, url: string) => {
        entries.splice(index + 1, entries.length, url);
        index = entries.length - 1;
        location.search = url;
      },
      replaceState: (_s: unknown, _t: string, url: string) => {
        entries[index] = url;
        location.search = url;
      },
    },
    addEventListener: (_type: string, l: () => void) => listeners.push(l),
    removeEventListener: () => undefined,
  };
  return {
    win: win as unknown as Window,
    entries,
    back: () => go(index - 1),
    forward: () => go(index + 1),
    get index() {
      return index;
    },
  };
}

function setup(search = '') {
  const store = createAppStore();
  const w = fakeWindow(search);
  let clock = 0;
  const stop = startUrlSync(store, Promise.resolve(makeData()), w.win, () => clock);
  return { store, w, stop, tick: (ms: number) => (clock += ms) };
}

describe('URL effect', () => {
  it('writes every filter change to the URL as a new history entry', () => {
    const { store, w } = setup();
    store.getState().toggleOption('tables', '鹿寨县');
    expect(new URLSearchParams(w.win.location.search).get('table')).toBe('鹿寨县');
    store.getState().toggleOption('types', '商贸服务型');
    store.getState().toggleOption('statuses', '在建');
    store.getState().setFilters({ areaMin: 10, areaMax: 500 });
    store.getState().setFilters({ inView: true });
    expect(w.entries).toHaveLength(6);
    const last = new URLSearchParams(w.win.location.search);
    expect(last.get('type')).toBe('商贸服务型');
    expect(last.get('status')).toBe('在建');
    expect(last.get('area')).toBe('10-500');
    expect(last.get('inview')).toBe('1');
  });

  it('Back and Forward step through filter changes and restore them in the store', () => {
    const { store, w } = setup();
    store.getState().toggleOption('tables', '鹿寨县');
    store.getState().toggleOption('tables', '柳江区');
    w.back();
    expect(store.getState().filters.tables).toEqual(['鹿寨县']);
    w.back();
    expect(store.getState().filters.tables).toEqual([]);
    w.forward();
    expect(store.getState().filters.tables).toEqual(['鹿寨县']);
    // Restoring from history does not add entries of its own.
    expect(w.entries).toHaveLength(3);
  });

  it('a link opens with its filters, selection, layers, language and camera', () => {
    const { store } = setup(
      '?lang=en&c=109.4,24.3,10&layers=projects,rivers&county=鹿寨县&q=冷链&sel=projects/luzhai-01',
    );
    const s = store.getState();
    expect(s.lang).toBe('en');
    expect(s.filters.tables).toEqual(['鹿寨县']);
    expect(s.filters.text).toBe('冷链');
    expect(s.selected).toEqual({ source: 'projects', id: 'luzhai-01' });
    expect(s.layers.projects.visible).toBe(true);
    expect(s.layers.road.visible).toBe(false);
    expect(s.cameraRequest?.camera).toEqual({ center: [109.4, 24.3], zoom: 10, bearing: 0, pitch: 0 });
  });

  it('typing makes one history entry; a pause starts the next', () => {
    const { store, w, tick } = setup();
    for (const text of ['l', 'le', 'len', 'leng']) {
      store.getState().setFilters({ text });
      tick(200);
    }
    expect(w.entries).toHaveLength(2);
    expect(new URLSearchParams(w.win.location.search).get('q')).toBe('leng');
    tick(TYPING_MS);
    store.getState().setFilters({ text: 'lengl' });
    expect(w.entries).toHaveLength(3);
  });

  it('camera moves replace the entry; selection and layers push one', () => {
    const { store, w } = setup();
    store.getState().reportCamera({ center: [109.4, 24.3], zoom: 9, bearing: 0, pitch: 0 }, [0, 0, 1, 1]);
    expect(w.entries).toHaveLength(1);
    expect(w.win.location.search).toContain('c=109.4,24.3,9');
    store.getState().select({ source: 'projects', id: 'liunan-01' });
    store.getState().setLayerVisible('road', true);
    expect(w.entries).toHaveLength(3);
  });

  it('stays out of the URL while presenting', () => {
    const { store, w } = setup();
    store.getState().startPresentation({
      id: 'mine',
      title: 't',
      steps: [{ id: 'a', title: 'a', camera: 'home', layers: [], filters: EMPTY_FILTERS, selected: null }],
    });
    store.getState().toggleOption('tables', '鹿寨县');
    expect(w.entries).toHaveLength(1);
  });
});
