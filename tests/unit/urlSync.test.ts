import { describe, expect, it } from 'vitest';
import { startUrlSync, TYPING_MS } from '../../src/io/urlSync';
import { createAppStore } from '../../src/state/store';
import { makeProject } from './factories';
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
    addEventListener: (type: string, l: () => void) => {
      if (type === 'popstate') listeners.push(l);
    },
    removeEventListener: (type: string, l: () => void) => {
      if (type === 'popstate' && listeners.includes(l)) listeners.splice(listeners.indexOf(l), 1);
    },
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

function setup(search = '', data = makeData()) {
  const store = createAppStore();
  const w = fakeWindow(search);
  let clock = 0;
  const stop = startUrlSync(store, Promise.resolve(data), w.win, () => clock);
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

  it('a link’s unusable parameters are dropped from the address and listed in one warning', () => {
    const { store, w } = setup('?lang=fr&year=1999');
    expect(w.entries).toHaveLength(1);
    expect(w.entries[0]).toMatch(/^\?/);
    expect(w.entries[0]).not.toMatch(/fr|1999/);
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]!.level).toBe('warning');
    expect(notices[0]!.text).toMatch(/^链接中的部分参数已忽略：.*lang.*；.*year/);
    const en = setup('?lang=en&year=1999&bm=x').store.getState().notices[0]!;
    expect(en.text).toMatch(/^Some link parameters were ignored: .*year.*; .*bm/);
  });

  it('a link selecting something the data does not hold is cleared with a warning; a county badge is kept', async () => {
    const missing = setup('?sel=projects/nowhere-01');
    await Promise.resolve();
    await Promise.resolve();
    expect(missing.store.getState().selected).toBeNull();
    expect(missing.store.getState().notices).toEqual([
      expect.objectContaining({
        level: 'warning',
        text: expect.stringMatching(/^链接中的部分参数已忽略：.*sel/),
      }),
    ]);
    const badge = setup('?sel=countybadges/c1');
    const data = makeData();
    data.projects.features.push(makeProject({ id: 'luzhai-01' }));
    const found = setup('?sel=projects/luzhai-01', data);
    await Promise.resolve();
    await Promise.resolve();
    expect(badge.store.getState().selected).toEqual({ source: 'countybadges', id: 'c1' });
    expect(found.store.getState().selected).toEqual({ source: 'projects', id: 'luzhai-01' });
    expect([...badge.store.getState().notices, ...found.store.getState().notices]).toEqual([]);
  });

  it('language, basemap and year changes each push an entry; Back returns to the defaults', () => {
    const { store, w } = setup();
    store.getState().setLang('en');
    store.setState({ basemap: 'osm' });
    store.getState().setAsOfYear(2023);
    expect(w.entries).toHaveLength(4);
    const last = new URLSearchParams(w.win.location.search);
    expect([last.get('lang'), last.get('bm'), last.get('year')]).toEqual(['en', 'osm', '2023']);
    w.back();
    w.back();
    w.back();
    const s = store.getState();
    expect([s.lang, s.basemap, s.asOfYear]).toEqual(['zh', 'offline', null]);
    // No warning for addresses the app wrote itself, and no camera asked for without one.
    expect(s.notices).toEqual([]);
    expect(s.cameraRequest).toBeNull();
  });

  it('a pause of exactly the typing interval starts a new entry; typing after another change does too', () => {
    const { store, w, tick } = setup();
    tick(50_000);
    store.getState().setFilters({ text: 'l' });
    tick(TYPING_MS - 1);
    store.getState().setFilters({ text: 'le' });
    expect(w.entries).toHaveLength(2);
    tick(TYPING_MS);
    store.getState().setFilters({ text: 'len' });
    expect(w.entries).toHaveLength(3);
    store.getState().toggleOption('tables', '鹿寨县');
    store.getState().setFilters({ text: 'leng' });
    expect(w.entries).toHaveLength(5);
    // Back then typing again starts afresh.
    w.back();
    store.getState().setFilters({ text: 'x' });
    expect(w.index).toBe(4);
    expect(new URLSearchParams(w.win.location.search).get('q')).toBe('x');
  });

  it('once stopped, neither state changes nor Back touch the other', () => {
    const { store, w, stop } = setup();
    store.getState().toggleOption('tables', '鹿寨县');
    stop();
    store.getState().toggleOption('tables', '柳江区');
    expect(w.entries).toHaveLength(2);
    w.back();
    expect(store.getState().filters.tables).toEqual(['鹿寨县', '柳江区']);
  });
});
