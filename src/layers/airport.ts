/** 柳州白莲机场 (OurAirports reference point); its name is drawn with the place names (layers/labels). */
import type { LayerGroup } from './types';
import { PALETTE } from './palette';
import { scaled, visibility } from './paint';

export const AIRPORT_SOURCE = 'airport';
export const AIRPORT_LAYERS = { circle: 'airport-circle' } as const;

export const airportGroup: LayerGroup = {
  id: 'airport',
  title: 'layer.airport',
  sources: (data) => ({ [AIRPORT_SOURCE]: { type: 'geojson', data: data.base.airport } }),
  layers: ({ group }) => {
    const v = visibility(group.visible);
    return [
      {
        id: AIRPORT_LAYERS.circle,
        type: 'circle',
        source: AIRPORT_SOURCE,
        layout: { visibility: v },
        paint: {
          'circle-color': PALETTE.airport,
          'circle-stroke-color': PALETTE.halo,
          'circle-stroke-width': 2,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 5, 12, 9],
          'circle-opacity': scaled(1, group.opacity),
          'circle-stroke-opacity': scaled(1, group.opacity),
        },
      },
    ];
  },
  legend: [
    {
      label: 'legend.airport',
      symbol: { kind: 'circle', color: PALETTE.airport, stroke: PALETTE.halo, radius: 5 },
    },
  ],
};
