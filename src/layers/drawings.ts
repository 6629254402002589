/**
 * The planners' own drawings, above the plan: each feature carries its colour and label. The source
 * starts empty; the map adapter sets its data from the store (the drawings are not plan data).
 */
import type { FeatureCollection } from 'geojson';
import { DRAWING_COLORS, type Drawing } from '../domain/drawing';
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerGroup, LayerSpecification } from './types';
import { PALETTE } from './palette';
import { TEXT_FONT, TEXT_FONT_BOLD, scaled, visibility } from './paint';

export const DRAWINGS_SOURCE = 'user-drawings';
export const DRAWINGS_LAYERS = {
  fill: 'drawings-fill',
  line: 'drawings-line',
  point: 'drawings-point',
  label: 'drawings-label',
} as const;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The drawings as the GeoJSON the layer reads (id, kind, colour, label in properties). */
export function drawingsGeoJson(drawings: readonly Drawing[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: drawings.map((d) => ({
      type: 'Feature',
      id: d.id,
      geometry: d.geometry,
      properties: { id: d.id, kind: d.kind, color: d.color, label: d.label },
    })),
  };
}

const isType = (...types: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', types]];
/** Each drawing's own colour; the first palette colour (the default, shown in the legend) otherwise. */
const DEFAULT_COLOR = DRAWING_COLORS[0];
const color: ExpressionSpecification = ['coalesce', ['get', 'color'], DEFAULT_COLOR];

export const drawingsGroup: LayerGroup = {
  id: 'drawings',
  title: 'layer.drawings',
  sources: () => ({ [DRAWINGS_SOURCE]: { type: 'geojson', data: EMPTY } }),
  layers: ({ group }) => {
    const v = visibility(group.visible);
    const specs: LayerSpecification[] = [
      {
        id: DRAWINGS_LAYERS.fill,
        type: 'fill',
        source: DRAWINGS_SOURCE,
        filter: isType('Polygon'),
        layout: { visibility: v },
        paint: { 'fill-color': color, 'fill-opacity': scaled(0.18, group.opacity) },
      },
      {
        id: DRAWINGS_LAYERS.line,
        type: 'line',
        source: DRAWINGS_SOURCE,
        filter: isType('LineString', 'Polygon'),
        layout: { visibility: v, 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': color, 'line-width': 3, 'line-opacity': scaled(1, group.opacity) },
      },
      {
        id: DRAWINGS_LAYERS.point,
        type: 'circle',
        source: DRAWINGS_SOURCE,
        filter: ['all', isType('Point'), ['!=', ['get', 'kind'], 'note']],
        layout: { visibility: v },
        paint: {
          'circle-color': color,
          'circle-radius': 7,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
          'circle-opacity': scaled(1, group.opacity),
          'circle-stroke-opacity': scaled(1, group.opacity),
        },
      },
      {
        id: DRAWINGS_LAYERS.label,
        type: 'symbol',
        source: DRAWINGS_SOURCE,
        layout: {
          visibility: v,
          'text-field': ['get', 'label'],
          // Notes are the text itself; other drawings carry their label beside them.
          'text-font': [
            'case',
            ['==', ['get', 'kind'], 'note'],
            ['literal', TEXT_FONT_BOLD],
            ['literal', TEXT_FONT],
          ],
          'text-size': ['case', ['==', ['get', 'kind'], 'note'], 16, 13],
          'text-offset': [
            'case',
            ['==', ['get', 'kind'], 'note'],
            ['literal', [0, 0]],
            ['literal', [0, 1.1]],
          ],
          'text-anchor': ['case', ['==', ['get', 'kind'], 'note'], 'center', 'top'],
          'symbol-placement': 'point',
          'text-allow-overlap': true,
        },
        paint: {
          'text-color': color,
          'text-halo-color': PALETTE.halo,
          'text-halo-width': 2,
          'text-opacity': scaled(1, group.opacity),
        },
      },
    ];
    return specs;
  },
  legend: [
    {
      label: 'legend.drawingShape',
      symbol: { kind: 'fill', color: DEFAULT_COLOR, outline: DEFAULT_COLOR, opacity: 0.3 },
    },
    {
      label: 'legend.drawingPoint',
      symbol: { kind: 'circle', color: DEFAULT_COLOR, stroke: '#ffffff', radius: 5 },
    },
  ],
};
