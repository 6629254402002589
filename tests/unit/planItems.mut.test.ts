/** How plan items are drawn: location quality, emphasis, labels and legends, evaluated per feature. */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry } from 'geojson';
import { PALETTE, THEME_COLORS } from '../../src/layers/palette';
import {
  BESIDE_MARKER,
  interactiveIds,
  labelSource,
  labelSourceId,
  planLayers,
  gatheredLegendLabel,
  qualityLegend,
  slimSource,
  type PlanLayerOptions,
} from '../../src/layers/planItems';
import { channelsGroup, railportGroup, structureGroup, worksGroup } from '../../src/layers/planThemes';
import { makeData } from './fixtures';
import { evaluate, layerById, passes, rgba, type Probe } from './styleEval';

const COLOR = '#1565c0';
const layers = (o: Partial<PlanLayerOptions> = {}): LayerSpecification[] =>
  planLayers({ prefix: 't', source: 'src', group: { visible: true, opacity: 1 }, color: COLOR, ...o });
const at = (quality: string, geometry: Probe['geometry'], state: Record<string, unknown> = {}): Probe => ({
  props: { id: 'x', name: '港区', location_quality: quality },
  geometry,
  state,
});

describe('plan item layers', () => {
  it('each geometry goes to its own layers: areas fill and outline, lines cased, points ringed', () => {
    const ls = layers({ labelMinZoom: 9 });
    const drawnBy = (g: Probe['geometry'], q = 'exact') =>
      ls.filter((l) => l.type !== 'symbol' && passes(l, at(q, g))).map((l) => l.id);
    expect(drawnBy('Polygon')).toEqual(['t-fill', 't-outline']);
    expect(drawnBy('LineString')).toEqual(['t-line-casing', 't-line']);
    expect(drawnBy('Point')).toEqual(['t-point']);
    // The soft halo marks points placed from the plan's words only.
    expect(drawnBy('Point', 'approximate')).toEqual(['t-halo', 't-point']);
    expect(drawnBy('Point', 'schematic')).toEqual(['t-point']);
  });

  it('dashes by location quality: exact solid, approximate dashed, schematic dotted', () => {
    const line = layerById(layers(), 't-line');
    const outline = layerById(layers(), 't-outline');
    for (const l of [line, outline]) {
      const dash = (q: string) => evaluate(l, 'line-dasharray', at(q, 'LineString'));
      expect(dash('exact')).toEqual([1, 0]);
      expect(dash('approximate')).toEqual([4, 2]);
      expect(dash('schematic')).toEqual([1.5, 1.5]);
    }
  });

  it('schematic points are hollow rings in the theme colour; others solid with a white rim', () => {
    const point = layerById(layers(), 't-point');
    const look = (q: string) => [
      evaluate(point, 'circle-color', at(q, 'Point')),
      evaluate(point, 'circle-stroke-color', at(q, 'Point')),
    ];
    expect(look('schematic')).toEqual([rgba(PALETTE.halo), rgba(COLOR)]);
    expect(look('exact')).toEqual([rgba(COLOR), rgba(PALETTE.halo)]);
    expect(look('approximate')).toEqual([rgba(COLOR), rgba(PALETTE.halo)]);
    expect(evaluate(layerById(layers(), 't-halo'), 'circle-color', at('approximate', 'Point'))).toBe(
      rgba(COLOR),
    );
    expect(evaluate(layerById(layers(), 't-line'), 'line-color', at('exact', 'LineString'))).toBe(
      rgba(COLOR),
    );
    expect(evaluate(layerById(layers(), 't-line-casing'), 'line-color', at('exact', 'LineString'))).toBe(
      rgba(PALETTE.halo),
    );
    expect(evaluate(layerById(layers(), 't-fill'), 'fill-color', at('exact', 'Polygon'))).toBe(rgba(COLOR));
    expect(evaluate(layerById(layers(), 't-outline'), 'line-color', at('exact', 'Polygon'))).toBe(
      rgba(COLOR),
    );
  });

  it('a hovered or selected item stands out: wider line and outline, larger point, stronger fill', () => {
    const ls = layers();
    for (const [id, prop, g] of [
      ['t-line', 'line-width', 'LineString'],
      ['t-outline', 'line-width', 'Polygon'],
      ['t-point', 'circle-radius', 'Point'],
      ['t-point', 'circle-stroke-width', 'Point'],
      ['t-fill', 'fill-opacity', 'Polygon'],
    ] as const) {
      const v = (state: Record<string, unknown>) =>
        evaluate(layerById(ls, id), prop, at('exact', g, state)) as number;
      expect(v({ selected: true }), `${id} ${prop}`).toBeGreaterThan(v({}));
      expect(v({ hover: true }), `${id} ${prop}`).toBe(v({ selected: true }));
      expect(v({ selected: false, hover: false }), `${id} ${prop}`).toBe(v({}));
    }
  });

  it('sizes follow the options: line width, point radius, fill opacity, label size', () => {
    const thin = layers({ lineWidth: 2, pointRadius: 4, fillOpacity: 0.3, labelMinZoom: 8, labelSize: 15 });
    const plain = layers({ labelMinZoom: 8 });
    const v = (ls: LayerSpecification[], id: string, prop: string, g: Probe['geometry']) =>
      evaluate(layerById(ls, id), prop, at('approximate', g)) as number;
    expect(v(thin, 't-line', 'line-width', 'LineString')).toBe(2);
    expect(v(plain, 't-line', 'line-width', 'LineString')).toBe(3);
    expect(v(thin, 't-line-casing', 'line-width', 'LineString')).toBe(4);
    expect(v(thin, 't-point', 'circle-radius', 'Point')).toBe(4);
    expect(v(plain, 't-point', 'circle-radius', 'Point')).toBe(6);
    expect(v(thin, 't-halo', 'circle-radius', 'Point')).toBe(10);
    expect(v(thin, 't-fill', 'fill-opacity', 'Polygon')).toBe(0.3);
    expect(v(plain, 't-fill', 'fill-opacity', 'Polygon')).toBe(0.15);
    expect(v(thin, 't-label', 'text-size', 'Point')).toBe(15);
    expect(v(plain, 't-label', 'text-size', 'Point')).toBe(12);
    // A stronger fill never goes past opaque.
    const full = layers({ fillOpacity: 1 });
    expect(
      evaluate(layerById(full, 't-fill'), 'fill-opacity', at('exact', 'Polygon', { selected: true })),
    ).toBe(1);
  });

  it('areas that repeat a boundary show their outline only while hovered or selected', () => {
    const outline = layerById(layers({ outlineWhenActive: true, fillOpacity: 0 }), 't-outline');
    expect(evaluate(outline, 'line-opacity', at('exact', 'Polygon'))).toBe(0);
    expect(evaluate(outline, 'line-opacity', at('exact', 'Polygon', { hover: true }))).toBeGreaterThan(0);
    expect(
      evaluate(layerById(layers(), 't-outline'), 'line-opacity', at('exact', 'Polygon')),
    ).toBeGreaterThan(0);
  });

  it('labels: only when asked for, from their own point source, beside the marker, named by name', () => {
    expect(layers().map((l) => l.id)).not.toContain('t-label');
    const label = layerById(layers({ labelMinZoom: 9 }), 't-label') as LayerSpecification & {
      source: string;
      layout: Record<string, unknown>;
    };
    expect(label.minzoom).toBe(9);
    expect(label.source).toBe(labelSourceId('src'));
    expect(label.source).toBe('src-labels');
    expect(evaluate(label, 'text-field', at('exact', 'Point'))?.toString()).toBe('港区');
    expect(passes(label, { props: { id: 'x' } })).toBe(false);
    expect(label.layout['text-variable-anchor']).toEqual(BESIDE_MARKER['text-variable-anchor']);
    expect(evaluate(label, 'text-color', at('exact', 'Point'))).toBe(rgba(COLOR));
    // The railport names its parts by kind: "核心区·…".
    const rp = layerById(
      railportGroup.layers({ group: { visible: true, opacity: 1 }, lang: 'zh' }),
      'plan-railport-label',
    );
    expect(evaluate(rp, 'text-field', { props: { kind: '核心区', name: '铁路港' } })?.toString()).toBe(
      '核心区·铁路港',
    );
  });

  it('an extra filter applies to every layer, labels included', () => {
    const ls = layers({ labelMinZoom: 9, arrows: true, filter: ['==', ['get', 'kind'], '一核'] });
    for (const l of ls) {
      const g =
        l.id.includes('fill') || l.id.includes('outline')
          ? 'Polygon'
          : l.id.includes('line') || l.id.includes('arrows')
            ? 'LineString'
            : 'Point';
      const probe = (kind: string): Probe => ({
        props: { name: 'n', kind, location_quality: 'approximate' },
        geometry: g,
      });
      expect(passes(l, probe('一核')), l.id).toBe(true);
      expect(passes(l, probe('三区')), l.id).toBe(false);
    }
  });

  it('corridors carry arrowheads along the line; other themes do not', () => {
    const arrows = layerById(layers({ arrows: true }), 't-arrows');
    expect(passes(arrows, at('exact', 'LineString'))).toBe(true);
    expect(passes(arrows, at('exact', 'Point'))).toBe(false);
    expect(evaluate(arrows, 'text-field', at('exact', 'LineString'))?.toString()).toBe('▶');
    expect(evaluate(arrows, 'symbol-placement')).toBe('line');
    // Arrowheads point the way the corridor runs (never flipped to read upright), every one drawn,
    // in the theme's colour and a little lighter than the line; they fade with the group.
    expect(evaluate(arrows, 'text-keep-upright')).toBe(false);
    expect(evaluate(arrows, 'text-allow-overlap')).toBe(true);
    expect(evaluate(arrows, 'text-color', at('exact', 'LineString'))).toBe(rgba(COLOR));
    expect(evaluate(arrows, 'text-opacity')).toBe(0.9);
    const faded = layerById(layers({ arrows: true, group: { visible: true, opacity: 0.5 } }), 't-arrows');
    expect(evaluate(faded, 'text-opacity')).toBe(0.45);
    expect(layers().map((l) => l.id)).not.toContain('t-arrows');
    const channels = channelsGroup.layers({ group: { visible: true, opacity: 1 }, lang: 'zh' });
    expect(channels.map((l) => l.id)).toContain('plan-channels-arrows');
  });

  it('clicks land on points, lines and areas of a theme', () => {
    expect(interactiveIds('plan-water')).toEqual(['plan-water-point', 'plan-water-line', 'plan-water-fill']);
  });

  it('the structure is coloured by kind: 一核, 三区, 多组团', () => {
    const fill = layerById(
      structureGroup.layers({ group: { visible: true, opacity: 1 }, lang: 'zh' }),
      'plan-structure-fill',
    );
    const colour = (kind: string) => evaluate(fill, 'fill-color', { props: { kind }, geometry: 'Polygon' });
    expect(colour('一核')).toBe(rgba(THEME_COLORS.core));
    expect(colour('三区')).toBe(rgba(THEME_COLORS.zone));
    expect(colour('多组团')).toBe(rgba(THEME_COLORS.cluster));
    expect(colour('其他')).toBe(rgba(THEME_COLORS.zone));
  });
});

describe('plan item sources', () => {
  const fc: FeatureCollection<Geometry, object> = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [109, 24],
            [109.2, 24.2],
          ],
        },
        properties: { id: 'a', name: 'A', kind: '铁路', location_quality: 'exact', citation: { line: 3 } },
      },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [109.1, 24.1] }, properties: { id: 'b' } },
    ],
  };

  it('carry only the keys the map styles on (missing ones as null), with ids promoted', () => {
    const src = slimSource(fc, ['id', 'name', 'kind']) as { promoteId: string; data: FeatureCollection };
    expect(src.promoteId).toBe('id');
    expect(src.data.features.map((f) => f.properties)).toEqual([
      { id: 'a', name: 'A', kind: '铁路' },
      { id: 'b', name: null, kind: null },
    ]);
    expect(src.data.features[0]!.geometry).toBe(fc.features[0]!.geometry);
    expect(src.data.features[0]!.type).toBe('Feature');
  });

  it('label sources put one point per item', () => {
    const src = labelSource(fc, ['id', 'name']) as { promoteId: string; data: FeatureCollection };
    expect(src.promoteId).toBe('id');
    expect(src.data.features.map((f) => [f.geometry.type, f.properties!.id])).toEqual([
      ['Point', 'a'],
      ['Point', 'b'],
    ]);
  });

  it('a themed group declares its label source only when it labels; works known by county only are not drawn', () => {
    const data = makeData();
    data.themes.works.features.push(
      ...([
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [109, 24] },
          properties: { id: 'w1', name: 'W1' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [109, 24] },
          properties: { id: 'w2', name: 'W2', placement_scope: 'county' },
        },
      ] as never[]),
    );
    const sources = worksGroup.sources(data) as Record<string, { data: FeatureCollection }>;
    expect(Object.keys(sources).sort()).toEqual(['works', 'works-labels']);
    expect(sources.works!.data.features.map((f) => f.properties!.id)).toEqual(['w1']);
    expect(sources['works-labels']!.data.features.map((f) => f.properties!.id)).toEqual(['w1']);
    expect(Object.keys(channelsGroup.sources(data))).toEqual(['channels']);
  });
});

describe('quality legend', () => {
  it('explains each quality in the way the map draws it', () => {
    expect(qualityLegend('#123456', ['exact', 'approximate', 'schematic'], 'line', 'road')).toEqual([
      {
        label: 'quality.exact.line',
        of: 'layerShort.road',
        symbol: { kind: 'line', color: '#123456', width: 3, dashPattern: undefined },
      },
      {
        label: 'quality.approximate.line',
        of: 'layerShort.road',
        symbol: { kind: 'line', color: '#123456', width: 3, dashPattern: '4 2' },
      },
      {
        label: 'quality.schematic.line',
        of: 'layerShort.road',
        symbol: { kind: 'line', color: '#123456', width: 3, dashPattern: '1.5 1.5' },
      },
    ]);
    expect(qualityLegend('#123456', ['exact', 'approximate'], 'fill', 'road').map((e) => e.symbol)).toEqual([
      { kind: 'fill', color: '#123456', outline: '#123456', dashed: false, opacity: 0.25 },
      { kind: 'fill', color: '#123456', outline: '#123456', dashed: true, opacity: 0.25 },
    ]);
    expect(
      qualityLegend('#123456', ['exact', 'approximate', 'schematic'], 'point', 'road').map((e) => e.symbol),
    ).toEqual([
      { kind: 'circle', color: '#123456', stroke: PALETTE.halo, radius: 5, hollow: false, halo: false },
      { kind: 'circle', color: '#123456', stroke: PALETTE.halo, radius: 5, hollow: false, halo: true },
      { kind: 'circle', color: '#123456', stroke: '#123456', radius: 5, hollow: true, halo: false },
    ]);
  });

  it('in a legend that gathers layers, an entry that reads alike in several names its layer', () => {
    const t = (k: string, v?: Record<string, string>) => (v ? `${k}(${v.layer}|${v.entry})` : `<${k}>`);
    const [entry] = qualityLegend('#123456', ['approximate'], 'point', 'water');
    expect(gatheredLegendLabel(entry!, t)).toBe('legend.of(<layerShort.water>|<quality.approximate.point>)');
    expect(gatheredLegendLabel({ label: 'legend.county', symbol: entry!.symbol }, t)).toBe('<legend.county>');
  });
});
