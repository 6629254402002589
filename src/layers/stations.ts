/** OSM railway stations: small white circles, names from zoom 9. */
import type { LayerGroup } from './types';
import { PALETTE } from './palette';
import { TEXT_FONT, scaled, sized, visibility } from './paint';
import { BESIDE_MARKER } from './planItems';

export const STATIONS_SOURCE = 'stations';
export const STATIONS_LAYERS = { circle: 'stations-circle', label: 'stations-label' } as const;

export const stationsGroup: LayerGroup = {
  id: 'stations',
  title: 'layer.stations',
  sources: (data) => ({ [STATIONS_SOURCE]: { type: 'geojson', data: data.base.stations } }),
  layers: ({ group, textScale: k = 1 }) => {
    const v = visibility(group.visible);
    return [
      {
        id: STATIONS_LAYERS.circle,
        type: 'circle',
        source: STATIONS_SOURCE,
        layout: { visibility: v },
        paint: {
          'circle-color': PALETTE.station,
          'circle-stroke-color': PALETTE.stationStroke,
          'circle-stroke-width': 1.5,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 2.5, 12, 5],
          'circle-opacity': scaled(1, group.opacity),
          'circle-stroke-opacity': scaled(1, group.opacity),
        },
      },
      {
        id: STATIONS_LAYERS.label,
        type: 'symbol',
        source: STATIONS_SOURCE,
        minzoom: 9,
        layout: {
          visibility: v,
          'text-field': ['concat', ['get', 'name'], '站'],
          'text-font': TEXT_FONT,
          'text-size': sized(11, k),
          ...BESIDE_MARKER,
        },
        paint: {
          'text-color': PALETTE.stationStroke,
          'text-halo-color': PALETTE.halo,
          'text-halo-width': 1.5,
          'text-opacity': scaled(1, group.opacity),
        },
      },
    ];
  },
  legend: [
    {
      label: 'legend.station',
      symbol: { kind: 'circle', color: PALETTE.station, stroke: PALETTE.stationStroke, radius: 4 },
    },
  ],
};
