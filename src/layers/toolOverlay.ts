/** The "what lies within" buffer outline: a dashed ring over everything, filled faintly. */
import type { FeatureCollection } from 'geojson';
import { visibility } from './paint';
import type { LayerGroup } from './types';

export const TOOL_OVERLAY_SOURCE = 'tool-overlay';
export const TOOL_OVERLAY_LAYERS = { fill: 'tool-buffer-fill', line: 'tool-buffer-line' } as const;
export const BUFFER_COLOR = '#7b2cbf';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export const toolOverlayGroup: LayerGroup = {
  id: 'tools',
  title: 'layer.tools',
  sources: () => ({ [TOOL_OVERLAY_SOURCE]: { type: 'geojson', data: EMPTY } }),
  layers: ({ group }) => [
    {
      id: TOOL_OVERLAY_LAYERS.fill,
      type: 'fill',
      source: TOOL_OVERLAY_SOURCE,
      layout: { visibility: visibility(group.visible) },
      paint: { 'fill-color': BUFFER_COLOR, 'fill-opacity': 0.06 },
    },
    {
      id: TOOL_OVERLAY_LAYERS.line,
      type: 'line',
      source: TOOL_OVERLAY_SOURCE,
      layout: { visibility: visibility(group.visible) },
      paint: { 'line-color': BUFFER_COLOR, 'line-width': 2.5, 'line-dasharray': [3, 2] },
    },
  ],
  legend: [],
};
