/**
 * Snapping for the measuring modes (analysis/snapping): the plan point drawn nearest the pointer,
 * within SNAP_PX, gives its own coordinates from the data; the measurement then names the sites it is
 * snapped to. County badges are not sites and are never snapped to.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SnapToCustom } from 'terra-draw';
import type { AppData } from '../domain/data';
import type { DrawingGeometry } from '../domain/drawing';
import {
  SNAP_PX,
  nearestOnScreen,
  snapTargets,
  snappedSites,
  targetsByPosition,
  type SnapTarget,
} from '../analysis/snapping';
import { INTERACTIVE_LAYERS } from '../layers';
import { FILTERED_OUT, PROJECTS_LAYERS } from '../layers/projects';

export interface PlanSnapping {
  toCustom: SnapToCustom;
  sitesOf(g: DrawingGeometry | null): SnapTarget[];
}

export function planSnapping(map: MapLibreMap, data: AppData, on: () => boolean): PlanSnapping {
  const targets = snapTargets(data);
  const byPosition = targetsByPosition(targets.values());
  const shownLayers = () =>
    INTERACTIVE_LAYERS.filter(
      (id) =>
        id !== PROJECTS_LAYERS.badge &&
        map.getLayer(id) &&
        map.getLayoutProperty(id, 'visibility') !== 'none',
    );
  const toCustom: SnapToCustom = (e) => {
    const layers = on() ? shownLayers() : [];
    if (!layers.length) return undefined;
    const [x, y] = [e.containerX, e.containerY];
    const candidates = map
      .queryRenderedFeatures(
        [
          [x - SNAP_PX, y - SNAP_PX],
          [x + SNAP_PX, y + SNAP_PX],
        ],
        { layers },
      )
      .filter((f) => f.geometry.type === 'Point' && !f.state?.[FILTERED_OUT])
      .flatMap((f) => {
        const t = targets.get(`${f.source}/${String(f.properties.id)}`);
        return t ? [{ ...map.project(t.lonLat), t }] : [];
      });
    const hit = nearestOnScreen(candidates, { x, y });
    return hit ? [hit.t.lonLat[0], hit.t.lonLat[1]] : undefined;
  };
  return { toCustom, sitesOf: (g) => snappedSites(g, byPosition) };
}
