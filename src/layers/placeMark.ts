/**
 * The brief mark on a place chosen in the search box: its area outlined, or a ring on its point.
 * Dashed when the place is not surveyed (approximate, or known only to its district/county).
 * The map adapter fills the source and empties it again after a few seconds.
 */
import type { FeatureCollection } from 'geojson';
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { visibility } from './paint';
import type { LayerGroup } from './types';
import { SELECTION_COLOR } from './selection';

export const PLACE_MARK_SOURCE = 'place-mark';
export const PLACE_MARK_LAYERS = {
  fill: 'place-mark-fill',
  line: 'place-mark-line',
  dashed: 'place-mark-dashed',
  ring: 'place-mark-ring',
} as const;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const AREA: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const POINT: FilterSpecification = ['==', ['geometry-type'], 'Point'];
const HALO = '#1f1a14';

export const placeMarkGroup: LayerGroup = {
  id: 'placemark',
  title: 'layer.placemark',
  // The ring of an approximate place is 33 px plus its stroke: wider than the app's tile buffer.
  sources: () => ({ [PLACE_MARK_SOURCE]: { type: 'geojson', data: EMPTY, buffer: 64 } }),
  layers: ({ group }) => [
    {
      id: PLACE_MARK_LAYERS.fill,
      type: 'fill',
      source: PLACE_MARK_SOURCE,
      layout: { visibility: visibility(group.visible) },
      filter: AREA,
      paint: { 'fill-color': SELECTION_COLOR, 'fill-opacity': 0.12 },
    },
    {
      id: PLACE_MARK_LAYERS.line,
      type: 'line',
      source: PLACE_MARK_SOURCE,
      layout: { visibility: visibility(group.visible) },
      filter: ['all', AREA, ['!', ['get', 'approximate']]],
      paint: { 'line-color': SELECTION_COLOR, 'line-width': 4 },
    },
    {
      id: PLACE_MARK_LAYERS.dashed,
      type: 'line',
      source: PLACE_MARK_SOURCE,
      layout: { visibility: visibility(group.visible) },
      filter: ['all', AREA, ['get', 'approximate']],
      paint: { 'line-color': SELECTION_COLOR, 'line-width': 4, 'line-dasharray': [2, 1.5] },
    },
    {
      id: PLACE_MARK_LAYERS.ring,
      type: 'circle',
      source: PLACE_MARK_SOURCE,
      layout: { visibility: visibility(group.visible) },
      filter: POINT,
      paint: {
        // An approximate point gets a wide, soft ring: "about here", not a pin.
        'circle-radius': ['case', ['get', 'approximate'], 30, 16],
        'circle-color': SELECTION_COLOR,
        'circle-opacity': ['case', ['get', 'approximate'], 0.18, 0],
        'circle-stroke-color': SELECTION_COLOR,
        'circle-stroke-width': 4,
        'circle-stroke-opacity': 0.95,
        'circle-blur': 0,
      },
    },
    {
      id: `${PLACE_MARK_LAYERS.ring}-halo`,
      type: 'circle',
      source: PLACE_MARK_SOURCE,
      layout: { visibility: visibility(group.visible) },
      filter: POINT,
      paint: {
        'circle-radius': ['case', ['get', 'approximate'], 33, 19],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': HALO,
        'circle-stroke-width': 1.5,
        'circle-stroke-opacity': 0.7,
      },
    },
  ],
  legend: [],
};
