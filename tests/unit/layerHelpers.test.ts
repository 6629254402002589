/** The small helpers behind the layer specs, judged by their results (and MapLibre's evaluator). */
import { describe, expect, it } from 'vitest';
import { createExpression, type ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { attributeFilter, importedSourceId, layerIdsOf } from '../../src/layers/imported';
import { scaled, sized, visibility, zoomFade } from '../../src/layers/paint';
import { labelSource, labelSourceId, slimSource } from '../../src/layers/planItems';

const evaluate = (e: ExpressionSpecification, zoom: number, properties: Record<string, unknown> = {}) => {
  const r = createExpression(e, 'layers[0].paint.x');
  if (r.result !== 'success') throw new Error(JSON.stringify(r.value));
  return r.value.evaluate({ zoom }, { type: 1, properties, geometry: [] } as never);
};

describe('paint helpers', () => {
  it('a zoom fade interpolates the stops scaled by the group opacity', () => {
    const e = zoomFade(
      [
        [8, 1],
        [11, 0],
      ],
      0.5,
    );
    expect(evaluate(e, 8)).toBeCloseTo(0.5, 6);
    expect(evaluate(e, 9.5)).toBeCloseTo(0.25, 6);
    expect(evaluate(e, 12)).toBe(0);
  });

  it('opacities and sizes are scaled and rounded; visibility is the layout value', () => {
    expect(scaled(0.8, 0.5)).toBe(0.4);
    expect(scaled(1 / 3, 1)).toBe(0.333);
    expect(sized(12)).toBe(12);
    expect(sized(12, 1.37)).toBe(16.4);
    expect(visibility(true)).toBe('visible');
    expect(visibility(false)).toBe('none');
  });
});

describe('imported layer helpers', () => {
  it('an attribute filter keeps features whose field contains the text; an empty value filters nothing', () => {
    expect(attributeFilter(null)).toBeNull();
    expect(attributeFilter({ field: '名称', value: '' })).toBeNull();
    const f = attributeFilter({ field: '名称', value: '港' })!;
    expect(evaluate(f, 10, { 名称: '柳州港' })).toBe(true);
    expect(evaluate(f, 10, { 名称: '铁路' })).toBe(false);
    const n = attributeFilter({ field: 'n', value: '12' })!;
    expect(evaluate(n, 10, { n: 3120 })).toBe(true);
    expect(evaluate(n, 10, {})).toBe(false);
  });

  it('source and layer ids follow the layer id', () => {
    expect(importedSourceId('a1')).toBe('imported-a1');
    expect(layerIdsOf('imported-a1')).toEqual(['imported-a1-point', 'imported-a1-line', 'imported-a1-fill']);
  });
});

describe('plan item sources', () => {
  const fc = {
    type: 'FeatureCollection' as const,
    features: [
      {
        type: 'Feature' as const,
        geometry: {
          type: 'LineString' as const,
          coordinates: [
            [109, 24],
            [109, 25],
          ],
        },
        properties: { id: 'r-1', name: '线', big: 'x'.repeat(100) },
      },
    ],
  };

  it('carry only the keys the map uses (missing ones as null), with ids promoted', () => {
    const s = slimSource(fc, ['id', 'name', 'kind']) as { type: string; promoteId: string; data: typeof fc };
    expect(s.type).toBe('geojson');
    expect(s.promoteId).toBe('id');
    expect(s.data.type).toBe('FeatureCollection');
    expect(s.data.features[0]).toEqual({
      type: 'Feature',
      geometry: fc.features[0]!.geometry,
      properties: { id: 'r-1', name: '线', kind: null },
    });
  });

  it('label sources put one point per feature at its label point', () => {
    expect(labelSourceId('rail')).toBe('rail-labels');
    const s = labelSource(fc, ['id']) as {
      promoteId: string;
      data: { features: Array<{ geometry: unknown; properties: unknown }> };
    };
    expect(s.promoteId).toBe('id');
    const [f] = s.data.features;
    expect(f!.properties).toEqual({ id: 'r-1' });
    const [lon, lat] = (f!.geometry as { coordinates: [number, number] }).coordinates;
    expect(lon).toBeCloseTo(109, 6);
    expect(lat).toBeCloseTo(24.5, 2);
  });
});
