/**
 * The basemap as drawn: each service's tiles under their own ids, the offline file's style muted,
 * labelled in the chosen language with the local fonts, and never a symbol with nothing to show.
 */
import { describe, expect, it } from 'vitest';
import { layers as protomapsLayers, namedFlavor } from '@protomaps/basemaps';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { OSM_TILES } from '../../src/domain/basemaps';
import { BASEMAP_PREFIX, basemapSpecs, createBasemapBuilder } from '../../src/layers/basemap';
import { TEXT_FONT } from '../../src/layers/paint';
import { evaluate } from './styleEval';

const OFFLINE = {
  url: 'pmtiles://http://127.0.0.1/liuzhou.pmtiles',
  label: 'liuzhou.pmtiles',
  attribution: '',
};
const offline = (lang: 'zh' | 'en', attribution = '') =>
  basemapSpecs({ basemap: 'offline', offline: { ...OFFLINE, attribution }, lang });
type Symbolic = LayerSpecification & { layout?: Record<string, unknown> };

describe('basemap layers', () => {
  it('Tianditu: base and annotation tiles as two opaque layers with their own ids, no fade-in', () => {
    const { layers, sources } = basemapSpecs({ basemap: 'tdt-img', offline: null, lang: 'zh' });
    expect(layers.map((l) => l.id)).toEqual([`${BASEMAP_PREFIX}tdt-img`, `${BASEMAP_PREFIX}tdt-cia`]);
    expect(layers.map((l) => (l as { source: string }).source)).toEqual(Object.keys(sources));
    for (const l of layers) {
      expect(evaluate(l, 'raster-opacity')).toBe(1);
      expect(evaluate(l, 'raster-fade-duration')).toBe(0);
    }
  });

  it('OpenStreetMap: its own tiles up to zoom 19, slightly faded under the plan', () => {
    const { layers, sources } = basemapSpecs({ basemap: 'osm', offline: OFFLINE, lang: 'zh' });
    expect(Object.keys(sources)).toEqual([`${BASEMAP_PREFIX}osm`]);
    expect(sources[`${BASEMAP_PREFIX}osm`]).toMatchObject({ type: 'raster', tiles: OSM_TILES, maxzoom: 19 });
    expect(layers).toHaveLength(1);
    expect(evaluate(layers[0]!, 'raster-opacity')).toBe(0.85);
  });

  it('the offline file is labelled in the chosen language', () => {
    const zh = JSON.stringify(offline('zh').layers);
    const en = JSON.stringify(offline('en').layers);
    expect(zh).toContain('name:zh-Hans');
    expect(en).toContain('"name:en"');
    expect(en).not.toContain('name:zh-Hans');
  });

  it('keeps every named symbol, drops icon-only ones, and names them with the local font stack', () => {
    const layers = offline('zh').layers as Symbolic[];
    const raw = protomapsLayers('basemap-pmtiles', namedFlavor('light'), { lang: 'zh-Hans' });
    const named = raw.filter((l) => l.type === 'symbol' && l.layout && 'text-field' in l.layout);
    const symbols = layers.filter((l) => l.type === 'symbol');
    expect(symbols.map((l) => l.id)).toEqual(named.map((l) => `${BASEMAP_PREFIX}pm-${l.id}`));
    expect(named.some((l) => 'icon-image' in (l.layout ?? {}))).toBe(true);
    for (const l of symbols) {
      expect(l.layout?.['text-field'], l.id).toBeTruthy();
      expect(l.layout && 'icon-image' in l.layout, l.id).toBe(false);
      // A font per zoom or feature, each one the local stack.
      const fonts = JSON.stringify(l.layout?.['text-font']);
      expect(fonts, l.id).toContain(JSON.stringify(TEXT_FONT));
      expect(fonts.replaceAll(JSON.stringify(TEXT_FONT), ''), l.id).not.toMatch(/Sans|\[\]/);
    }
    // Areas and lines are all kept: only the background gives way to the plan's own land.
    for (const type of ['fill', 'line'] as const)
      expect(layers.filter((l) => l.type === type)).toHaveLength(raw.filter((l) => l.type === type).length);
  });

  it('escapes every HTML character of the attribution', () => {
    const src = offline('zh', 'A & B <i>').sources['basemap-pmtiles'] as { attribution: string };
    expect(src.attribution).toBe('A &amp; B &lt;i&gt;');
  });

  it('is rebuilt when the service, the offline file or the language changes, and only then', () => {
    const build = createBasemapBuilder();
    const file = { ...OFFLINE, attribution: 'x' };
    const a = build({ basemap: 'offline', offline: file, lang: 'zh' });
    expect(build({ basemap: 'offline', offline: file, lang: 'zh' })).toBe(a);
    const osm = build({ basemap: 'osm', offline: file, lang: 'zh' });
    expect(osm).not.toBe(a);
    expect(osm.layers.map((l) => l.id)).toEqual([`${BASEMAP_PREFIX}osm`]);
    const other = { ...file, url: 'pmtiles://http://127.0.0.1/other.pmtiles' };
    build({ basemap: 'offline', offline: file, lang: 'zh' });
    const b = build({ basemap: 'offline', offline: other, lang: 'zh' });
    expect((b.sources['basemap-pmtiles'] as { url: string }).url).toBe(other.url);
  });
});
