import { describe, expect, it } from 'vitest';
import {
  createPropertyExpression,
  latest,
  type LayerSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { kindOf, withSharedPrograms } from '../../src/layers/sharedPrograms';

type Paint = Record<string, unknown>;
const layer = (id: string, type: string, paint: Paint, layout: Paint = {}): LayerSpecification =>
  ({ id, type, source: 's', paint, layout }) as LayerSpecification;
const paintOf = (l: LayerSpecification | undefined) => (l as { paint: Paint }).paint;

/** MapLibre's value of a paint property at a zoom for a feature (throws if MapLibre rejects it). */
function valueAt(type: string, key: string, value: unknown, zoom: number, properties: object = {}): unknown {
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `paint_${type}`
  ]![key]!;
  const parsed = createPropertyExpression(value, key, spec);
  if (parsed.result !== 'success') throw new Error(`${key}: ${JSON.stringify(parsed.value)}`);
  const v = (parsed.value as { evaluate: (g: object, f: object) => unknown }).evaluate(
    { zoom },
    { type: 1, properties },
  );
  return JSON.stringify(v);
}

const featureColour = ['get', 'c'];
const SOLID_FILL = { 'fill-color': '#ff0000', 'fill-antialias': false };

describe('withSharedPrograms: layers never drawn do not set the form of the others', () => {
  it.each([
    [
      'a circle of zero opacity without a stroke',
      layer('h', 'circle', { 'circle-opacity': 0, 'circle-color': featureColour }),
    ],
  ])('%s', (_, hidden) => {
    const shown = layer('a', 'circle', { 'circle-color': '#ff0000' });
    const out = withSharedPrograms([hidden, shown]);
    expect(out[1]).toBe(shown);
  });

  it('a transparent circle with a stroke is drawn, so its feature colour counts', () => {
    const stroked = layer('h', 'circle', {
      'circle-opacity': 0,
      'circle-stroke-width': 1,
      'circle-color': featureColour,
    });
    const shown = layer('a', 'circle', { 'circle-color': '#ff0000' });
    expect(kindOf(paintOf(withSharedPrograms([stroked, shown])[1])['circle-color'])).toBe('feature');
  });

  it('a fill of zero opacity', () => {
    const hidden = layer('h', 'fill', { 'fill-opacity': 0, 'fill-color': featureColour });
    const shown = layer('a', 'fill', SOLID_FILL);
    expect(withSharedPrograms([hidden, shown])[1]).toBe(shown);
  });

  it.each([
    ['zero opacity', { 'line-opacity': 0 }],
    ['zero width', { 'line-width': 0 }],
  ])('a line of %s', (_, p) => {
    const hidden = layer('h', 'line', { ...p, 'line-color': featureColour });
    const shown = layer('a', 'line', { 'line-color': '#ff0000' });
    expect(withSharedPrograms([hidden, shown])[1]).toBe(shown);
    // Both drawn: the constant colour is written feature-driven, with the same value.
    const drawn = layer('d', 'line', { 'line-color': featureColour });
    const out = paintOf(withSharedPrograms([drawn, shown])[1])['line-color'];
    expect(kindOf(out)).toBe('feature');
    expect(valueAt('line', 'line-color', out, 10)).toBe(valueAt('line', 'line-color', '#ff0000', 10));
  });

  it.each([
    ['of zero text opacity', { 'text-opacity': 0, 'text-color': featureColour }, { 'text-field': 'x' }],
    ['without text', { 'text-color': featureColour }, {}],
  ])('a symbol layer %s', (_, p, l) => {
    const hidden = layer('h', 'symbol', p, l);
    const shown = layer('a', 'symbol', { 'text-color': '#ff0000' }, { 'text-field': 'y' });
    expect(withSharedPrograms([hidden, shown])[1]).toBe(shown);
    const drawn = layer('d', 'symbol', { 'text-color': featureColour }, { 'text-field': 'z' });
    expect(kindOf(paintOf(withSharedPrograms([drawn, shown])[1])['text-color'])).toBe('feature');
  });

  it('layers of other types (raster, background) and undrawn fills come back untouched', () => {
    const raster = { id: 'r', type: 'raster', source: 'tiles' } as LayerSpecification;
    const background = {
      id: 'b',
      type: 'background',
      paint: { 'background-color': '#fff' },
    } as LayerSpecification;
    const hiddenFill = layer('h', 'fill', { 'fill-opacity': 0 });
    const noLayout = { id: 'n', type: 'symbol', source: 's' } as LayerSpecification;
    const out = withSharedPrograms([raster, background, hiddenFill, noLayout]);
    expect(out[3]).toBe(noLayout);
    expect(out[0]).toBe(raster);
    expect(out[1]).toBe(background);
    expect(out[2]).toBe(hiddenFill);
  });
});

describe('withSharedPrograms: a layer already in the wanted form is not rewritten', () => {
  it('a zoom-and-feature radius stays as it is while a constant one is written in that form', () => {
    const both = layer('z', 'circle', {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, ['get', 'r'], 12, 8],
    });
    const constant = layer('c', 'circle', { 'circle-radius': 6 });
    const out = withSharedPrograms([both, constant]);
    expect(out[0]).toBe(both);
    const r = paintOf(out[1])['circle-radius'];
    expect(kindOf(r)).toBe('zoom-and-feature');
    for (const z of [5, 9, 14]) expect(valueAt('circle', 'circle-radius', r, z)).toBe('6');
  });

  it('a fill whose edge smoothing is already off and needs no change is the same object', () => {
    const fill = layer('f', 'fill', SOLID_FILL);
    expect(withSharedPrograms([fill])[0]).toBe(fill);
    const smoothed = layer('g', 'fill', { 'fill-color': '#ff0000' });
    expect(paintOf(withSharedPrograms([smoothed])[0])['fill-antialias']).toBe(false);
  });
});

describe('withSharedPrograms: dash patterns', () => {
  const zoomDash = layer('zd', 'line', {
    'line-dasharray': ['step', ['zoom'], ['literal', [1, 1]], 10, ['literal', [3, 1]]],
  });

  it('a zoom-varying dash makes the solid lines feature-driven, and is itself left alone', () => {
    const solid = layer('s', 'line', { 'line-color': '#000000' });
    const out = withSharedPrograms([solid, zoomDash]);
    expect(out[1]).toBe(zoomDash);
    const dash = paintOf(out[0])['line-dasharray'];
    expect(kindOf(dash)).toBe('feature');
    expect(valueAt('line', 'line-dasharray', dash, 10)).toBe('[1,0]');
  });

  it('solid and constant-dashed lines alone keep their constant patterns', () => {
    const solid = layer('s', 'line', { 'line-color': '#000000' });
    const dashed = layer('d', 'line', { 'line-dasharray': [2, 2] });
    const out = withSharedPrograms([solid, dashed]);
    expect(out[0]).toBe(solid);
    expect(out[1]).toBe(dashed);
  });
});

describe('withSharedPrograms: an absent outline colour is the fill colour', () => {
  it("a fill with a feature colour and no outline makes the others' outlines feature-driven", () => {
    const byFeature = layer('a', 'fill', { 'fill-color': featureColour, 'fill-antialias': false });
    const outlined = layer('b', 'fill', { ...SOLID_FILL, 'fill-outline-color': '#0000ff' });
    const out = withSharedPrograms([byFeature, outlined]);
    expect(out[0]).toBe(byFeature);
    const outline = paintOf(out[1])['fill-outline-color'];
    expect(kindOf(outline)).toBe('feature');
    expect(valueAt('fill', 'fill-outline-color', outline, 10)).toBe(
      valueAt('fill', 'fill-outline-color', '#0000ff', 10),
    );
  });
});

describe('withSharedPrograms: a fill with no colours at all', () => {
  it("gets MapLibre's black outline written out beside a feature-driven outline", () => {
    const bare = layer('b', 'fill', { 'fill-antialias': false });
    const outlined = layer('o', 'fill', { 'fill-outline-color': featureColour, 'fill-antialias': false });
    const outline = paintOf(withSharedPrograms([bare, outlined])[0])['fill-outline-color'];
    expect(kindOf(outline)).toBe('feature');
    expect(valueAt('fill', 'fill-outline-color', outline, 10)).toBe(
      valueAt('fill', 'fill-outline-color', '#000000', 10),
    );
  });
});

describe('withSharedPrograms: values keep their meaning when rewritten', () => {
  it('a constant colour written as an expression stays that colour', () => {
    const rgb = layer('r', 'circle', { 'circle-color': ['rgb', 255, 0, 0] });
    const byFeature = layer('f', 'circle', { 'circle-color': featureColour });
    const c = paintOf(withSharedPrograms([rgb, byFeature])[0])['circle-color'];
    expect(kindOf(c)).toBe('feature');
    expect(valueAt('circle', 'circle-color', c, 10)).toBe(
      valueAt('circle', 'circle-color', ['rgb', 255, 0, 0], 10),
    );
  });

  it.each([
    ['an interpolated curve', ['interpolate', ['linear'], ['zoom'], 7, 3, 12, 9]],
    ['a step curve', ['step', ['zoom'], 3, 10, 9]],
    ['a one-stop curve', ['interpolate', ['linear'], ['zoom'], 7, 3]],
  ])('%s gets every output feature-driven, with the same values', (_, curve) => {
    const zoomed = layer('z', 'circle', { 'circle-radius': curve });
    const byFeature = layer('f', 'circle', { 'circle-radius': ['get', 'r'] });
    const r = paintOf(withSharedPrograms([zoomed, byFeature])[0])['circle-radius'] as unknown[];
    expect(kindOf(r)).toBe('zoom-and-feature');
    const firstOutput = r[0] === 'interpolate' ? 4 : 2;
    r.forEach((x, i) => {
      if (i >= firstOutput && (i - firstOutput) % 2 === 0) expect(kindOf(x), `output ${i}`).toBe('feature');
      else if (i >= firstOutput) expect(typeof x, `stop ${i}`).toBe('number');
    });
    for (const z of [5, 7, 9.5, 10, 12, 15])
      expect(valueAt('circle', 'circle-radius', r, z), `z${z}`).toBe(
        valueAt('circle', 'circle-radius', curve, z),
      );
  });

  it('reads arrays of numbers and constant expressions as constants', () => {
    expect(kindOf([2, 2])).toBe('constant');
    expect(kindOf(['rgb', 255, 0, 0])).toBe('constant');
    expect(kindOf(['step', ['zoom'], 1, 10, ['get', 'w']])).toBe('zoom-and-feature');
  });
});
