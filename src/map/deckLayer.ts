/**
 * Large imported point layers drawn by deck.gl inside the map's own WebGL context (interleaved), so
 * 100,000 points pan smoothly and an attribute filter only changes GPU uniforms (DataFilterExtension)
 * or one small per-point attribute. Used where WebGL runs on a graphics card (see map/largePoints);
 * loaded on demand: only when a large layer exists.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import type { PointColumns } from '../analysis/importColumns';
import { pointLook, pointPointer, type LargePoints, type LargePointsOverlay } from './largePoints';

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

function layerOf(p: LargePoints) {
  const f = p.filter;
  const look = pointLook(p.color, p.preview);
  return new ScatterplotLayer({
    id: p.id,
    data: pointsData(p.cols),
    visible: p.visible,
    // Pickable even as a preview: counting what is drawn goes through picking. Hover and click
    // are found on the CPU (pick below).
    pickable: true,
    radiusUnits: 'pixels',
    getRadius: look.radius,
    stroked: true,
    filled: look.fill !== null,
    lineWidthUnits: 'pixels',
    getLineWidth: look.outline,
    getFillColor: [...(look.fill ?? look.stroke)],
    getLineColor: [...look.stroke],
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

export function createDeckPointsOverlay(map: MapLibreMap): LargePointsOverlay {
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
  let current: LargePoints[] = [];
  const pointer = pointPointer(map, () => current);
  return {
    update(layers) {
      current = layers;
      overlay.setProps({ layers: current.map(layerOf) });
      map.triggerRepaint();
      // The marked point may have been filtered out, hidden or removed meanwhile.
      pointer.refresh();
    },
    pick: pointer.pick,
    hover: pointer.hover,
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
  };
}
