/** OSM railways: conventional lines in grey, high-speed in deep red, both with the classic white dash. */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerGroup } from './types';
import { PALETTE } from './palette';
import { TEXT_FONT, scaled, sized, visibility } from './paint';

export const RAILWAYS_SOURCE = 'railways';
export const RAILWAYS_LAYERS = {
  casing: 'railways-casing',
  dash: 'railways-dash',
  label: 'railways-label',
} as const;

const isHsr: ExpressionSpecification = ['==', ['get', 'kind'], 'high_speed'];
const railColor: ExpressionSpecification = ['case', isHsr, PALETTE.railHsr, PALETTE.rail];

export const railwaysGroup: LayerGroup = {
  id: 'railways',
  title: 'layer.railways',
  sources: (data) => ({ [RAILWAYS_SOURCE]: { type: 'geojson', data: data.base.railways } }),
  layers: ({ group, textScale: k = 1 }) => {
    const v = visibility(group.visible);
    return [
      {
        id: RAILWAYS_LAYERS.casing,
        type: 'line',
        source: RAILWAYS_SOURCE,
        layout: { visibility: v, 'line-join': 'round' },
        paint: {
          'line-color': railColor,
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            7,
            ['case', isHsr, 2.4, 1.8],
            13,
            ['case', isHsr, 5, 4],
          ],
          'line-opacity': scaled(1, group.opacity),
        },
      },
      {
        id: RAILWAYS_LAYERS.dash,
        type: 'line',
        source: RAILWAYS_SOURCE,
        minzoom: 8,
        layout: { visibility: v },
        paint: {
          'line-color': PALETTE.railDash,
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 13, 2],
          'line-dasharray': [3, 3],
          'line-opacity': scaled(1, group.opacity),
        },
      },
      {
        id: RAILWAYS_LAYERS.label,
        type: 'symbol',
        source: RAILWAYS_SOURCE,
        minzoom: 9,
        filter: ['has', 'name'],
        layout: {
          visibility: v,
          'symbol-placement': 'line',
          'text-field': ['get', 'name'],
          'text-font': TEXT_FONT,
          'text-size': sized(11, k),
          'symbol-spacing': 400,
        },
        paint: {
          'text-color': railColor,
          'text-halo-color': PALETTE.halo,
          'text-halo-width': 1.5,
          'text-opacity': scaled(1, group.opacity),
        },
      },
    ];
  },
  legend: [
    { label: 'legend.rail', symbol: { kind: 'line', color: PALETTE.rail, width: 3, dashed: true } },
    { label: 'legend.railHsr', symbol: { kind: 'line', color: PALETTE.railHsr, width: 3.5, dashed: true } },
  ],
};
