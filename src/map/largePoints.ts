/**
 * What the two ways of drawing a large imported point layer share: the layer description, the
 * overlay interface, the points' look and the point under the pointer (found on the CPU, marked by a
 * page element). deck.gl draws on the GPU (map/deckLayer); on a software renderer, where each of
 * deck.gl's instanced points costs ≈ 20 µs, the points are drawn on the CPU into a canvas over the
 * map (map/rasterPoints), which redraws without a map frame. map/softwareRenderer chooses.
 */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { PointColumns } from '../analysis/importColumns';
import { nearestPoint, shownBy, type PointFilter } from '../analysis/nearestPoint';
import type { PointLook } from '../layers/pointRaster';

/** How a large layer is filtered (the CPU's reading of it is PointFilter's), naming the category field. */
export type LargeFilter =
  | (Extract<PointFilter, { kind: 'category' }> & { field: string })
  | Extract<PointFilter, { kind: 'mask' }>
  | null;

export interface LargePoints {
  id: string;
  cols: PointColumns;
  color: string;
  preview: boolean;
  visible: boolean;
  filter: LargeFilter;
}

export interface LargePointsOverlay {
  update(layers: LargePoints[]): void;
  /** The feature (index in its layer's collection) under a screen point, if any. */
  pick(x: number, y: number): { id: string; featureIndex: number } | null;
  /** Marks the point under a screen point (none for null); whether there is one. */
  hover(at: { x: number; y: number } | null): boolean;
  /** How many distinct points of a layer are drawn in the view. */
  renderedCount(id: string): number;
}

/**
 * How a large layer's points look, drawn either way: a 4 px disc in the layer's colour with a 1 px dark
 * outline; the import preview a 2 px ring in its colour.
 */
export function pointLook(color: string, preview: boolean): PointLook {
  const c = rgb(color);
  return preview
    ? { radius: 4, outline: 2, fill: null, stroke: [...c, 255] }
    : { radius: 4, outline: 1, fill: [...c, 230], stroke: [27, 27, 27, 255] };
}

const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

/** A point is hit within its radius and outline, plus 5 px of slack. */
const PICK_PX = 10;

/**
 * The point under the pointer, marked by a page element over the map rather than drawn with the
 * points: moving it redraws none of them. Transient, so never part of an exported figure.
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

/** Picking and the hover mark over the layers `current()` returns, for either overlay. */
export function pointPointer(map: MapLibreMap, current: () => LargePoints[]) {
  let hovered: { id: string; k: number } | null = null;
  const mark = hoverMark(map);
  const proj = {
    toScreen: (lon: number, lat: number): [number, number] => {
      const p = map.project([lon, lat]);
      return [p.x, p.y];
    },
    toLonLat: (x: number, y: number): [number, number] => map.unproject([x, y]).toArray() as [number, number],
  };
  /** The top-most shown point under (x, y): later layers are drawn over earlier ones. */
  const hit = (x: number, y: number) => {
    const layers = current();
    for (let i = layers.length - 1; i >= 0; i--) {
      const p = layers[i]!;
      if (p.preview || !p.visible) continue;
      const k = nearestPoint(p.cols.positions, shownBy(p.filter), proj, x, y, PICK_PX);
      if (k >= 0) return { id: p.id, k };
    }
    return null;
  };
  /** Shows the mark on the hovered point, or hides it if that point was filtered out, hidden or removed. */
  const refresh = () => {
    const p = hovered && current().find((l) => l.id === hovered!.id);
    if (!hovered || !p || !p.visible || p.preview || !shownBy(p.filter)(hovered.k)) {
      hovered = null;
      mark.hide();
    } else mark.show([p.cols.positions[2 * hovered.k]!, p.cols.positions[2 * hovered.k + 1]!]);
  };
  return {
    refresh,
    pick(x: number, y: number) {
      const h = hit(x, y);
      const p = h && current().find((l) => l.id === h.id);
      return p && h ? { id: p.id, featureIndex: p.cols.featureIndex[h.k]! } : null;
    },
    hover(at: { x: number; y: number } | null) {
      const h = at ? hit(at.x, at.y) : null;
      if (h?.id !== hovered?.id || h?.k !== hovered?.k) {
        hovered = h;
        refresh();
      }
      return hovered !== null;
    },
  };
}
