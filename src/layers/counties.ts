/** Base geography: land inside Liuzhou, the faded neighbours, county boundaries and names. */
import type { LayerGroup } from './types';
import { PALETTE } from './palette';
import { TEXT_FONT_BOLD, scaled, sized, visibility } from './paint';

/** 一核: the central districts (城中、柳南、柳北、鱼峰). */
export const CENTRAL_DISTRICTS = ['城中区', '柳南区', '柳北区', '鱼峰区'];

export const COUNTIES_SOURCE = 'counties';
export const COUNTY_LABELS_SOURCE = 'county-labels';
export const MASK_SOURCE = 'city-mask';
export const COUNTIES_LAYERS = {
  fill: 'counties-fill',
  line: 'counties-line',
  cityLine: 'city-boundary-line',
  label: 'counties-label',
} as const;

export const countiesGroup: LayerGroup = {
  id: 'counties',
  title: 'layer.counties',
  defaultVisible: true,
  sources: (data) => ({
    [COUNTIES_SOURCE]: { type: 'geojson', data: data.base.counties },
    [COUNTY_LABELS_SOURCE]: { type: 'geojson', data: data.base.countyLabels },
    [MASK_SOURCE]: { type: 'geojson', data: data.base.mask },
  }),
  layers: ({ group, underlay, textScale: k = 1 }) => {
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
      {
        id: COUNTIES_LAYERS.label,
        type: 'symbol',
        source: COUNTY_LABELS_SOURCE,
        layout: {
          visibility: v,
          'text-field': ['get', 'name'],
          'text-font': TEXT_FONT_BOLD,
          // The four central districts are small: their names stay smaller until zoomed in.
          'text-size': [
            'interpolate',
            ['linear'],
            ['zoom'],
            7,
            ['match', ['get', 'name'], CENTRAL_DISTRICTS, sized(10, k), sized(13, k)],
            10,
            ['match', ['get', 'name'], CENTRAL_DISTRICTS, sized(14, k), sized(18, k)],
          ],
          'text-letter-spacing': 0.15,
          // District names are the map's frame of reference: they always show.
          'text-allow-overlap': true,
        },
        paint: {
          'text-color': PALETTE.countyLabel,
          'text-halo-color': PALETTE.halo,
          'text-halo-width': 2,
          'text-opacity': scaled(0.75, group.opacity),
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
  defaultVisible: true,
  hidden: true,
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
