import { describe, expect, it } from 'vitest';
import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  TILE_BUFFER,
  allSources,
  createLayerBuilder,
  createSourceTracker,
  withTileBuffer,
} from '../../src/layers';
import { groupInputsFrom } from '../../src/layers/inputs';
import { PLACE_MARK_SOURCE } from '../../src/layers/placeMark';
import { everyGroupShown } from './fixtures';
import { shippedData } from './shippedData';
import { paintAt } from './paintAt';

// A GeoJSON tile carries the geometry within `buffer` pixels of its edges; a line or circle drawn
// from geometry beyond that is cut off at the edge. Every mark must therefore reach less far than
// its source's buffer, in every state the map draws.

const STATES = [
  ['every group shown', {}],
  ['presentation', { presentation: { storyId: 'tour' } }],
] as const;
const ZOOMS = [0, 4, 6, 7, 7.5, 8, 8.5, 9, 10, 11, 12, 12.5, 13, 14, 15, 16, 18, 20, 22];
const FEATURE_STATES = [{}, { selected: true }, { hover: true }, { selected: true, hover: true }];
/** What the features of the overlays (empty until the app fills them) may carry. */
const OVERLAY_PROPS = [{ approximate: true }, { approximate: false }];
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** How far, in pixels, the layer's mark reaches from its feature's geometry, at its widest. */
function reach(layer: LayerSpecification, props: Array<Record<string, unknown>>): number {
  let widest = 0;
  for (const zoom of ZOOMS)
    for (const p of props)
      for (const state of FEATURE_STATES) {
        const at = (key: string) => Number(paintAt(layer, key, zoom, p, state));
        // A cased line (gap) reaches past its gap by its whole width.
        const gap = layer.type === 'line' ? at('line-gap-width') : 0;
        const r =
          layer.type === 'circle'
            ? at('circle-radius') + at('circle-stroke-width')
            : (gap > 0 ? gap / 2 + at('line-width') : at('line-width') / 2) + Math.abs(at('line-offset'));
        widest = Math.max(widest, r);
      }
  return widest;
}

function propsOf(source: SourceSpecification): Array<Record<string, unknown>> {
  const data = (source as { data?: { features?: Array<{ properties: Record<string, unknown> | null }> } })
    .data;
  const features = data?.features ?? [];
  const distinct = new Map(features.map((f) => [JSON.stringify(f.properties ?? {}), f.properties ?? {}]));
  return distinct.size ? [...distinct.values()] : OVERLAY_PROPS;
}

describe('tile buffer', () => {
  // Built inside each test, so that mutation testing credits the tests that check it.
  it('is smaller than MapLibre’s default on every source of the app but the place mark', () => {
    const sources = allSources(shippedData());
    expect(TILE_BUFFER).toBeLessThan(128);
    const geojson = Object.entries(sources).filter(([, s]) => s.type === 'geojson');
    expect(geojson.length).toBeGreaterThan(15);
    for (const [id, s] of geojson)
      expect((s as { buffer?: number }).buffer, id).toBe(id === PLACE_MARK_SOURCE ? 64 : TILE_BUFFER);
  });

  it('is set on the sources the map is given, and keeps their identity from call to call', () => {
    const track = createSourceTracker(shippedData());
    const shown = track(() => true);
    const again = track(() => true);
    for (const [id, s] of Object.entries(shown)) {
      if (s.type !== 'geojson') continue;
      expect((s as { buffer?: number }).buffer, id).toBeLessThanOrEqual(64);
      expect(again[id], id).toBe(s);
    }
  });

  it('leaves a source that is not GeoJSON as it is', () => {
    const raster: SourceSpecification = {
      type: 'raster',
      tiles: ['https://example.org/{z}/{x}/{y}.png'],
      tileSize: 256,
    };
    const own: SourceSpecification = { type: 'geojson', data: EMPTY, buffer: 100 };
    const given = { base: raster, own };
    const out = withTileBuffer(given);
    expect(out.base).toBe(raster);
    expect(out.own).toEqual(own);
  });

  it.each(STATES)('is wider than every line and circle on the source (%s)', (_, extra) => {
    const sources = allSources(shippedData());
    const layers = createLayerBuilder()(
      groupInputsFrom({ layers: everyGroupShown(), lang: 'zh', ...extra } as never),
    );
    let checked = 0;
    for (const layer of layers) {
      if (layer.type !== 'circle' && layer.type !== 'line') continue;
      const source = sources[(layer as { source: string }).source];
      if (source?.type !== 'geojson') continue;
      const buffer = (source as { buffer?: number }).buffer ?? 128;
      // One pixel of antialiased edge beyond the mark.
      expect(reach(layer, propsOf(source)) + 1, layer.id).toBeLessThanOrEqual(buffer);
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
  });
});
