/**
 * Rivers from two small-scale sources (Natural Earth 1:10M, GSHHG/WDBII), both about 1 km off the
 * real channel. They fade out by zoom 11 so they never mislead at street scale in the city centre.
 */
import type { LayerGroup } from './types';
import { PALETTE } from './palette';
import { TEXT_FONT, sized, visibility, zoomFade } from './paint';

export const RIVERS_NE_SOURCE = 'rivers-ne';
export const RIVERS_GSHHG_SOURCE = 'rivers-gshhg';
export const RIVERS_LAYERS = {
  gshhg: 'rivers-gshhg-line',
  ne: 'rivers-ne-line',
  label: 'rivers-ne-label',
} as const;

/** Coarse data is fully shown up to z9.5 and gone by z11. */
export const RIVER_FADE: Array<[number, number]> = [
  [9.5, 1],
  [11, 0],
];

export const riversGroup: LayerGroup = {
  id: 'rivers',
  title: 'layer.rivers',
  sources: (data) => ({
    [RIVERS_NE_SOURCE]: { type: 'geojson', data: data.base.riversNe },
    [RIVERS_GSHHG_SOURCE]: { type: 'geojson', data: data.base.riversGshhg },
  }),
  layers: ({ group, textScale: k = 1 }) => {
    const v = visibility(group.visible);
    return [
      {
        id: RIVERS_LAYERS.gshhg,
        type: 'line',
        source: RIVERS_GSHHG_SOURCE,
        maxzoom: 11,
        layout: { visibility: v, 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': PALETTE.river,
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1, 10, 1.6],
          'line-opacity': zoomFade(RIVER_FADE, group.opacity * 0.9),
        },
      },
      {
        id: RIVERS_LAYERS.ne,
        type: 'line',
        source: RIVERS_NE_SOURCE,
        maxzoom: 11,
        layout: { visibility: v, 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': PALETTE.river,
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 2, 10, 3.5],
          'line-opacity': zoomFade(RIVER_FADE, group.opacity),
        },
      },
      {
        id: RIVERS_LAYERS.label,
        type: 'symbol',
        source: RIVERS_NE_SOURCE,
        maxzoom: 11,
        layout: {
          visibility: v,
          'symbol-placement': 'line',
          'text-field': ['coalesce', ['get', 'name_zh'], ['get', 'name']],
          'text-font': TEXT_FONT,
          'text-size': sized(12, k),
          'text-letter-spacing': 0.3,
          'symbol-spacing': 320,
        },
        paint: {
          'text-color': PALETTE.riverLabel,
          'text-halo-color': PALETTE.halo,
          'text-halo-width': 1.5,
          'text-opacity': zoomFade(RIVER_FADE, group.opacity),
        },
      },
    ];
  },
  legend: [{ label: 'legend.river', symbol: { kind: 'line', color: PALETTE.river, width: 3 } }],
};
