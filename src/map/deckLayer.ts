/**
 * Large imported point layers drawn by deck.gl inside the map's own WebGL context (interleaved), so
 * 100,000 points pan smoothly and an attribute filter only changes GPU uniforms (DataFilterExtension)
 * or one small per-point attribute. Loaded on demand: only when a large layer exists.
 */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import type { PointColumns } from '../analysis/importColumns';
import { nearestPoint, shownBy, type PointFilter } from '../analysis/nearestPoint';

/** How a large layer is filtered (the CPU's reading of it is PointFilter's), naming the category field. */
export type DeckFilter =
  | (Extract<PointFilter, { kind: 'category' }> & { field: string })
  | Extract<PointFilter, { kind: 'mask' }>
  | null;

export interface DeckPoints {
  id: string;
  cols: PointColumns;
  color: string;
  preview: boolean;
  visible: boolean;
  filter: DeckFilter;
}

/** A point is hit within its radius (4 px) and its outline, plus 5 px of slack. */
const PICK_PX = 10;

const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

// One extension instance: its options fix the shader, so every layer shares the same one.
const FILTER = new DataFilterExtension({ filterSize: 1, categorySize: 1 });

/** One data object per layer's columns: a new object would make deck.gl rebuild every attribute. */
type PointsData = { length: number; attributes: { getPosition: { value: Float64Array; size: number } } };
const dataOf = new WeakMap<PointColumns, PointsData>();
function pointsData(cols: PointColumns): PointsData {
  let d = dataOf.get(cols);
  if (!d) {
    d = { length: cols.featureIndex.length, attributes: { getPosition: { value: cols.positions, size: 2 } } };
    dataOf.set(cols, d);
  }
  return d;
}

function layerOf(p: DeckPoints) {
  const f = p.filter;
  const color = rgb(p.color);
  return new ScatterplotLayer({
    id: p.id,
    data: pointsData(p.cols),
    visible: p.visible,
    // Pickable even as a preview: counting what is drawn goes through picking. Hover and click
    // are found on the CPU (pick below).
    pickable: true,
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
  /** Marks the point under a screen point (none for null); whether there is one. */
  hover(at: { x: number; y: number } | null): boolean;
  /** How many distinct points of a layer are drawn in the view (GPU picking). */
  renderedCount(id: string): number;
  destroy(): void;
}

/**
 * The point under the pointer, marked by a page element over the map rather than drawn by deck.gl:
 * moving it redraws none of the points (one frame of 100,000 of them takes seconds on a software
 * renderer). Transient, so never part of an exported figure.
 */
function hoverMark(map: MapLibreMap) {
  const el = document.createElement('div');
  el.className = 'point-hover';
  el.dataset.testid = 'point-hover';
  const marker = new Marker({ element: el });
  let shown = false;
  return {
    show(lonLat: [number, number]) {
      marker.setLngLat(lonLat);
      if (!shown) marker.addTo(map);
      shown = true;
    },
    hide() {
      if (shown) marker.remove();
      shown = false;
    },
  };
}

export function createDeckPointsOverlay(map: MapLibreMap): DeckPointsOverlay {
  // deck's own picking runs on every pointer move, press and click, and each reads pixels back:
  // the page then waits for the frames still being drawn. It is off except to count (below).
  // The cursor belongs to the map and the drawing tools: deck.gl would set its own on every move.
  const overlay = new MapLibreOverlay({
    interleaved: true,
    layers: [],
    _pickable: false,
    getCursor: () => map.getCanvas().style.cursor,
  });
  map.addControl(overlay);
  let current: DeckPoints[] = [];
  let hovered: { id: string; k: number } | null = null;
  const mark = hoverMark(map);
  const showHovered = () => {
    const p = hovered && current.find((l) => l.id === hovered!.id);
    if (!hovered || !p || !p.visible || p.preview || !shownBy(p.filter)(hovered.k)) {
      hovered = null;
      mark.hide();
    } else mark.show([p.cols.positions[2 * hovered.k]!, p.cols.positions[2 * hovered.k + 1]!]);
  };
  const proj = {
    toScreen: (lon: number, lat: number): [number, number] => {
      const p = map.project([lon, lat]);
      return [p.x, p.y];
    },
    toLonLat: (x: number, y: number): [number, number] => map.unproject([x, y]).toArray() as [number, number],
  };
  /** The top-most shown point under (x, y): later layers are drawn over earlier ones. */
  const hit = (x: number, y: number) => {
    for (let i = current.length - 1; i >= 0; i--) {
      const p = current[i]!;
      if (p.preview || !p.visible) continue;
      const k = nearestPoint(p.cols.positions, shownBy(p.filter), proj, x, y, PICK_PX);
      if (k >= 0) return { id: p.id, k };
    }
    return null;
  };
  return {
    update(layers) {
      current = layers;
      overlay.setProps({ layers: current.map(layerOf) });
      map.triggerRepaint();
      // The marked point may have been filtered out, hidden or removed meanwhile.
      showHovered();
    },
    pick(x, y) {
      const h = hit(x, y);
      const p = h && current.find((l) => l.id === h.id);
      return p && h ? { id: p.id, featureIndex: p.cols.featureIndex[h.k]! } : null;
    },
    hover(at) {
      const h = at ? hit(at.x, at.y) : null;
      if (h?.id !== hovered?.id || h?.k !== hovered?.k) {
        hovered = h;
        showHovered();
      }
      return hovered !== null;
    },
    renderedCount(id) {
      const c = map.getCanvas();
      overlay.setProps({ _pickable: true });
      try {
        return overlay.pickObjects({
          x: 0,
          y: 0,
          width: c.clientWidth,
          height: c.clientHeight,
          layerIds: [id],
        }).length;
      } finally {
        overlay.setProps({ _pickable: false });
      }
    },
    destroy() {
      mark.hide();
      map.removeControl(overlay);
    },
  };
}
