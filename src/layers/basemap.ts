/**
 * The basemap as specs, drawn under every plan layer: raster tiles for the online services and a
 * muted @protomaps/basemaps style for an offline PMTiles file. Pure: no key, no map.
 */
import { layers as protomapsLayers, namedFlavor } from '@protomaps/basemaps';
import {
  OSM_ATTRIBUTION_HTML,
  OSM_TILES,
  TIANDITU_ATTRIBUTION_HTML,
  tiandituTiles,
  type BasemapId,
  type OfflineBasemap,
} from '../domain/basemaps';
import type { Lang } from '../i18n/strings';
import { TEXT_FONT } from './paint';
import type { LayerSpecification, SourceSpecification } from './types';

export const BASEMAP_PREFIX = 'basemap-';
/** The source whose tile errors decide a fallback (the base tiles, not the labels). */
export const BASEMAP_MAIN_SOURCE: Record<BasemapId, string> = {
  offline: 'basemap-pmtiles',
  'tdt-vec': 'basemap-tdt-vec',
  'tdt-img': 'basemap-tdt-img',
  osm: 'basemap-osm',
};

export interface BasemapInput {
  basemap: BasemapId;
  offline: OfflineBasemap | null;
  lang: Lang;
}

export interface BasemapSpecs {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/** Tianditu's own zoom range in the `_w` set; OSM's standard tiles stop at 19. */
const raster = (tiles: string[], attribution: string, maxzoom: number): SourceSpecification => ({
  type: 'raster',
  tiles,
  tileSize: 256,
  maxzoom,
  attribution,
});

const rasterLayer = (id: string, source: string, opacity = 1): LayerSpecification => ({
  id,
  type: 'raster',
  source,
  paint: { 'raster-opacity': opacity, 'raster-fade-duration': 0 },
});

export function basemapSpecs({ basemap, offline, lang }: BasemapInput): BasemapSpecs {
  switch (basemap) {
    case 'tdt-vec':
    case 'tdt-img': {
      const [base, labels] = basemap === 'tdt-vec' ? (['vec', 'cva'] as const) : (['img', 'cia'] as const);
      const labelSource = `${BASEMAP_PREFIX}tdt-${labels}`;
      return {
        sources: {
          [BASEMAP_MAIN_SOURCE[basemap]]: raster(tiandituTiles(base), TIANDITU_ATTRIBUTION_HTML, 18),
          [labelSource]: raster(tiandituTiles(labels), TIANDITU_ATTRIBUTION_HTML, 18),
        },
        layers: [
          rasterLayer(`${BASEMAP_PREFIX}tdt-${base}`, BASEMAP_MAIN_SOURCE[basemap]),
          rasterLayer(`${BASEMAP_PREFIX}tdt-${labels}`, labelSource),
        ],
      };
    }
    case 'osm':
      return {
        sources: { [BASEMAP_MAIN_SOURCE.osm]: raster(OSM_TILES, OSM_ATTRIBUTION_HTML, 19) },
        // Slightly faded so the plan's colours stay legible on the busy OSM style.
        layers: [rasterLayer(`${BASEMAP_PREFIX}osm`, BASEMAP_MAIN_SOURCE.osm, 0.85)],
      };
    case 'offline':
      return offline ? pmtilesSpecs(offline, lang) : { sources: {}, layers: [] };
  }
}

function pmtilesSpecs(offline: OfflineBasemap, lang: Lang): BasemapSpecs {
  const source = BASEMAP_MAIN_SOURCE.offline;
  return {
    sources: {
      [source]: {
        type: 'vector',
        url: offline.url,
        ...(offline.attribution ? { attribution: escapeHtml(offline.attribution) } : {}),
      },
    },
    layers: protomapsStyle(source, lang),
  };
}

/**
 * A muted light flavour: the plan's colours must stand out. Roads are white on a warm grey, water a
 * pale blue, parks and woods faint. Labels in Chinese (or English), drawn with the locally rendered
 * font stack (no glyph server); sprite icons (shields, one-way arrows, town dots) are left out
 * because they would need a sprite sheet from the network.
 */
const MUTED = {
  ...namedFlavor('light'),
  background: '#eceae6',
  earth: '#efede8',
  water: '#a3c6df',
  park_a: '#e2eadb',
  park_b: '#dde6d5',
  wood_a: '#e3e9dc',
  wood_b: '#dde4d4',
  scrub_a: '#e6eadf',
  scrub_b: '#e2e7da',
  industrial: '#e8e4e6',
  hospital: '#efe6e6',
  school: '#ece8e0',
  buildings: '#dedad3',
};

function protomapsStyle(source: string, lang: Lang): LayerSpecification[] {
  const all = protomapsLayers(source, MUTED, { lang: lang === 'zh' ? 'zh-Hans' : 'en' });
  return all
    .filter((l) => l.type !== 'background')
    .filter((l) => !(l.type === 'symbol' && l.layout && 'icon-image' in l.layout && !l.layout['text-field']))
    .map((l) => {
      const spec = localFonts(l) as LayerSpecification & { layout?: Record<string, unknown> };
      if (spec.type === 'symbol' && spec.layout) {
        const { 'icon-image': _i, 'icon-size': _s, ...layout } = spec.layout;
        spec.layout = layout;
      }
      return { ...spec, id: `${BASEMAP_PREFIX}pm-${l.id}` } as LayerSpecification;
    });
}

/** Replaces every font stack (plain or inside expressions) with the app's local CJK stack. */
function localFonts(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => typeof v === 'string' && v.startsWith('Noto Sans')))
      return [...TEXT_FONT];
    return value.map(localFonts);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localFonts(v)]));
  }
  return value;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Memoised: the same input returns the very same specs, so the adapter skips them by reference. */
export function createBasemapBuilder() {
  let last: { input: BasemapInput; specs: BasemapSpecs } | null = null;
  return (input: BasemapInput): BasemapSpecs => {
    if (
      last &&
      last.input.basemap === input.basemap &&
      last.input.offline === input.offline &&
      last.input.lang === input.lang
    )
      return last.specs;
    last = { input, specs: basemapSpecs(input) };
    return last.specs;
  };
}
