/** Base geography: land inside Liuzhou, the faded neighbours, county boundaries (names: layers/labels). */
import type { LayerGroup } from './types';
import { PALETTE } from './palette';
import { scaled, visibility } from './paint';

export const COUNTIES_SOURCE = 'counties';
export const MASK_SOURCE = 'city-mask';
export const COUNTIES_LAYERS = {
  fill: 'counties-fill',
  line: 'counties-line',
  cityLine: 'city-boundary-line',
} as const;

export const countiesGroup: LayerGroup = {
  id: 'counties',
  title: 'layer.counties',
  sources: (data) => ({
    [COUNTIES_SOURCE]: { type: 'geojson', data: data.base.counties },
    [MASK_SOURCE]: { type: 'geojson', data: data.base.mask },
  }),
  layers: ({ group, underlay }) => {
    const v = visibility(group.visible);
    return [
      {
        id: COUNTIES_LAYERS.fill,
        type: 'fill',
        source: COUNTIES_SOURCE,
        layout: { visibility: v },
        // Over a basemap only a faint wash remains, so its streets and water show through.
        paint: { 'fill-color': PALETTE.land, 'fill-opacity': scaled(underlay ? 0.2 : 1, group.opacity) },
      },
      {
        id: COUNTIES_LAYERS.line,
        type: 'line',
        source: COUNTIES_SOURCE,
        layout: { visibility: v, 'line-join': 'round' },
        paint: {
          'line-color': PALETTE.countyLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 12, 1.6],
          'line-dasharray': [3, 2],
          'line-opacity': scaled(1, group.opacity),
        },
      },
      {
        // The mask's hole is the city boundary; its outer box edge never comes into view.
        id: COUNTIES_LAYERS.cityLine,
        type: 'line',
        source: MASK_SOURCE,
        layout: { visibility: v, 'line-join': 'round' },
        paint: {
          'line-color': PALETTE.cityLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.6, 12, 3],
          'line-opacity': scaled(1, group.opacity),
        },
      },
    ];
  },
  legend: [
    {
      label: 'legend.county',
      symbol: { kind: 'fill', color: PALETTE.land, outline: PALETTE.countyLine, dashed: true },
    },
    { label: 'legend.cityBoundary', symbol: { kind: 'line', color: PALETTE.cityLine, width: 3 } },
  ],
};

/**
 * The neighbouring areas' fade, drawn above the base rivers and railways (and the plan's lines
 * below them) so that what lies outside Liuzhou recedes; corridor arrows, stations and the plan's
 * points stay above it. Uses the counties group's mask source; not listed in the layer panel.
 */
export const maskGroup: LayerGroup = {
  id: 'mask',
  title: 'layer.counties',
  sources: () => ({}),
  layers: ({ group }) => [
    {
      id: 'city-mask-fill',
      type: 'fill',
      source: MASK_SOURCE,
      layout: { visibility: visibility(group.visible) },
      paint: { 'fill-color': PALETTE.outside, 'fill-opacity': 0.6 },
    },
  ],
  legend: [],
};
