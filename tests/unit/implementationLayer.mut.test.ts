/** The implementation map as drawn for a chosen year, and while the evaluation table is filtered. */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { monitoredItems, type Evaluation, type StageKey } from '../../src/analysis/implementation';
import { STAGES } from '../../src/domain/implementation';
import {
  IMPLEMENTATION_LAYERS as L,
  IMPLEMENTATION_SOURCE,
  implementationGroup,
  LIGHT_COLORS,
  monitoredPoints,
  STAGE_COLORS,
} from '../../src/layers/implementation';
import { PALETTE } from '../../src/layers/palette';
import type { SpecInput } from '../../src/layers/types';
import { shippedData } from './shippedData';
import { evaluate, layerById, passes, rgba } from './styleEval';

const specs = (patch: Partial<SpecInput>): LayerSpecification[] =>
  implementationGroup.layers({ group: { visible: true, opacity: 1 }, lang: 'zh', ...patch });
const item = (id: string) => ({ props: { id, name: `项目${id}` } });
const shown = (ls: LayerSpecification[]) =>
  ls.filter((l) => l.layout?.visibility === 'visible').map((l) => l.id);

describe('implementation layer', () => {
  it('shows only while a year is chosen and the table is not filtered; the filter shows its own layers', () => {
    expect(shown(specs({ stages: null, focus: null }))).toEqual([]);
    expect(shown(specs({ stages: { a: '在建' }, focus: null }))).toEqual([L.none, L.stage, L.label]);
    expect(shown(specs({ stages: { a: '在建' }, focus: { a: 'behind' } }))).toEqual([L.focus, L.focusLabel]);
    expect(shown(specs({ stages: null, focus: { a: 'behind' } }))).toEqual([L.focus, L.focusLabel]);
    expect(shown(specs({ stages: { a: '在建' }, group: { visible: false, opacity: 1 } }))).toEqual([]);
    expect(
      shown(specs({ stages: null, focus: { a: 'behind' }, group: { visible: false, opacity: 1 } })),
    ).toEqual([]);
  });

  it('colours each item by its stage that year; items with no recorded stage are grey rings', () => {
    const stages = Object.fromEntries(STAGES.map((s, i) => [`i${i}`, s])) as Record<string, StageKey>;
    const ls = specs({ stages: { ...stages, quiet: 'none' }, focus: null });
    const stage = layerById(ls, L.stage);
    const none = layerById(ls, L.none);
    STAGES.forEach((s, i) => {
      expect(passes(stage, item(`i${i}`)), s).toBe(true);
      expect(passes(none, item(`i${i}`)), s).toBe(false);
      expect(evaluate(stage, 'circle-color', item(`i${i}`)), s).toBe(rgba(STAGE_COLORS[s]));
    });
    for (const id of ['quiet', 'unknown']) {
      expect(passes(stage, item(id)), id).toBe(false);
      expect(passes(none, item(id)), id).toBe(true);
    }
    expect(evaluate(none, 'circle-stroke-color', item('quiet'))).toBe(rgba(STAGE_COLORS.none));
    expect(evaluate(none, 'circle-color', item('quiet'))).toBe(rgba(PALETTE.halo));
    const label = layerById(ls, L.label);
    expect(passes(label, item('i0'))).toBe(true);
    expect(passes(label, item('quiet'))).toBe(false);
    expect(evaluate(label, 'text-field', item('i0'))?.toString()).toBe('项目i0');
  });

  it("the filtered table's items show by their light; those without a result are grey-rimmed", () => {
    const focus: Record<string, Evaluation> = { a: 'achieved', b: 'progress', c: 'behind', d: 'none' };
    const ls = specs({ stages: null, focus });
    const dot = layerById(ls, L.focus);
    for (const [id, light] of Object.entries(focus)) {
      expect(passes(dot, item(id)), id).toBe(true);
      expect(evaluate(dot, 'circle-color', item(id)), id).toBe(rgba(LIGHT_COLORS[light as Evaluation]));
    }
    expect(passes(dot, item('z'))).toBe(false);
    expect(evaluate(dot, 'circle-stroke-color', item('d'))).toBe(rgba(STAGE_COLORS.none));
    expect(evaluate(dot, 'circle-stroke-color', item('a'))).toBe(rgba(PALETTE.halo));
    expect(evaluate(dot, 'circle-stroke-width', item('d'))).toBeGreaterThan(
      evaluate(dot, 'circle-stroke-width', item('a')) as number,
    );
    const label = layerById(ls, L.focusLabel);
    expect(passes(label, item('a'))).toBe(true);
    expect(passes(label, item('z'))).toBe(false);
    for (const l of ls) expect((l as { source: string }).source).toBe(IMPLEMENTATION_SOURCE);
  });

  it('one marker per monitored item, at a point of its own, with its id and name', () => {
    const data = shippedData();
    const points = monitoredPoints(data);
    expect(points.features.length).toBeGreaterThan(data.projects.features.length);
    const first = data.projects.features[0]!;
    expect(points.features[0]!.properties).toEqual({ id: first.properties.id, name: first.properties.name });
    for (const f of points.features) expect(f.geometry.type).toBe('Point');
    const src = implementationGroup.sources(data)[IMPLEMENTATION_SOURCE] as {
      promoteId: string;
      data: unknown;
    };
    expect(src.promoteId).toBe('id');
    expect(src.data).toEqual(points);
  });

  it('no marker for an item placed only by district/county; one for every other monitored item', () => {
    const data = shippedData();
    const marked = new Set(monitoredPoints(data).features.map((f) => f.properties.id));
    const items = monitoredItems(data);
    const countyLevel = items.filter((m) => m.feature.properties.placement_scope === 'county');
    expect(countyLevel.length).toBeGreaterThan(30);
    for (const m of countyLevel)
      expect(marked.has(m.feature.properties.id), m.feature.properties.id).toBe(false);
    expect(marked.size).toBe(items.length - countyLevel.length);
  });

  it('the legend lists every stage, then the grey ring', () => {
    expect(implementationGroup.legend.map((e) => e.label)).toEqual([
      ...STAGES.map((s) => `stage.${s}`),
      'stage.none',
    ]);
    expect(implementationGroup.legend.at(-1)!.symbol).toMatchObject({ color: PALETTE.halo, hollow: true });
  });

  it("an item's name is dark grey on a white halo, faded with the group", () => {
    for (const id of [L.label, L.focusLabel]) {
      const label = layerById(specs({ stages: { a: '在建' }, group: { visible: true, opacity: 0.4 } }), id);
      expect(evaluate(label, 'text-color')).toBe(rgba('#333333'));
      expect(evaluate(label, 'text-halo-color')).toBe(rgba(PALETTE.halo));
      expect(evaluate(label, 'text-halo-width')).toBeGreaterThan(0);
      expect(evaluate(label, 'text-opacity')).toBe(0.4);
    }
  });

  it('the markers are a collection of point features', () => {
    const fc = monitoredPoints(shippedData());
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) expect(f.type).toBe('Feature');
  });
});
