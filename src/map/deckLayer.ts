/**
 * Large imported point layers drawn by deck.gl inside the map's own WebGL context (interleaved), so
 * 100,000 points pan smoothly and an attribute filter only changes GPU uniforms (DataFilterExtension)
 * or one small per-point attribute. Loaded on demand: only when a large layer exists.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import type { PointColumns } from '../analysis/importColumns';

/** How a large layer is filtered: by category codes on the GPU, or by a 0/1 mask when values are many. */
export type DeckFilter =
  | { kind: 'category'; field: string; codes: Uint32Array; selected: number[] }
  | { kind: 'mask'; mask: Float32Array }
  | null;

export interface DeckPoints {
  id: string;
  cols: PointColumns;
  color: string;
  preview: boolean;
  visible: boolean;
  filter: DeckFilter;
}

const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

// One extension instance: its options fix the shader, so every layer shares the same one.
const FILTER = new DataFilterExtension({ filterSize: 1, categorySize: 1 });

function layerOf(p: DeckPoints) {
  const n = p.cols.featureIndex.length;
  const f = p.filter;
  const color = rgb(p.color);
  return new ScatterplotLayer({
    id: p.id,
    data: { length: n, attributes: { getPosition: { value: p.cols.positions, size: 2 } } },
    visible: p.visible,
    // Pickable even as a preview: counting what is drawn goes through picking.
    pickable: true,
    autoHighlight: !p.preview,
    highlightColor: [255, 190, 11, 255],
    radiusUnits: 'pixels',
    getRadius: 4,
    stroked: true,
    filled: !p.preview,
    lineWidthUnits: 'pixels',
    getLineWidth: p.preview ? 2 : 1,
    getFillColor: [...color, 230],
    getLineColor: p.preview ? [...color, 255] : [27, 27, 27, 255],
    extensions: [FILTER],
    filterEnabled: f !== null,
    // Mask mode: 1 passes. Category mode: the value is a constant 1 and the category decides.
    getFilterValue: f?.kind === 'mask' ? (_: unknown, { index }: { index: number }) => f.mask[index]! : 1,
    filterRange: [0.5, 1.5],
    // Always per point (never a constant): a constant integer attribute mismatches the shader's type.
    getFilterCategory:
      f?.kind === 'category' ? (_: unknown, { index }: { index: number }) => f.codes[index]! : () => 0,
    filterCategories: f?.kind === 'category' ? f.selected : [0],
    updateTriggers: {
      getFilterValue: f?.kind === 'mask' ? f.mask : null,
      getFilterCategory: f?.kind === 'category' ? f.codes : null,
    },
  });
}

export interface DeckPointsOverlay {
  update(layers: DeckPoints[]): void;
  /** The feature (index in its layer's collection) under a screen point, if any. */
  pick(x: number, y: number): { id: string; featureIndex: number } | null;
  /** How many distinct points of a layer are drawn in the view (GPU picking). */
  renderedCount(id: string): number;
  destroy(): void;
}

export function createDeckPointsOverlay(map: MapLibreMap): DeckPointsOverlay {
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
  map.addControl(overlay);
  let current: DeckPoints[] = [];
  return {
    update(layers) {
      current = layers;
      overlay.setProps({ layers: layers.map(layerOf) });
      map.triggerRepaint();
    },
    pick(x, y) {
      const info = overlay.pickObject({ x, y, radius: 5 });
      const p = info?.layer ? current.find((l) => l.id === info.layer!.id && !l.preview) : undefined;
      return p && info && info.index >= 0
        ? { id: p.id, featureIndex: p.cols.featureIndex[info.index]! }
        : null;
    },
    renderedCount(id) {
      const c = map.getCanvas();
      return overlay.pickObjects({
        x: 0,
        y: 0,
        width: c.clientWidth,
        height: c.clientHeight,
        layerIds: [id],
      }).length;
    },
    destroy() {
      map.removeControl(overlay);
    },
  };
}
