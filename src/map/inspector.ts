/**
 * A read-only window onto what is drawn, for browser tests and debugging: which layers exist and
 * are visible, which features are rendered, and the camera. It cannot change the map.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { FILTERED_OUT } from '../layers/projects';
import type { Camera } from '../state/viewSlice';
import { readCamera } from './camera';
import { deckRenderedCount } from './importedLayers';

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
  /** Distinct points of a large (GPU-drawn) imported layer in the view; null if none is loaded. */
  deckRenderedCount(sourceId: string): number | null;
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
    deckRenderedCount: (id) => deckRenderedCount(map, id),
    whenIdle: () =>
      new Promise((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  };
  (container as HTMLElement & { inspector?: MapInspector }).inspector = inspector;
}
