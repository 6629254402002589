/**
 * Specs of one imported layer (and of the import preview): circles, lines and fills in the layer's
 * colour, with the attribute filter as a MapLibre filter so filtering never rebuilds the data.
 */
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification, LayerSpecification } from './types';

export const PREVIEW_SOURCE = 'import-preview';
export const importedSourceId = (id: string) => `imported-${id}`;
export const IMPORT_COLORS = ['#0077b6', '#c1121f', '#6a994e', '#9d4edd', '#e76f51', '#264653'] as const;

const isType = (...t: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', t]];

/** Substring match on the attribute as text: "contains", the filter planners expect. */
export function attributeFilter(f: { field: string; value: string } | null): ExpressionSpecification | null {
  if (!f || f.value === '') return null;
  return ['in', f.value, ['to-string', ['get', f.field]]];
}

export function importedLayerSpecs(
  source: string,
  color: string,
  filter: ExpressionSpecification | null,
  opts: { visible: boolean; preview?: boolean },
): LayerSpecification[] {
  const v = opts.visible ? 'visible' : 'none';
  const and = (e: ExpressionSpecification): FilterSpecification => (filter ? ['all', e, filter] : e);
  const dash = opts.preview ? { 'line-dasharray': [2, 1] } : {};
  return [
    {
      id: `${source}-fill`,
      type: 'fill',
      source,
      filter: and(isType('Polygon')),
      layout: { visibility: v },
      paint: { 'fill-color': color, 'fill-opacity': 0.2 },
    },
    {
      id: `${source}-line`,
      type: 'line',
      source,
      filter: and(isType('LineString', 'Polygon')),
      layout: { visibility: v },
      paint: { 'line-color': color, 'line-width': 2, ...dash },
    },
    {
      id: `${source}-point`,
      type: 'circle',
      source,
      filter: and(isType('Point')),
      layout: { visibility: v },
      paint: {
        'circle-color': opts.preview ? 'rgba(0,0,0,0)' : color,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 3, 13, 6],
        'circle-stroke-color': opts.preview ? color : '#ffffff',
        'circle-stroke-width': opts.preview ? 2 : 1,
      },
    },
  ];
}

export const layerIdsOf = (source: string) => [`${source}-point`, `${source}-line`, `${source}-fill`];

