import { describe, expect, it } from 'vitest';
import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LAYER_GROUPS, allSources, createLayerBuilder, createSourceTracker } from '../../src/layers';
import { groupInputsFrom } from '../../src/layers/inputs';
import { defaultLayers } from '../../src/state/layersSlice';
import type { GroupState, LayerGroupId } from '../../src/domain/layerGroups';
import { PALETTE } from '../../src/layers/palette';
import { makeData } from './fixtures';
import { paintAt } from './paintAt';

function styleFor(layers: Record<LayerGroupId, GroupState>, lang: 'zh' | 'en' = 'zh'): StyleSpecification {
  return {
    version: 8,
    sources: allSources(makeData()),
    layers: createLayerBuilder()(groupInputsFrom({ layers, lang })),
  };
}

describe('layer specs', () => {
  it('produce a valid MapLibre style in the default state', () => {
    expect(validateStyleMin(styleFor(defaultLayers()))).toEqual([]);
  });

  it('stay valid when every group is hidden, faded, or in English', () => {
    const all = defaultLayers();
    const hidden = Object.fromEntries(
      Object.keys(all).map((k) => [k, { visible: false, opacity: 0.35 }]),
    ) as typeof all;
    expect(validateStyleMin(styleFor(hidden, 'en'))).toEqual([]);
  });

  // The map applies these specs without MapLibre's own per-call check (map/renderState), so every
  // state the map can draw is checked here.
  it('stay valid in every combination of state the map draws', () => {
    const shown = Object.fromEntries(
      Object.keys(defaultLayers()).map((k) => [k, { visible: true, opacity: 0.6 }]),
    ) as ReturnType<typeof defaultLayers>;
    const build = createLayerBuilder();
    let checked = 0;
    for (const layers of [defaultLayers(), shown])
      for (const lang of ['zh', 'en'] as const)
        for (const presentation of [null, { storyId: 'tour' }])
          for (const selected of [null, { source: 'projects', id: 'liunan-01' }])
            for (const [stages, focus] of [
              [null, null],
              [
                { 'liunan-01': '在建', 'rail-01': 'none' },
                { 'liunan-01': 'behind', 'rail-01': 'none' },
              ],
            ] as const) {
              const specs = build(
                groupInputsFrom({
                  layers,
                  lang,
                  presentation,
                  selected,
                  stages,
                  focus,
                  underlay: !!selected,
                }),
              );
              const style = { version: 8 as const, sources: allSources(makeData()), layers: specs };
              expect(validateStyleMin(style), JSON.stringify({ lang, presentation, selected })).toEqual([]);
              checked++;
            }
    expect(checked).toBe(32);
  });

  it('hide the search mark, the buffer ring and the drawings while their sources are empty', () => {
    const ids = { placemark: 'place-mark-fill', tools: 'tool-buffer-line', drawings: 'drawings-line' };
    const shown = (filled: Record<keyof typeof ids, boolean>) => {
      const specs = createLayerBuilder()(groupInputsFrom({ layers: defaultLayers(), lang: 'zh', filled }));
      return Object.fromEntries(
        Object.entries(ids).map(([k, id]) => {
          const l = specs.find((x) => x.id === id) as { layout?: { visibility?: string } };
          return [k, l.layout?.visibility !== 'none'];
        }),
      );
    };
    expect(shown({ placemark: false, tools: false, drawings: false })).toEqual({
      placemark: false,
      tools: false,
      drawings: false,
    });
    expect(shown({ placemark: true, tools: false, drawings: true })).toEqual({
      placemark: true,
      tools: false,
      drawings: true,
    });
    expect(shown({ placemark: false, tools: true, drawings: false }).tools).toBe(true);
    // A drawings group the planner switched off stays off, drawings or not.
    const off = { ...defaultLayers(), drawings: { visible: false, opacity: 1 } };
    const specs = createLayerBuilder()(
      groupInputsFrom({ layers: off, lang: 'zh', filled: { placemark: true, tools: true, drawings: true } }),
    );
    expect(
      (specs.find((x) => x.id === 'drawings-line') as { layout: { visibility: string } }).layout.visibility,
    ).toBe('none');
  });

  it('scale labels and markers up in presentation mode, and stay valid', () => {
    const build = (presentation: unknown) =>
      createLayerBuilder()(groupInputsFrom({ layers: defaultLayers(), lang: 'zh', presentation }));
    const screen = build(null);
    const room = build({ storyId: 'tour' });
    expect(validateStyleMin({ version: 8, sources: allSources(makeData()), layers: room })).toEqual([]);
    const size = (ls: typeof screen, id: string) => {
      const l = ls.find((x) => x.id === id) as { layout?: Record<string, unknown> };
      return JSON.stringify(l.layout?.['text-size']);
    };
    for (const id of ['projects-label', 'place-labels', 'plan-railport-label']) {
      expect(size(room, id), id).not.toBe(size(screen, id));
    }
    const text = (ls: typeof screen) =>
      (ls.find((x) => x.id === 'projects-label') as { layout: { 'text-size': number } }).layout['text-size'];
    expect(text(room)).toBeGreaterThan(text(screen) * 1.3);
  });

  it('use unique layer ids, each pointing at a declared source', () => {
    const style = styleFor(defaultLayers());
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of style.layers) if ('source' in l) expect(style.sources).toHaveProperty(l.source as string);
  });

  it('hide every layer of a hidden group and scale its opacity', () => {
    const layers = { ...defaultLayers(), railways: { visible: false, opacity: 0.5 } };
    const specs = styleFor(layers).layers.filter((l) => l.id.startsWith('railways-'));
    expect(specs.length).toBeGreaterThan(0);
    for (const l of specs) expect(l.layout?.visibility).toBe('none');
    const casing = specs.find((l) => l.id === 'railways-casing')!;
    expect(paintAt(casing, 'line-opacity', 10)).toBe(0.5);
  });

  it('fade the coarse rivers out by zoom 11', () => {
    const rivers = styleFor(defaultLayers()).layers.filter((l) => l.id.startsWith('rivers-'));
    for (const l of rivers) expect(l.maxzoom).toBeLessThanOrEqual(11);
    const ne = rivers.find((l) => l.id === 'rivers-ne-line')!;
    expect([8, 9.5, 10.25, 11, 12].map((z) => paintAt(ne, 'line-opacity', z))).toEqual([1, 1, 0.5, 0, 0]);
  });

  it('draw legend colours from the same constants as the layers', () => {
    for (const g of LAYER_GROUPS) {
      const json = JSON.stringify(g.layers({ group: { visible: true, opacity: 1 }, lang: 'zh' }));
      for (const entry of g.legend) {
        if (entry.symbol.color === PALETTE.neutral) continue; // shape-only entries (e.g. project status)
        expect(json, `${g.id}: ${entry.label}`).toContain(entry.symbol.color);
      }
    }
  });

  it('adds the sources of a group only once it is first shown, keeping their identity', () => {
    const track = createSourceTracker(makeData());
    const first = track((id) => id === 'counties');
    expect(Object.keys(first).sort()).toEqual(['city-mask', 'counties']);
    expect(track((id) => id === 'counties')).toBe(first);
    const second = track((id) => id === 'railways');
    expect(Object.keys(second)).toEqual(expect.arrayContaining(['counties', 'railways']));
    expect(second.counties).toBe(first.counties);
    // Hiding a group keeps its sources (its layers are hidden instead).
    expect(track(() => false)).toBe(second);
  });

  it('return the very same layer objects when a group input is unchanged', () => {
    const build = createLayerBuilder();
    const state = { layers: defaultLayers(), lang: 'zh' as const };
    const a = build(groupInputsFrom(state));
    const b = build(
      groupInputsFrom({ ...state, layers: { ...state.layers, rivers: { visible: false, opacity: 1 } } }),
    );
    const byId = (xs: typeof a) => new Map(xs.map((l) => [l.id, l]));
    expect(byId(b).get('railways-casing')).toBe(byId(a).get('railways-casing'));
    expect(byId(b).get('rivers-ne-line')).not.toBe(byId(a).get('rivers-ne-line'));
  });
});
