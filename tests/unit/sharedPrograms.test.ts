import { describe, expect, it } from 'vitest';
import {
  createPropertyExpression,
  latest,
  type LayerSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { LAYER_GROUPS, createLayerBuilder } from '../../src/layers';
import { groupInputsFrom } from '../../src/layers/inputs';
import { kindOf, withSharedPrograms } from '../../src/layers/sharedPrograms';
import { defaultLayers } from '../../src/state/layersSlice';
import type { GroupState, LayerGroupId } from '../../src/domain/layerGroups';
import { everyGroupShown } from './fixtures';

type Paint = Record<string, unknown>;
const spec = (type: string, key: string) => {
  const s = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `paint_${type}`
  ]?.[key];
  if (!s) throw new Error(`no spec for ${type} ${key}`);
  return s;
};

/** A paint value as an expression MapLibre's parser takes (a plain array is a literal). */
function parse(type: string, key: string, value: unknown) {
  const v = Array.isArray(value) && typeof value[0] !== 'string' ? ['literal', value] : value;
  try {
    return createPropertyExpression(v, key, spec(type, key));
  } catch (e) {
    throw new Error(`${type} ${key} ${JSON.stringify(v)}`, { cause: e });
  }
}

function evaluate(parsed: ReturnType<typeof parse>, zoom: number, feature: object): unknown {
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return (parsed.value as { evaluate: (g: object, f: object) => unknown }).evaluate({ zoom }, feature);
}

/** MapLibre's own reading of a paint value: constant / camera / source / composite. */
function mapLibreKind(type: string, key: string, value: unknown): string {
  const given = value ?? spec(type, key).default;
  if (given === undefined) return 'constant';
  const parsed = parse(type, key, given);
  if (parsed.result !== 'success') throw new Error(`${key}: ${JSON.stringify(parsed.value)}`);
  return parsed.value.kind;
}

/** The part of MapLibre's program cache key that paint decides (cf. ProgramConfiguration). */
function programKey(layer: LayerSpecification): string {
  const paint = (('paint' in layer && layer.paint) || {}) as Paint;
  const keys = Object.keys((latest as unknown as Record<string, object>)[`paint_${layer.type}`]!).filter(
    (k) => {
      const s = spec(layer.type, k) as { 'property-type'?: string };
      const textOnly = layer.type === 'symbol' && !k.startsWith('text-');
      return (
        !textOnly &&
        (s['property-type'] === 'data-driven' || s['property-type'] === 'cross-faded-data-driven')
      );
    },
  );
  const letter = { constant: 'u', camera: 'u', source: 'a', composite: 'z' } as Record<string, string>;
  const dashed = paint['line-dasharray'] !== undefined;
  return [
    layer.type === 'line' && dashed ? 'lineSDF' : layer.type,
    ...keys.sort().map((k) => {
      if (k === 'fill-outline-color' && paint[k] === undefined)
        return `${letter[mapLibreKind('fill', 'fill-color', paint['fill-color'])]}_${k}`;
      const kind = mapLibreKind(layer.type, k, paint[k]);
      // Cross-faded properties are one attribute whether they vary by zoom or by feature.
      const crossFaded = k.endsWith('dasharray') || k.endsWith('pattern');
      return `${crossFaded && kind !== 'constant' ? 'a' : letter[kind]}_${k}`;
    }),
  ].join('/');
}

/** Drawn layers of the app's style (visible, not faded to nothing), as MapLibre would compile them. */
function drawnLayers(layers: LayerSpecification[]): LayerSpecification[] {
  return layers.filter((l) => {
    if (!['circle', 'fill', 'line', 'symbol'].includes(l.type) || l.layout?.visibility === 'none')
      return false;
    if (l.type === 'symbol') return Boolean(l.layout?.['text-field']);
    return true;
  });
}

const inputsOf = (overrides: Partial<Record<LayerGroupId, GroupState>> = {}, extra = {}) =>
  groupInputsFrom({ layers: { ...defaultLayers(), ...overrides }, lang: 'zh', ...extra });
const build = (overrides: Partial<Record<LayerGroupId, GroupState>> = {}, extra = {}) =>
  createLayerBuilder()(inputsOf(overrides, extra));
/** The layers as the groups write them, before the rewrite. */
const unshared = (overrides: Partial<Record<LayerGroupId, GroupState>> = {}) => {
  const inputs = inputsOf(overrides);
  return LAYER_GROUPS.flatMap((g) => g.layers(inputs[g.id]));
};
const programCount = (layers: LayerSpecification[]) => new Set(drawnLayers(layers).map(programKey)).size;

describe('shared shader programs', () => {
  it.each([
    ['the default view', () => build()],
    ['every group shown', () => build(everyGroupShown())],
    ['presentation', () => build({}, { presentation: { storyId: 'tour' } })],
  ])('in %s, layers of one type compile to one program', (_, make) => {
    const byType = new Map<string, Set<string>>();
    for (const l of drawnLayers(make()))
      byType.set(l.type, (byType.get(l.type) ?? new Set()).add(programKey(l)));
    for (const [type, keys] of byType) expect([...keys], type).toHaveLength(1);
    expect([...byType.keys()].sort()).toEqual(['circle', 'fill', 'line', 'symbol']);
  });

  it('bring the default view from many programs down to one per type', () => {
    expect(programCount(unshared())).toBeGreaterThan(15);
    expect(programCount(build())).toBe(4);
  });

  it('leave out edge smoothing only on fills whose edge a line layer draws', () => {
    const layers = build(everyGroupShown());
    const fills = layers.filter((l) => l.type === 'fill');
    expect(fills.length).toBeGreaterThan(10);
    for (const f of fills) {
      expect((f as { paint: Paint }).paint['fill-antialias'], f.id).toBe(false);
      const source = (f as { source: string }).source;
      const edges = layers.filter(
        (l) =>
          l.type === 'line' &&
          (l as { source?: string }).source === source &&
          (!l.filter || JSON.stringify(l.filter).includes('Polygon')),
      );
      expect(edges.length, `${f.id} has no outline line`).toBeGreaterThan(0);
    }
  });

  it('give every layer the same values at every zoom and for every feature', () => {
    const features = [
      { type: 1, properties: {} },
      { type: 1, properties: { status: '在建', kind: 'hub', group: 'counties', quality: 'approximate' } },
      { type: 2, properties: { status: '储备', group: 'structure', mode: 'rail' } },
      { type: 3, properties: { quality: 'schematic', group: 'airport', kind: 'zone' } },
    ];
    const zooms = [4, 7, 8.5, 10, 12.3, 16, 20];
    const originals = unshared(everyGroupShown());
    const shared = build(everyGroupShown());
    expect(shared.map((l) => l.id)).toEqual(originals.map((l) => l.id));
    let compared = 0;
    for (const [i, after] of shared.entries()) {
      const original = originals[i]!;
      if (!('paint' in original) || !original.paint) continue;
      for (const [key, value] of Object.entries((after as { paint?: Paint }).paint ?? {})) {
        if (!(key in (latest as unknown as Record<string, object>)[`paint_${after.type}`]!)) continue;
        if (key === 'fill-antialias') continue;
        if (key === 'line-dasharray' && (original.paint as Paint)[key] === undefined) {
          // A solid line: a dash with no gap.
          expect(evaluate(parse('line', key, value), 10, features[0]!), after.id).toEqual([1, 0]);
          continue;
        }
        const was =
          (original.paint as Paint)[key] ??
          (key === 'fill-outline-color'
            ? (original.paint as Paint)['fill-color']
            : spec(after.type, key).default);
        if (JSON.stringify(was) === JSON.stringify(value)) continue;
        const a = parse(after.type, key, was);
        const b = parse(after.type, key, value);
        if (a.result !== 'success' || b.result !== 'success') throw new Error(key);
        for (const zoom of zooms)
          for (const f of features) {
            const ev = (e: typeof a) =>
              JSON.stringify(
                (e.value as { evaluate: (g: object, f: object) => unknown }).evaluate({ zoom }, f),
              );
            expect(ev(b), `${after.id} ${key} z${zoom}`).toBe(ev(a));
          }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});

describe('kindOf', () => {
  it('reads a value as MapLibre does', () => {
    expect(kindOf(3)).toBe('constant');
    expect(kindOf(['literal', ['get', 'x']])).toBe('constant');
    expect(kindOf(['interpolate', ['linear'], ['zoom'], 5, 1, 10, 2])).toBe('zoom');
    expect(kindOf(['match', ['get', 'k'], 'a', 1, 2])).toBe('feature');
    expect(kindOf(['feature-state', 'hover'])).toBe('feature');
    expect(kindOf(['interpolate', ['linear'], ['zoom'], 5, ['get', 'r'], 10, 2])).toBe('zoom-and-feature');
  });
});

describe('withSharedPrograms', () => {
  const circle = (id: string, paint: Paint): LayerSpecification =>
    ({ id, type: 'circle', source: 's', paint }) as LayerSpecification;

  it('writes constants feature-driven only when another layer of the type needs it', () => {
    const a = circle('a', { 'circle-color': '#f00' });
    const b = circle('b', { 'circle-color': ['get', 'c'] });
    const [a2, b2] = withSharedPrograms([a, b]);
    expect(kindOf((a2 as { paint: Paint }).paint['circle-color'])).toBe('feature');
    expect(b2).toBe(b);
    // Alone, the constant stays a constant (the cheapest program).
    expect(withSharedPrograms([a])[0]).toBe(a);
  });

  it('mixes a zoom curve and a feature value into one zoom-and-feature form', () => {
    const a = circle('a', { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 4, 12, 8] });
    const b = circle('b', { 'circle-radius': ['get', 'r'] });
    const out = withSharedPrograms([a, b]);
    for (const l of out)
      expect(kindOf((l as { paint: Paint }).paint['circle-radius'])).toBe('zoom-and-feature');
  });

  it('leaves layers that are never drawn alone, and returns the same objects for the same input', () => {
    const hiddenByOpacity = circle('h', { 'circle-opacity': 0, 'circle-color': '#000' });
    const b = circle('b', { 'circle-color': ['get', 'c'] });
    const first = withSharedPrograms([hiddenByOpacity, b]);
    expect(first[0]).toBe(hiddenByOpacity);
    const a = circle('a', { 'circle-color': '#f00' });
    const once = withSharedPrograms([a, b]);
    const twice = withSharedPrograms([a, b]);
    expect(twice[0]).toBe(once[0]);
  });

  it('writes solid and constant dash patterns feature-driven beside a varying one', () => {
    const line = (id: string, paint: Paint) =>
      ({ id, type: 'line', source: 's', paint }) as LayerSpecification;
    const out = withSharedPrograms([
      line('solid', { 'line-color': '#000' }),
      line('dash', { 'line-dasharray': [2, 2] }),
      line('varying', {
        'line-dasharray': ['match', ['get', 'q'], 'x', ['literal', [1, 1]], ['literal', [3, 1]]],
      }),
    ]);
    const dashes = (l: LayerSpecification) => (l as { paint: Paint }).paint['line-dasharray'];
    expect(evaluate(parse('line', 'line-dasharray', dashes(out[0]!)), 10, {})).toEqual([1, 0]);
    for (const l of out) expect(kindOf(dashes(l))).toBe('feature');
  });
});
