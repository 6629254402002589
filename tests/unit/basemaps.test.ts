import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  BASEMAP_IDS,
  DeployConfigSchema,
  ONLINE_TILE_HOSTS,
  TiandituKeySchema,
  failureFromStatus,
  tiandituTiles,
  withTiandituKey,
  type BasemapId,
} from '../../src/domain/basemaps';
import { basemapSpecs, createBasemapBuilder } from '../../src/layers/basemap';
import { allSources, createLayerBuilder } from '../../src/layers';
import { paintAt } from './paintAt';
import { groupInputsFrom } from '../../src/layers/inputs';
import { defaultLayers } from '../../src/state/layersSlice';
import { createAppStore } from '../../src/state/store';
import { openDb } from '../../src/io/db';
import { startBasemapSettings } from '../../src/io/settings';
import { getTiandituKey } from '../../src/map/tiandituKey';
import { readPngText, withPngText } from '../../src/io/pngText';
import { footerLines } from '../../src/ui/export/ExportPanel';
import { makeData } from './fixtures';

const OFFLINE = {
  url: 'pmtiles://http://127.0.0.1/liuzhou.pmtiles',
  label: 'liuzhou.pmtiles',
  attribution: '<b>x</b>',
};
const KEY = '0123456789abcdef0123456789abcdef';

function styleWith(basemap: BasemapId, lang: 'zh' | 'en' = 'zh'): StyleSpecification {
  const base = basemapSpecs({ basemap, offline: OFFLINE, lang });
  return {
    version: 8,
    sources: { ...allSources(makeData()), ...base.sources },
    layers: [
      ...base.layers,
      ...createLayerBuilder()(groupInputsFrom({ layers: defaultLayers(), lang, underlay: true })),
    ],
  };
}

describe('basemap specs', () => {
  for (const id of BASEMAP_IDS) {
    it(`${id}: a valid style, drawn under every plan layer`, () => {
      const style = styleWith(id);
      expect(validateStyleMin(style)).toEqual([]);
      const ids = style.layers.map((l) => l.id);
      const lastBase = Math.max(...ids.map((l, i) => (l.startsWith('basemap-') ? i : -1)));
      expect(lastBase).toBeGreaterThanOrEqual(0);
      expect(lastBase).toBeLessThan(ids.indexOf('counties-fill'));
    });
  }

  it('offline without a PMTiles file is the plain local base', () => {
    expect(basemapSpecs({ basemap: 'offline', offline: null, lang: 'zh' })).toEqual({
      sources: {},
      layers: [],
    });
  });

  it('uses the _w (Web Mercator) Tianditu sets with annotations, and never a key in the style', () => {
    const vec = JSON.stringify(basemapSpecs({ basemap: 'tdt-vec', offline: null, lang: 'zh' }));
    const img = JSON.stringify(basemapSpecs({ basemap: 'tdt-img', offline: null, lang: 'zh' }));
    expect(vec).toContain('/vec_w/wmts');
    expect(vec).toContain('/cva_w/wmts');
    expect(img).toContain('/img_w/wmts');
    expect(img).toContain('/cia_w/wmts');
    expect(vec + img).not.toContain('tk=');
    expect(tiandituTiles('vec')).toHaveLength(8);
  });

  it('labels the PMTiles base in Chinese with the local font stack and no sprite icons', () => {
    const layers = basemapSpecs({ basemap: 'offline', offline: OFFLINE, lang: 'zh' }).layers;
    const json = JSON.stringify(layers);
    expect(json).toContain('name:zh-Hans');
    expect(json).not.toMatch(/"Noto Sans (Regular|Medium|Italic|Bold)"/);
    expect(json).not.toContain('icon-image');
    expect(layers.some((l) => l.type === 'background')).toBe(false);
  });

  it('escapes the configured attribution (shown as HTML by the map)', () => {
    const src = basemapSpecs({ basemap: 'offline', offline: OFFLINE, lang: 'zh' }).sources['basemap-pmtiles'];
    expect((src as { attribution: string }).attribution).toBe('&lt;b&gt;x&lt;/b&gt;');
  });

  it('is memoised so the map skips unchanged sources', () => {
    const build = createBasemapBuilder();
    const a = build({ basemap: 'osm', offline: null, lang: 'zh' });
    expect(build({ basemap: 'osm', offline: null, lang: 'zh' })).toBe(a);
    expect(build({ basemap: 'osm', offline: null, lang: 'en' })).not.toBe(a);
  });

  it('lets the basemap show through the land fill', () => {
    const fill = (underlay: boolean) =>
      createLayerBuilder()(groupInputsFrom({ layers: defaultLayers(), lang: 'zh', underlay })).find(
        (l) => l.id === 'counties-fill',
      )!;
    expect(paintAt(fill(false), 'fill-opacity', 9)).toBe(1);
    expect(paintAt(fill(true), 'fill-opacity', 9)).toBeLessThan(0.5);
  });
});

describe('basemap domain', () => {
  it('adds the key to Tianditu tile requests only', () => {
    const tdt = tiandituTiles('img')[3]!;
    expect(withTiandituKey(tdt, KEY)).toBe(`${tdt}&tk=${KEY}`);
    expect(withTiandituKey(tdt, null)).toBe(tdt);
    expect(withTiandituKey('https://tile.openstreetmap.org/1/1/1.png', KEY)).not.toContain(KEY);
    expect(withTiandituKey('https://evil.example/?x=t0.tianditu.gov.cn', KEY)).not.toContain(KEY);
  });

  it('lists every online tile host once, for the Content-Security-Policy', () => {
    expect(ONLINE_TILE_HOSTS).toContain('t7.tianditu.gov.cn');
    expect(ONLINE_TILE_HOSTS).toContain('tile.openstreetmap.org');
    const all = BASEMAP_IDS.flatMap((id) => {
      const s = basemapSpecs({ basemap: id, offline: null, lang: 'zh' }).sources;
      return Object.values(s).flatMap((x) => ('tiles' in x ? (x.tiles ?? []) : []));
    });
    for (const url of all) expect(ONLINE_TILE_HOSTS).toContain(new URL(url).hostname);
  });

  it('validates keys and the deployer config', () => {
    expect(TiandituKeySchema.safeParse(KEY).success).toBe(true);
    expect(TiandituKeySchema.safeParse('abc').success).toBe(false);
    expect(DeployConfigSchema.safeParse({}).success).toBe(true);
    expect(DeployConfigSchema.safeParse({ reviewNumber: null, offlineBasemap: null }).success).toBe(true);
    expect(DeployConfigSchema.safeParse({ offlineBasemap: { url: 'basemap/city.pmtiles' } }).success).toBe(
      true,
    );
    expect(
      DeployConfigSchema.safeParse({ offlineBasemap: { url: 'javascript:alert(1).pmtiles' } }).success,
    ).toBe(false);
    expect(DeployConfigSchema.safeParse({ offlineBasemap: { url: 'city.mbtiles' } }).success).toBe(false);
    expect(DeployConfigSchema.safeParse({ reviewNumber: 5 }).success).toBe(false);
    expect(DeployConfigSchema.safeParse({ apiKey: 'x' }).success).toBe(false);
  });

  it('names why a basemap failed', () => {
    expect([0, 403, 401, 429, 500].map(failureFromStatus)).toEqual([
      'network',
      'forbidden',
      'forbidden',
      'tooMany',
      'http',
    ]);
  });
});

describe('basemap state', () => {
  it('asks for a key before Tianditu, falls back with a notice, and credits every export', () => {
    const store = createAppStore();
    store.getState().chooseBasemap('tdt-vec');
    expect(store.getState().basemap).toBe('offline');
    expect(store.getState().basemapSettingsOpen).toBe(true);
    store.getState().setHasTiandituKey(true);
    store.getState().chooseBasemap('tdt-vec');
    expect(store.getState().basemap).toBe('tdt-vec');
    store.getState().setReviewNumber('测试-1');
    const lines = footerLines(store.getState());
    expect(lines.join('\n')).toContain('国家地理信息公共服务平台');
    expect(lines.at(-1)).toBe('审图号：测试-1');

    store.getState().basemapFailed('tdt-vec', 'forbidden');
    expect(store.getState().basemap).toBe('offline');
    expect(store.getState().basemapFallback).toEqual({ from: 'tdt-vec', reason: 'forbidden' });
    expect(store.getState().notices.at(-1)?.text).toMatch(/天地图 矢量.*403.*离线底图/);
    // A late failure of a basemap no longer shown changes nothing.
    store.getState().basemapFailed('osm', 'network');
    expect(store.getState().notices.filter((n) => n.text.includes('OpenStreetMap'))).toEqual([]);
  });

  it('keeps the key and the choice in the local settings table, never in the store', async () => {
    const db = openDb(`test-settings-${Math.random()}`);
    const store = createAppStore();
    const settings = startBasemapSettings(store, false, db);
    expect(await settings.saveKey('nope')).toBe('invalid');
    expect(await settings.saveKey(` ${KEY} `)).toBe('saved');
    expect(getTiandituKey()).toBe(KEY);
    expect(JSON.stringify(store.getState())).not.toContain(KEY);
    await settings.ready;
    store.getState().chooseBasemap('tdt-img');
    await vi.waitFor(async () =>
      expect((await db.settings.get('basemap'))?.value).toEqual({ id: 'tdt-img' }),
    );
    // A fallback is not saved as the planner's choice.
    store.getState().basemapFailed('tdt-img', 'network');
    await new Promise((r) => setTimeout(r, 20));
    expect((await db.settings.get('basemap'))?.value).toEqual({ id: 'tdt-img' });

    // Next start: key and choice come back.
    const next = createAppStore();
    await startBasemapSettings(next, false, db).ready;
    expect(next.getState().hasTiandituKey).toBe(true);
    expect(next.getState().basemap).toBe('tdt-img');
    await settings.clearKey();
    expect(getTiandituKey()).toBeNull();
    expect(await db.settings.get('tianditu-key')).toBeUndefined();
  });
});

describe('PNG text', () => {
  it('round-trips UTF-8 credits through a real PNG', async () => {
    const { PNG } = await import('pngjs');
    const png = new PNG({ width: 2, height: 2 });
    const bytes = new Uint8Array(PNG.sync.write(png));
    const tagged = withPngText(bytes, { Copyright: '天地图 · 审图号：测试' });
    expect(readPngText(tagged)).toEqual({ Copyright: '天地图 · 审图号：测试' });
    // Still a valid PNG (pngjs checks every chunk's CRC).
    expect(PNG.sync.read(Buffer.from(tagged)).width).toBe(2);
  });
});
