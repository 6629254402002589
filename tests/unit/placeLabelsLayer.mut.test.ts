/** The place names layer as drawn: which names show, how they look, where they may sit. */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { PlaceGroup } from '../../src/analysis/placeLabels';
import { LEADS } from '../../src/analysis/placeLabels';
import { labelsGroup, PLACE_GROUPS, PLACE_LABELS_LAYER, PLACE_LABELS_SOURCE } from '../../src/layers/labels';
import { MARKER_SPACE, MARKER_SPACE_PX } from '../../src/layers/paint';
import { PALETTE, THEME_COLORS } from '../../src/layers/palette';
import type { GroupState } from '../../src/domain/layerGroups';
import { shippedData } from './shippedData';
import { evaluate, passes, rgba, type Probe } from './styleEval';

const on: GroupState = { visible: true, opacity: 1 };
const layer = (
  peers: Partial<Record<PlaceGroup, GroupState>>,
  group: GroupState = on,
  textScale = 1,
): LayerSpecification => labelsGroup.layers({ group, lang: 'zh', peers, textScale })[0]!;
const allOn = Object.fromEntries(PLACE_GROUPS.map((g) => [g, on])) as Record<PlaceGroup, GroupState>;
const name = (group: PlaceGroup, style: string, patch: Record<string, unknown> = {}): Probe => ({
  props: { group, style, role: 'label', text: '柳江区', lead: 'area', rank: 1, r7: 0, r12: 0, ...patch },
});

describe('place names layer', () => {
  it('shows the names of the groups that are shown, and nothing when none is', () => {
    const l = layer({ counties: on, structure: { visible: false, opacity: 1 } });
    expect(passes(l, name('counties', 'county'))).toBe(true);
    expect(passes(l, name('structure', 'zone'))).toBe(false);
    expect(passes(l, name('airport', 'airport'))).toBe(false);
    expect(l.layout?.visibility).toBe('visible');
    expect(layer({ counties: { visible: false, opacity: 1 } }).layout?.visibility).toBe('none');
    expect(layer({}).layout?.visibility).toBe('none');
    expect(layer(allOn, { visible: false, opacity: 1 }).layout?.visibility).toBe('none');
    expect((l as { source: string }).source).toBe(PLACE_LABELS_SOURCE);
    expect(l.id).toBe(PLACE_LABELS_LAYER);
  });

  it("fades each name with its own group's opacity and the layer's", () => {
    const l = layer({ ...allOn, counties: { visible: true, opacity: 0.5 } }, { visible: true, opacity: 0.8 });
    expect(evaluate(l, 'text-opacity', name('counties', 'county'))).toBeCloseTo(0.75 * 0.5 * 0.8, 3);
    expect(evaluate(l, 'text-opacity', name('structure', 'zone'))).toBeCloseTo(0.8, 3);
    const faded = layer({ ...allOn, structure: { visible: true, opacity: 0.5 } });
    expect(evaluate(faded, 'text-opacity', name('structure', 'zone'))).toBeCloseTo(0.5, 3);
    expect(evaluate(faded, 'text-opacity', name('airport', 'airport'))).toBeCloseTo(1, 3);
    const airport = layer({ ...allOn, airport: { visible: true, opacity: 0.5 } });
    expect(evaluate(airport, 'text-opacity', name('airport', 'airport'))).toBeCloseTo(0.5, 3);
  });

  it('zone names give way to project names from zoom 10.5; other names stay', () => {
    const l = layer(allOn);
    const text = (p: Probe, zoom: number) => evaluate(l, 'text-field', { ...p, zoom })?.toString();
    expect(text(name('structure', 'zone', { text: '柳东片区' }), 10)).toBe('柳东片区');
    expect(text(name('structure', 'zone', { text: '柳东片区' }), 11)).toBe('');
    expect(text(name('counties', 'county'), 11)).toBe('柳江区');
  });

  it('markers hold a blank box of their disc size; names carry no icon', () => {
    const l = layer(allOn);
    const marker: Probe = {
      props: { role: 'marker', group: 'projects', style: 'marker', r7: 5, r12: 10, text: '' },
    };
    expect(evaluate(l, 'icon-image', marker)?.toString()).toBe(MARKER_SPACE);
    expect(evaluate(l, 'icon-image', name('counties', 'county'))?.toString() ?? '').toBe('');
    expect(evaluate(l, 'icon-size', { ...marker, zoom: 7 })).toBeCloseTo((2 * 5) / MARKER_SPACE_PX, 5);
    expect(evaluate(l, 'icon-size', { ...marker, zoom: 12 })).toBeCloseTo((2 * 10) / MARKER_SPACE_PX, 5);
    const room = layer(allOn, on, 1.5);
    expect(evaluate(room, 'icon-size', { ...marker, zoom: 12 })).toBeCloseTo(
      (2 * 1.5 * 10) / MARKER_SPACE_PX,
      5,
    );
    expect(evaluate(l, 'symbol-sort-key', name('counties', 'county', { rank: 7 }))).toBe(7);
    // A marker always stands, whatever names crowd it.
    expect(evaluate(l, 'icon-allow-overlap', marker)).toBe(true);
  });

  it('central districts start smaller than counties; the airport keeps one size', () => {
    const l = layer(allOn);
    const size = (style: string, zoom: number) =>
      evaluate(l, 'text-size', { ...name('counties', style), zoom }) as number;
    expect(size('district', 7)).toBeLessThan(size('county', 7));
    expect(size('district', 10)).toBeGreaterThan(size('district', 7));
    expect(size('county', 10)).toBeGreaterThan(size('county', 7));
    expect(size('airport', 7)).toBe(size('airport', 10));
    expect(size('core', 7)).toBe(14);
    // County names grow from 13 px to 18 px, above a zone's 14 once zoomed in.
    expect([size('county', 7), size('county', 10)]).toEqual([13, 18]);
    expect(evaluate(l, 'text-letter-spacing', name('counties', 'county'))).toBeGreaterThan(0);
    expect(evaluate(l, 'text-letter-spacing', name('counties', 'district'))).toBeGreaterThan(0);
    expect(evaluate(l, 'text-letter-spacing', name('structure', 'zone'))).toBe(0);
  });

  it('colours names by what they name', () => {
    const l = layer(allOn);
    const colour = (style: string) => evaluate(l, 'text-color', name('structure', style));
    expect(colour('core')).toBe(rgba(THEME_COLORS.core));
    expect(colour('zone')).toBe(rgba(THEME_COLORS.zone));
    expect(colour('cluster')).toBe(rgba(THEME_COLORS.cluster));
    expect(colour('airport')).toBe(rgba(PALETTE.airport));
    expect(colour('county')).toBe(rgba(PALETTE.countyLabel));
  });

  it('each name tries the positions of its lead, area names by default', () => {
    const l = layer(allOn);
    const offsets = (lead: string) =>
      JSON.stringify(evaluate(l, 'text-variable-anchor-offset', name('structure', 'zone', { lead })));
    expect(offsets('core')).toContain('"right"');
    expect(offsets('core')).not.toBe(offsets('area'));
    expect(offsets('unknown')).toBe(offsets('area'));
    expect(offsets('area')).toContain('"center"');
    expect(Object.keys(LEADS)).toContain('core');
  });

  it('its source holds the shipped names, sited projects only', () => {
    const data = shippedData();
    const src = labelsGroup.sources(data)[PLACE_LABELS_SOURCE] as { data: GeoJSON.FeatureCollection };
    const groups = new Set(src.data.features.map((f) => f.properties!.group));
    for (const g of ['counties', 'structure', 'airport', 'projects']) expect(groups).toContain(g);
    const countyLevel = data.projects.features.filter((f) => f.properties.placement_scope === 'county');
    expect(countyLevel.length).toBeGreaterThan(0);
    const texts = new Set(src.data.features.map((f) => f.properties!.text));
    for (const p of countyLevel) expect(texts).not.toContain(p.properties.name);
  });
});
