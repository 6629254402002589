/** The planners' imported layers and the import preview as drawn, with the attribute filter applied. */
import { describe, expect, it } from 'vitest';
import { sited } from '../../src/analysis/countyLevel';
import { attributeFilter, importedLayerSpecs } from '../../src/layers/imported';
import { othersGroup } from '../../src/layers/others';
import { THEME_COLORS } from '../../src/layers/palette';
import { shippedData } from './shippedData';
import { evaluate, layerById, passes, rgba, type Probe } from './styleEval';

const C = '#8338ec';
const at = (geometry: Probe['geometry'], props: Record<string, unknown> = {}): Probe => ({ props, geometry });

describe('imported layer', () => {
  it('areas fill and outline, lines draw, points get a dot, each in the layer colour', () => {
    const ls = importedLayerSpecs('imported-a', C, null, { visible: true });
    const drawnBy = (g: Probe['geometry']) => ls.filter((l) => passes(l, at(g))).map((l) => l.id);
    expect(drawnBy('Polygon')).toEqual(['imported-a-fill', 'imported-a-line']);
    expect(drawnBy('LineString')).toEqual(['imported-a-line']);
    expect(drawnBy('Point')).toEqual(['imported-a-point']);
    expect(evaluate(layerById(ls, 'imported-a-fill'), 'fill-color', at('Polygon'))).toBe(rgba(C));
    expect(evaluate(layerById(ls, 'imported-a-line'), 'line-color', at('LineString'))).toBe(rgba(C));
    expect(evaluate(layerById(ls, 'imported-a-point'), 'circle-color', at('Point'))).toBe(rgba(C));
    expect(evaluate(layerById(ls, 'imported-a-line'), 'line-dasharray', at('LineString'))).toBeUndefined();
    for (const l of ls) {
      expect(l.layout?.visibility).toBe('visible');
      expect((l as { source: string }).source).toBe('imported-a');
    }
    for (const l of importedLayerSpecs('imported-a', C, null, { visible: false })) {
      expect(l.layout?.visibility).toBe('none');
    }
  });

  it('the attribute filter ("contains") hides the other features on every layer', () => {
    const ls = importedLayerSpecs('imported-a', C, attributeFilter({ field: '名称', value: '港' }), {
      visible: true,
    });
    for (const [id, g] of [
      ['imported-a-fill', 'Polygon'],
      ['imported-a-line', 'LineString'],
      ['imported-a-point', 'Point'],
    ] as const) {
      expect(passes(layerById(ls, id), at(g, { 名称: '鹿寨港' })), id).toBe(true);
      expect(passes(layerById(ls, id), at(g, { 名称: '物流园' })), id).toBe(false);
    }
  });

  it('the preview is dashed and hollow, so it never passes for an imported layer', () => {
    const ls = importedLayerSpecs('import-preview', C, null, { visible: true, preview: true });
    const point = layerById(ls, 'import-preview-point');
    expect(evaluate(point, 'circle-color', at('Point'))).toBe('rgba(0,0,0,0)');
    expect(evaluate(point, 'circle-stroke-color', at('Point'))).toBe(rgba(C));
    const plain = layerById(importedLayerSpecs('imported-a', C, null, { visible: true }), 'imported-a-point');
    expect(evaluate(point, 'circle-stroke-width', at('Point'))).toBeGreaterThan(
      evaluate(plain, 'circle-stroke-width', at('Point')) as number,
    );
    expect(evaluate(plain, 'circle-stroke-color', at('Point'))).toBe(rgba('#1b1b1b'));
    expect(evaluate(layerById(ls, 'import-preview-line'), 'line-dasharray', at('LineString'))).toEqual([
      2, 1,
    ]);
  });
});

describe('projects of other documents', () => {
  it('are drawn apart from the plan, in their own colour, with names from their own label points', () => {
    const ls = othersGroup.layers({ group: { visible: true, opacity: 1 }, lang: 'zh' });
    expect(
      evaluate(
        layerById(ls, 'plan-others-point'),
        'circle-color',
        at('Point', { location_quality: 'approximate' }),
      ),
    ).toBe(rgba(THEME_COLORS.other));
    expect(layerById(ls, 'plan-others-label').minzoom).toBe(9);
    const sources = othersGroup.sources(shippedData()) as Record<string, { data: GeoJSON.FeatureCollection }>;
    expect(Object.keys(sources)).toEqual(['others', 'others-labels']);
    // Records known only by their district/county are listed in the county profiles, not drawn.
    const n = sited(shippedData().others.features).length;
    expect(n).toBeGreaterThan(0);
    expect(sources.others!.data.features).toHaveLength(n);
    expect(sources['others-labels']!.data.features).toHaveLength(n);
  });
});
