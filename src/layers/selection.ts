/**
 * A highlight drawn on top of everything for the selected feature: a ring for points, a wide halo
 * for lines and outlines. Built only for the selected feature's source, filtered to its id.
 */
import type { FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerGroup } from './types';

export const SELECTION_COLOR = '#ffd400';
export const SELECTION_LAYERS = { ring: 'selection-ring', line: 'selection-line' } as const;

export const selectionGroup: LayerGroup = {
  id: 'selection',
  title: 'layer.selection',
  sources: () => ({}),
  layers: ({ selected }) => {
    if (!selected) return [];
    const byId: FilterSpecification = ['==', ['get', 'id'], selected.id];
    const points: FilterSpecification = [
      'all',
      byId,
      // A county-level project has no site to ring.
      ['!=', ['get', 'placement_scope'], 'county'],
      ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]],
    ];
    const lines: FilterSpecification = [
      'all',
      byId,
      ['!', ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]]],
    ];
    const layers: LayerSpecification[] = [
      {
        id: SELECTION_LAYERS.line,
        type: 'line',
        source: selected.source,
        filter: lines,
        paint: { 'line-color': SELECTION_COLOR, 'line-width': 7, 'line-opacity': 0.75 },
      },
      {
        id: SELECTION_LAYERS.ring,
        type: 'circle',
        source: selected.source,
        filter: points,
        paint: {
          'circle-radius': 13,
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': SELECTION_COLOR,
          'circle-stroke-width': 4,
        },
      },
    ];
    return layers;
  },
  legend: [],
};
