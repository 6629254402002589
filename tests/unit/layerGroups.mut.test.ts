/**
 * Every layer group against the shipped data: what each layer reads exists in its source, the
 * group's toggle and opacity reach every layer, and presenting never shrinks a name or marker.
 */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature } from 'geojson';
import { LAYER_GROUPS, allSources } from '../../src/layers';
import { groupInputsFrom, PRESENT_TEXT_SCALE } from '../../src/layers/inputs';
import type { GroupState, LayerGroupId } from '../../src/domain/layerGroups';
import type { LayerGroup, SpecInput } from '../../src/layers/types';
import { defaultLayers } from '../../src/state/layersSlice';
import { shippedData } from './shippedData';
import { evaluate, passes, type GeometryKind, type Probe } from './styleEval';

type Sources = Record<string, { data?: { features?: Feature[] } }>;
/** A group's own sources, plus those it draws from another group (the mask uses the counties'). */
const sourcesOf = (g: LayerGroup): Sources => ({
  ...(g.id === 'mask' ? (allSources(shippedData()) as Sources) : {}),
  ...(g.sources(shippedData()) as Sources),
});

/** Drawn whatever the layer panel says: the city mask, the "what lies within" ring, the searched place, the selection's highlight. */
const FIXED: LayerGroupId[] = ['mask', 'tools', 'placemark', 'selection'];
const toggled = LAYER_GROUPS.filter((g) => !FIXED.includes(g.id));

/** Inputs under which a group draws at all (some groups wait for a year or for names to show). */
function inputFor(g: LayerGroup, group: GroupState, patch: Partial<SpecInput> = {}): SpecInput {
  const base = groupInputsFrom({ layers: defaultLayers(), lang: 'zh' })[g.id];
  const peers = Object.fromEntries(
    Object.keys(base.peers ?? {}).map((k) => [k, { visible: true, opacity: 1 }]),
  );
  return {
    ...base,
    group,
    ...(g.id === 'labels' ? { peers } : {}),
    ...(g.id === 'implementation' ? { stages: {}, focus: null } : {}),
    ...patch,
  };
}

/** Property names read with ["get", "…"] or ["has", "…"] anywhere in a layer. */
function readKeys(x: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(x)) {
    if ((x[0] === 'get' || x[0] === 'has') && typeof x[1] === 'string' && x.length === 2) out.add(x[1]);
    for (const y of x) readKeys(y, out);
  } else if (x && typeof x === 'object') for (const y of Object.values(x)) readKeys(y, out);
  return out;
}

const kind = (f: Feature): GeometryKind =>
  f.geometry.type.replace('Multi', '') === 'Point'
    ? 'Point'
    : f.geometry.type.includes('Line')
      ? 'LineString'
      : 'Polygon';

/** A shipped feature the layer draws, as a probe for evaluating its properties. */
function sampleFor(g: LayerGroup, l: LayerSpecification): Probe | null {
  const src = (l as { source?: string }).source;
  for (const f of (src && sourcesOf(g)[src]?.data?.features) || []) {
    const probe = { props: (f.properties ?? {}) as Record<string, unknown>, geometry: kind(f), zoom: 10 };
    if (passes(l, probe)) return probe;
  }
  return null;
}

const visible: GroupState = { visible: true, opacity: 1 };

describe('every layer group', () => {
  it('reads only properties its source carries, from a source it declares', () => {
    for (const g of LAYER_GROUPS) {
      const sources = sourcesOf(g);
      for (const lang of ['zh', 'en'] as const) {
        for (const l of g.layers(inputFor(g, visible, { lang }))) {
          const src = (l as { source?: string }).source;
          if (!src) continue;
          expect(Object.keys(sources), `${g.id}: ${l.id}`).toContain(src);
          const features = sources[src]!.data?.features ?? [];
          // Sources the map fills in later (tool overlays, drawings, imports) start empty.
          if (features.length === 0) continue;
          const carried = new Set(features.flatMap((f) => Object.keys(f.properties ?? {})));
          for (const key of readKeys([
            (l as { filter?: unknown }).filter,
            l.layout,
            (l as { paint?: unknown }).paint,
          ])) {
            expect(carried, `${g.id}: ${l.id} reads "${key}"`).toContain(key);
          }
        }
      }
    }
  });

  it('a hidden group hides every one of its layers; a shown one shows them', () => {
    for (const g of toggled) {
      for (const l of g.layers(inputFor(g, { visible: false, opacity: 1 }))) {
        expect(l.layout?.visibility, `${g.id}: ${l.id}`).toBe('none');
      }
      const shown = g.layers(inputFor(g, visible)).filter((l) => l.layout?.visibility !== 'none');
      expect(shown.length, g.id).toBeGreaterThan(0);
    }
  });

  it("the group's opacity scales every opacity of its layers", () => {
    let checked = 0;
    for (const g of toggled) {
      const full = g.layers(inputFor(g, visible));
      const faded = g.layers(inputFor(g, { visible: true, opacity: 0.4 }));
      full.forEach((l, i) => {
        const probe = sampleFor(g, l) ?? {};
        const paint = (l as { paint?: Record<string, unknown> }).paint ?? {};
        for (const prop of Object.keys(paint).filter((p) => p.endsWith('-opacity'))) {
          for (const state of [{}, { selected: true }]) {
            const a = evaluate(l, prop, { ...probe, state }) as number;
            const b = evaluate(faded[i]!, prop, { ...probe, state }) as number;
            expect(b, `${g.id}: ${l.id} ${prop}`).toBeCloseTo(a * 0.4, 2);
            if (a > 0) checked++;
          }
        }
      });
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('presenting to a room never shrinks a name or a marker, and enlarges the names', () => {
    const state = { layers: defaultLayers(), lang: 'zh' as const };
    const screen = groupInputsFrom(state);
    const room = groupInputsFrom({ ...state, presentation: { storyId: 'tour' } });
    let grew = 0;
    for (const g of LAYER_GROUPS) {
      expect(room[g.id].textScale).toBe(PRESENT_TEXT_SCALE);
      expect(screen[g.id].textScale).toBe(1);
      // The searched place's ring keeps one size (and reads a flag only its own features carry).
      if (g.id === 'placemark') continue;
      const a = g.layers(inputFor(g, visible, { textScale: 1 }));
      const b = g.layers(inputFor(g, visible, { textScale: PRESENT_TEXT_SCALE }));
      a.forEach((l, i) => {
        const probe = sampleFor(g, l) ?? {};
        for (const prop of ['text-size', 'circle-radius']) {
          const paint = { ...l.layout, ...(l as { paint?: object }).paint } as Record<string, unknown>;
          if (!(prop in paint)) continue;
          const x = evaluate(l, prop, probe) as number;
          const y = evaluate(b[i]!, prop, probe) as number;
          expect(y, `${g.id}: ${l.id} ${prop}`).toBeGreaterThanOrEqual(x);
          if (y > x) grew++;
        }
      });
    }
    expect(grew).toBeGreaterThan(10);
  });

  it('gives each group its own state, language and scale; extras only to the groups that read them', () => {
    const layers = { ...defaultLayers(), rivers: { visible: false, opacity: 0.3 } } as Record<
      LayerGroupId,
      GroupState
    >;
    const sel = { source: 'projects', id: 'p1' };
    const inputs = groupInputsFrom({
      layers,
      lang: 'en',
      selected: sel,
      underlay: true,
      stages: {},
      focus: null,
    });
    expect(inputs.rivers).toEqual({ group: layers.rivers, lang: 'en', textScale: 1 });
    expect(inputs.selection.selected).toBe(sel);
    expect(inputs.counties.underlay).toBe(true);
    expect(inputs.implementation).toMatchObject({ stages: {}, focus: null });
    expect(inputs.labels.peers?.counties).toBe(layers.counties);
    expect(inputs.projects).not.toHaveProperty('selected');
    const bare = groupInputsFrom({ layers, lang: 'zh' });
    expect(bare.selection.selected).toBeNull();
    expect(bare.counties.underlay).toBe(false);
    expect(bare.implementation).toMatchObject({ stages: null, focus: null });
  });
});
