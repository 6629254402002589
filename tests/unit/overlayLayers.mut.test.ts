/** Layers over the plan: the planners' drawings, the searched place, the selection, the buffer ring. */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { DRAWING_COLORS, type Drawing } from '../../src/domain/drawing';
import { DRAWINGS_LAYERS, drawingsGeoJson, drawingsGroup } from '../../src/layers/drawings';
import { PALETTE } from '../../src/layers/palette';
import { PLACE_MARK_LAYERS, placeMarkGroup } from '../../src/layers/placeMark';
import { SELECTION_COLOR, SELECTION_LAYERS, selectionGroup } from '../../src/layers/selection';
import { BUFFER_COLOR, TOOL_OVERLAY_LAYERS, toolOverlayGroup } from '../../src/layers/toolOverlay';
import type { LayerGroup, SpecInput } from '../../src/layers/types';
import { makeData } from './fixtures';
import { evaluate, layerById, passes, rgba, type Probe } from './styleEval';

const specs = (g: LayerGroup, patch: Partial<SpecInput> = {}): LayerSpecification[] =>
  g.layers({ group: { visible: true, opacity: 1 }, lang: 'zh', ...patch });
const sourceOf = (l: LayerSpecification) => (l as { source: string }).source;

describe('drawings layer', () => {
  const drawing = (patch: Partial<Drawing>): Drawing => ({
    id: 'd1',
    kind: 'point',
    geometry: { type: 'Point', coordinates: [109.4, 24.3] },
    color: '#d7263d',
    label: '候选用地',
    created_at: '2026-01-01T00:00:00.000Z',
    ...patch,
  });

  it('carries each drawing with its id, kind, colour and label', () => {
    const d = drawing({});
    expect(drawingsGeoJson([d])).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'd1',
          geometry: d.geometry,
          properties: { id: 'd1', kind: 'point', color: '#d7263d', label: '候选用地' },
        },
      ],
    });
    expect(drawingsGroup.sources(makeData())).toEqual({
      'user-drawings': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    });
  });

  it('draws each drawing in its own colour, the default colour otherwise', () => {
    const ls = specs(drawingsGroup);
    const probe = (color?: string): Probe => ({
      props: color ? { color, kind: 'point' } : { kind: 'point' },
    });
    for (const [id, prop] of [
      [DRAWINGS_LAYERS.point, 'circle-color'],
      [DRAWINGS_LAYERS.line, 'line-color'],
      [DRAWINGS_LAYERS.fill, 'fill-color'],
      [DRAWINGS_LAYERS.label, 'text-color'],
    ] as const) {
      expect(evaluate(layerById(ls, id), prop, probe('#d7263d')), id).toBe(rgba('#d7263d'));
      expect(evaluate(layerById(ls, id), prop, probe()), id).toBe(rgba(DRAWING_COLORS[0]));
    }
    for (const l of ls) expect(sourceOf(l)).toBe('user-drawings');
  });

  it('areas fill and outline, lines draw, points get a dot unless they are notes', () => {
    const ls = specs(drawingsGroup);
    const drawnBy = (geometry: Probe['geometry'], kind: string) =>
      ls.filter((l) => l.type !== 'symbol' && passes(l, { props: { kind }, geometry })).map((l) => l.id);
    expect(drawnBy('Polygon', 'polygon')).toEqual([DRAWINGS_LAYERS.fill, DRAWINGS_LAYERS.line]);
    expect(drawnBy('LineString', 'line')).toEqual([DRAWINGS_LAYERS.line]);
    expect(drawnBy('Point', 'point')).toEqual([DRAWINGS_LAYERS.point]);
    expect(drawnBy('Point', 'note')).toEqual([]);
  });

  it('a note is its text, bold, larger and centred; other labels sit under their drawing', () => {
    const label = layerById(specs(drawingsGroup), DRAWINGS_LAYERS.label);
    const note = { props: { kind: 'note', label: '此处待核' } };
    const point = { props: { kind: 'point', label: '候选' } };
    expect(evaluate(label, 'text-field', note)?.toString()).toBe('此处待核');
    expect(evaluate(label, 'text-size', note)).toBeGreaterThan(evaluate(label, 'text-size', point) as number);
    expect(evaluate(label, 'text-anchor', note)).toBe('center');
    expect(evaluate(label, 'text-anchor', point)).toBe('top');
    expect(String(evaluate(label, 'text-font', note))).toContain('Bold');
    expect(String(evaluate(label, 'text-font', point))).not.toContain('Bold');
    expect(evaluate(label, 'text-offset', note)).toEqual([0, 0]);
    expect((evaluate(label, 'text-offset', point) as number[])[1]).toBeGreaterThan(0);
    expect(evaluate(label, 'text-halo-color', note)).toBe(rgba(PALETTE.halo));
    // A planner's own words are never dropped for colliding with another name.
    expect(evaluate(label, 'text-allow-overlap', point)).toBe(true);
  });
});

describe('place mark', () => {
  const ls = () => specs(placeMarkGroup);
  const area = (approximate: boolean): Probe => ({ props: { approximate }, geometry: 'Polygon' });
  const point = (approximate: boolean): Probe => ({ props: { approximate }, geometry: 'Point' });

  it('outlines a surveyed area solid and an approximate one dashed', () => {
    const drawn = (p: Probe) =>
      ls()
        .filter((l) => passes(l, p))
        .map((l) => l.id);
    expect(drawn(area(false))).toEqual([PLACE_MARK_LAYERS.fill, PLACE_MARK_LAYERS.line]);
    // Hidden whole while there is no mark to show.
    for (const l of specs(placeMarkGroup, { group: { visible: false, opacity: 1 } }))
      expect(l.layout?.visibility, l.id).toBe('none');
    expect(drawn(area(true))).toEqual([PLACE_MARK_LAYERS.fill, PLACE_MARK_LAYERS.dashed]);
    expect(drawn(point(false))).toEqual([PLACE_MARK_LAYERS.ring, 'place-mark-ring-halo']);
    expect(evaluate(layerById(ls(), PLACE_MARK_LAYERS.dashed), 'line-dasharray', area(true))).toEqual([
      2, 1.5,
    ]);
    // The area is tinted faintly in the highlight colour, so the map under it still reads.
    const fill = layerById(ls(), PLACE_MARK_LAYERS.fill);
    expect(evaluate(fill, 'fill-color', area(false))).toBe(rgba(SELECTION_COLOR));
    expect(evaluate(fill, 'fill-opacity', area(false))).toBeGreaterThan(0);
    expect(evaluate(fill, 'fill-opacity', area(false))).toBeLessThan(0.3);
    expect(evaluate(layerById(ls(), PLACE_MARK_LAYERS.line), 'line-color', area(false))).toBe(
      rgba(SELECTION_COLOR),
    );
  });

  it('rings an approximate point wider, with a soft fill, and a surveyed one tight and empty', () => {
    const ring = layerById(ls(), PLACE_MARK_LAYERS.ring);
    const halo = layerById(ls(), 'place-mark-ring-halo');
    expect(evaluate(ring, 'circle-radius', point(true))).toBeGreaterThan(
      evaluate(ring, 'circle-radius', point(false)) as number,
    );
    expect(evaluate(halo, 'circle-radius', point(true))).toBeGreaterThan(
      evaluate(halo, 'circle-radius', point(false)) as number,
    );
    expect(evaluate(halo, 'circle-radius', point(false))).toBeGreaterThan(
      evaluate(ring, 'circle-radius', point(false)) as number,
    );
    expect(evaluate(ring, 'circle-opacity', point(true))).toBeGreaterThan(0);
    expect(evaluate(ring, 'circle-opacity', point(false))).toBe(0);
    expect(evaluate(ring, 'circle-stroke-color', point(false))).toBe(rgba(SELECTION_COLOR));
    for (const l of ls()) expect(sourceOf(l)).toBe('place-mark');
    expect(Object.keys(placeMarkGroup.sources(makeData()))).toEqual(['place-mark']);
  });
});

describe('selection highlight', () => {
  it('nothing selected draws nothing', () => {
    expect(specs(selectionGroup, { selected: null })).toEqual([]);
  });

  it("rings the selected point and haloes the selected line or area, in the feature's own source", () => {
    const ls = specs(selectionGroup, { selected: { source: 'projects', id: 'p1' } });
    const ring = layerById(ls, SELECTION_LAYERS.ring);
    const line = layerById(ls, SELECTION_LAYERS.line);
    for (const l of ls) expect(sourceOf(l)).toBe('projects');
    const p = (props: Record<string, unknown>, geometry: Probe['geometry']): Probe => ({ props, geometry });
    expect(passes(ring, p({ id: 'p1' }, 'Point'))).toBe(true);
    expect(passes(ring, p({ id: 'p2' }, 'Point'))).toBe(false);
    expect(passes(ring, p({ id: 'p1' }, 'LineString'))).toBe(false);
    // A county-level project has no site to ring.
    expect(passes(ring, p({ id: 'p1', placement_scope: 'county' }, 'Point'))).toBe(false);
    expect(passes(line, p({ id: 'p1' }, 'LineString'))).toBe(true);
    expect(passes(line, p({ id: 'p1' }, 'Polygon'))).toBe(true);
    expect(passes(line, p({ id: 'p1' }, 'Point'))).toBe(false);
    expect(passes(line, p({ id: 'p2' }, 'LineString'))).toBe(false);
    // Multi-part features: a group of sites is ringed, never haloed; a multi-part line haloed.
    expect(passes(ring, p({ id: 'p1' }, 'MultiPoint'))).toBe(true);
    expect(passes(line, p({ id: 'p1' }, 'MultiPoint'))).toBe(false);
    expect(passes(line, p({ id: 'p1' }, 'MultiLineString'))).toBe(true);
    expect(passes(ring, p({ id: 'p1' }, 'MultiLineString'))).toBe(false);
    expect(evaluate(ring, 'circle-stroke-color')).toBe(rgba(SELECTION_COLOR));
    // The ring is hollow: the marker under it stays visible.
    expect(evaluate(ring, 'circle-color')).toBe('rgba(0,0,0,0)');
    expect(evaluate(line, 'line-color')).toBe(rgba(SELECTION_COLOR));
    expect(selectionGroup.sources(makeData())).toEqual({});
  });
});

describe('"what lies within" ring', () => {
  it('a faint fill and a dashed purple ring, from its own empty source', () => {
    const ls = specs(toolOverlayGroup);
    expect(evaluate(layerById(ls, TOOL_OVERLAY_LAYERS.fill), 'fill-color')).toBe(rgba(BUFFER_COLOR));
    expect(evaluate(layerById(ls, TOOL_OVERLAY_LAYERS.line), 'line-dasharray')).toEqual([3, 2]);
    expect(toolOverlayGroup.sources(makeData())).toEqual({
      'tool-overlay': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    });
    for (const l of ls) expect(sourceOf(l)).toBe('tool-overlay');
    // Hidden while it has nothing to draw: every layer of it.
    for (const l of specs(toolOverlayGroup, { group: { visible: false, opacity: 1 } }))
      expect(l.layout?.visibility, l.id).toBe('none');
  });
});
