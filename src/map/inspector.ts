/**
 * A read-only window onto what is drawn, for browser tests and debugging: which layers exist and
 * are visible, which features are rendered, and the camera. It cannot change the map, save one
 * rendering switch that exists to prove two ways of drawing give the same pixels.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { FILTERED_OUT } from '../layers/projects';
import type { Camera } from '../state/viewSlice';
import { readCamera } from './camera';
import { largePointsDrawn } from './importedLayers';
import { maskStats } from './tileMasks';

export interface MapInspector {
  layerIds(): string[];
  visibleLayerIds(): string[];
  renderedFeatureIds(layerIds: string[]): string[];
  /** Values of one property of the features rendered in the given layers. */
  renderedProperty(layerIds: string[], key: string): string[];
  camera(): Camera;
  /** The map's current padding (CSS px), which framing moves may leave set. */
  padding(): { top: number; right: number; bottom: number; left: number };
  /** Screen position (CSS px, relative to the map element) of a lon/lat. */
  project(lonLat: [number, number]): { x: number; y: number };
  /** A layout property of a layer as the map holds it (e.g. text-size). */
  layoutProperty(layerId: string, name: string): unknown;
  /** Feature-state of one feature (hover/selected emphasis). */
  featureState(source: string, id: string): Record<string, unknown>;
  /** Resolves after the next complete render (MapLibre `idle`). */
  whenIdle(): Promise<void>;
  /** Resolves at the map's next `idle` without asking for a frame (what an input caused). */
  nextIdle(): Promise<void>;
  /** Distinct points of a large imported layer drawn in the view; null until their drawing has loaded. */
  largePointsDrawn(sourceId: string): number | null;
  /** The boxes of the labels MapLibre placed in the given layers (see placedLabels). */
  placedLabels(layerIds: string[]): PlacedBox[];
  /** Screen discs of the circle markers drawn in the given layers (filtered-out ones left out). */
  markerDiscs(layerIds: string[]): MarkerDisc[];
  /** Tile clipping mask sets drawn and reused since the map started (see tileMasks). */
  tileMasks(): { drawn: number; reused: number };
  /** Turns mask reuse on or off, then resolves after the next complete render. */
  shareTileMasks(on: boolean): Promise<void>;
}

export interface PlacedBox {
  layer: string;
  /** Name (or id) of the feature whose label this is. */
  name: string;
  /** Screen box, CSS px relative to the map element. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface MarkerDisc {
  layer: string;
  name: string;
  x: number;
  y: number;
  r: number;
}

export function exposeInspector(container: HTMLElement, map: MapLibreMap): void {
  const inspector: MapInspector = {
    layerIds: () => map.getStyle().layers.map((l) => l.id),
    visibleLayerIds: () =>
      map
        .getStyle()
        .layers.filter((l) => l.layout?.visibility !== 'none')
        .map((l) => l.id),
    renderedFeatureIds: (layerIds) => {
      const existing = layerIds.filter((id) => map.getLayer(id));
      const feats = (existing.length ? map.queryRenderedFeatures({ layers: existing }) : []).filter(
        (f) => !f.state?.[FILTERED_OUT],
      );
      return [...new Set(feats.map((f) => String(f.properties?.id ?? f.properties?.name ?? f.id)))];
    },
    renderedProperty: (layerIds, key) => {
      const existing = layerIds.filter((id) => map.getLayer(id));
      const feats = existing.length ? map.queryRenderedFeatures({ layers: existing }) : [];
      return [...new Set(feats.map((f) => String(f.properties?.[key] ?? '')))];
    },
    camera: () => readCamera(map),
    padding: () => map.getPadding() as { top: number; right: number; bottom: number; left: number },
    featureState: (source, id) => map.getFeatureState({ source, id }),
    layoutProperty: (layerId, name) =>
      map.getLayer(layerId) ? map.getLayoutProperty(layerId, name as 'visibility') : undefined,
    project: (lonLat) => {
      const p = map.project(lonLat);
      return { x: p.x, y: p.y };
    },
    largePointsDrawn: (id) => largePointsDrawn(map, id),
    placedLabels: placedLabels(map),
    markerDiscs: markerDiscs(map),
    whenIdle: () => idle(map),
    nextIdle: () => new Promise<void>((resolve) => map.once('idle', () => resolve())),
    tileMasks: () => ({ drawn: maskStats.drawn, reused: maskStats.reused }),
    shareTileMasks: (on) => {
      maskStats.enabled = on;
      return idle(map);
    },
  };
  (container as HTMLElement & { inspector?: MapInspector }).inspector = inspector;
}

const idle = (map: MapLibreMap) =>
  new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });

/** The parts of MapLibre's placement state read here (internal, hence typed locally). */
interface GridLike {
  bboxes: number[];
  boxKeys: Array<{ bucketInstanceId: number }>;
}
interface PlacementLike {
  collisionIndex: { grid: GridLike; ignoredGrid: GridLike };
  retainedQueryData: Record<number, { bucketIndex: number; featureIndex: { bucketLayerIDs: string[][] } }>;
}
/** The collision grid is offset by this margin around the viewport. */
const GRID_PADDING = 100;

/**
 * The collision boxes of the placed labels, as MapLibre's last placement recorded them (both the
 * boxes that block others and those drawn regardless), so a test measures what the map decided
 * rather than an estimate of it.
 */
function placedLabels(map: MapLibreMap) {
  return (layerIds: string[]): PlacedBox[] => {
    const placement = (map as unknown as { style: { placement?: PlacementLike } }).style.placement;
    if (!placement) return [];
    const wanted = new Set(layerIds);
    const out: PlacedBox[] = [];
    for (const grid of [placement.collisionIndex.grid, placement.collisionIndex.ignoredGrid]) {
      grid.boxKeys.forEach((key, i) => {
        const q = placement.retainedQueryData[key.bucketInstanceId];
        const layer = q?.featureIndex.bucketLayerIDs[q.bucketIndex]?.[0];
        if (!layer || !wanted.has(layer)) return;
        const [x1, y1, x2, y2] = grid.bboxes.slice(i * 4, i * 4 + 4).map((v) => v - GRID_PADDING) as [
          number,
          number,
          number,
          number,
        ];
        const hit = map.queryRenderedFeatures(
          [
            [(x1 + x2) / 2 - 1, (y1 + y2) / 2 - 1],
            [(x1 + x2) / 2 + 1, (y1 + y2) / 2 + 1],
          ],
          { layers: [layer] },
        )[0];
        const name = featureName(hit?.properties);
        out.push({ layer, name, x1, y1, x2, y2 });
      });
    }
    return out;
  };
}

interface CircleLayerLike {
  paint: {
    get(name: string): { evaluate(feature: unknown, state: unknown): number };
  };
}

function markerDiscs(map: MapLibreMap) {
  return (layerIds: string[]): MarkerDisc[] => {
    const out = new Map<string, MarkerDisc>();
    for (const layer of layerIds.filter((id) => map.getLayer(id))) {
      const style = (map as unknown as { style: { getLayer(id: string): CircleLayerLike } }).style.getLayer(
        layer,
      );
      for (const f of map.queryRenderedFeatures({ layers: [layer] })) {
        if (f.state?.[FILTERED_OUT] || f.geometry.type !== 'Point') continue;
        const name = featureName(f.properties) || String(f.id);
        const feature = { type: 1, id: f.id, properties: f.properties };
        const r =
          style.paint.get('circle-radius').evaluate(feature, f.state ?? {}) +
          style.paint.get('circle-stroke-width').evaluate(feature, f.state ?? {});
        const p = map.project(f.geometry.coordinates as [number, number]);
        out.set(`${layer}/${name}`, { layer, name, x: p.x, y: p.y, r });
      }
    }
    return [...out.values()];
  };
}

const featureName = (p: Record<string, unknown> | undefined): string =>
  String(p?.text ?? p?.name_zh ?? p?.name ?? p?.label_zh ?? p?.id ?? '');
