/** The base geography as drawn: land, boundaries, rivers, railways, stations, the airport. */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { airportGroup } from '../../src/layers/airport';
import { countiesGroup, maskGroup } from '../../src/layers/counties';
import { PALETTE } from '../../src/layers/palette';
import { railwaysGroup } from '../../src/layers/railways';
import { riversGroup } from '../../src/layers/rivers';
import { stationsGroup } from '../../src/layers/stations';
import type { LayerGroup, SpecInput } from '../../src/layers/types';
import { shippedData } from './shippedData';
import { evaluate, layerById, passes, rgba } from './styleEval';

const specs = (g: LayerGroup, patch: Partial<SpecInput> = {}): LayerSpecification[] =>
  g.layers({ group: { visible: true, opacity: 1 }, lang: 'zh', ...patch });
const sourceOf = (l: LayerSpecification) => (l as { source: string }).source;

describe('base layers', () => {
  it('land is opaque on its own and a faint wash over a basemap; county lines dashed, the city line solid', () => {
    const fill = (underlay: boolean) =>
      evaluate(layerById(specs(countiesGroup, { underlay }), 'counties-fill'), 'fill-opacity') as number;
    expect(fill(false)).toBe(1);
    expect(fill(true)).toBeLessThan(0.5);
    expect(fill(true)).toBeGreaterThan(0);
    const ls = specs(countiesGroup);
    expect(evaluate(layerById(ls, 'counties-fill'), 'fill-color')).toBe(rgba(PALETTE.land));
    expect(evaluate(layerById(ls, 'counties-line'), 'line-color')).toBe(rgba(PALETTE.countyLine));
    expect(evaluate(layerById(ls, 'counties-line'), 'line-dasharray')).toEqual([3, 2]);
    expect(evaluate(layerById(ls, 'city-boundary-line'), 'line-color')).toBe(rgba(PALETTE.cityLine));
    expect(evaluate(layerById(ls, 'city-boundary-line'), 'line-dasharray')).toBeUndefined();
    // The city boundary is the mask's inner ring, and it is drawn wider than county lines.
    expect(sourceOf(layerById(ls, 'city-boundary-line'))).toBe('city-mask');
    expect(evaluate(layerById(ls, 'city-boundary-line'), 'line-width', { zoom: 10 })).toBeGreaterThan(
      evaluate(layerById(ls, 'counties-line'), 'line-width', { zoom: 10 }) as number,
    );
    const sources = countiesGroup.sources(shippedData()) as Record<string, { data: unknown }>;
    expect(sources.counties!.data).toBe(shippedData().base.counties);
    expect(sources['city-mask']!.data).toBe(shippedData().base.mask);
  });

  it('outside the city fades under a grey veil', () => {
    const veil = layerById(specs(maskGroup), 'city-mask-fill');
    expect(sourceOf(veil)).toBe('city-mask');
    expect(evaluate(veil, 'fill-color')).toBe(rgba(PALETTE.outside));
    expect(evaluate(veil, 'fill-opacity')).toBeGreaterThan(0);
    expect(specs(maskGroup, { group: { visible: false, opacity: 1 } })[0]!.layout?.visibility).toBe('none');
    expect(maskGroup.sources(shippedData())).toEqual({});
  });

  it('coarse rivers are gone by zoom 11; their names prefer Chinese', () => {
    const ls = specs(riversGroup);
    for (const l of ls) {
      expect(l.maxzoom, l.id).toBe(11);
      const prop = l.type === 'symbol' ? 'text-opacity' : 'line-opacity';
      expect(evaluate(l, prop, { zoom: 9 }), l.id).toBeGreaterThan(0.8);
      expect(evaluate(l, prop, { zoom: 11 }), l.id).toBe(0);
    }
    // The fine river network stays a shade lighter than the main rivers, at any group opacity.
    for (const opacity of [1, 0.5]) {
      const faded = specs(riversGroup, { group: { visible: true, opacity } });
      const at9 = (id: string) => evaluate(layerById(faded, id), 'line-opacity', { zoom: 9 }) as number;
      expect(at9('rivers-gshhg-line')).toBeLessThan(at9('rivers-ne-line'));
      expect(at9('rivers-ne-line')).toBe(opacity);
    }
    const label = layerById(ls, 'rivers-ne-label');
    expect(evaluate(label, 'text-field', { props: { name_zh: '柳江', name: 'Liu' } })?.toString()).toBe(
      '柳江',
    );
    expect(evaluate(label, 'text-field', { props: { name: 'Liu' } })?.toString()).toBe('Liu');
    expect(evaluate(label, 'symbol-placement')).toBe('line');
    expect(sourceOf(label)).toBe('rivers-ne');
    expect(sourceOf(layerById(ls, 'rivers-gshhg-line'))).toBe('rivers-gshhg');
    expect(evaluate(layerById(ls, 'rivers-ne-line'), 'line-color')).toBe(rgba(PALETTE.river));
    const sources = riversGroup.sources(shippedData()) as Record<string, { data: unknown }>;
    expect(sources['rivers-ne']!.data).toBe(shippedData().base.riversNe);
    expect(sources['rivers-gshhg']!.data).toBe(shippedData().base.riversGshhg);
  });

  it('high-speed lines are deep red and wider; every railway carries the white dash; names from zoom 9', () => {
    const ls = specs(railwaysGroup);
    const casing = layerById(ls, 'railways-casing');
    const hsr = { props: { kind: 'high_speed', name: '贵广高铁' }, geometry: 'LineString' as const };
    const rail = { props: { kind: 'rail', name: '湘桂铁路' }, geometry: 'LineString' as const };
    expect(evaluate(casing, 'line-color', hsr)).toBe(rgba(PALETTE.railHsr));
    expect(evaluate(casing, 'line-color', rail)).toBe(rgba(PALETTE.rail));
    expect(evaluate(casing, 'line-width', hsr)).toBeGreaterThan(
      evaluate(casing, 'line-width', rail) as number,
    );
    const dash = layerById(ls, 'railways-dash');
    expect(evaluate(dash, 'line-color', hsr)).toBe(rgba(PALETTE.railDash));
    expect(evaluate(dash, 'line-dasharray', hsr)).toEqual([3, 3]);
    const label = layerById(ls, 'railways-label');
    expect(label.minzoom).toBe(9);
    expect(passes(label, hsr)).toBe(true);
    expect(passes(label, { props: { kind: 'rail' }, geometry: 'LineString' })).toBe(false);
    expect(evaluate(label, 'text-field', hsr)?.toString()).toBe('贵广高铁');
    expect(evaluate(label, 'text-color', hsr)).toBe(rgba(PALETTE.railHsr));
    expect(evaluate(label, 'symbol-placement')).toBe('line');
  });

  it('stations are white dots named "…站" from zoom 9; the airport a blue disc', () => {
    const ls = specs(stationsGroup);
    const circle = layerById(ls, 'stations-circle');
    expect(evaluate(circle, 'circle-color')).toBe(rgba(PALETTE.station));
    expect(evaluate(circle, 'circle-stroke-color')).toBe(rgba(PALETTE.stationStroke));
    const label = layerById(ls, 'stations-label');
    expect(label.minzoom).toBe(9);
    expect(evaluate(label, 'text-field', { props: { name: '柳州' } })?.toString()).toBe('柳州站');
    // Dark names on a white halo, legible over any line.
    expect(evaluate(label, 'text-color')).toBe(rgba(PALETTE.stationStroke));
    expect(evaluate(label, 'text-halo-color')).toBe(rgba(PALETTE.halo));
    expect(evaluate(label, 'text-halo-width')).toBeGreaterThan(0);
    expect((stationsGroup.sources(shippedData()) as Record<string, { data: unknown }>).stations!.data).toBe(
      shippedData().base.stations,
    );
    const airport = layerById(specs(airportGroup), 'airport-circle');
    expect(evaluate(airport, 'circle-color')).toBe(rgba(PALETTE.airport));
    expect(evaluate(airport, 'circle-stroke-color')).toBe(rgba(PALETTE.halo));
    expect((airportGroup.sources(shippedData()) as Record<string, { data: unknown }>).airport!.data).toBe(
      shippedData().base.airport,
    );
  });
});
