/**
 * The registry of layer groups, in drawing order (bottom first). Adding a theme = write one file
 * exporting a LayerGroup and list it here.
 */
import type { AppData } from '../domain/data';
import { isOverlay, type LayerGroupId } from '../domain/layerGroups';
import type { LayerGroup, LayerSpecification, SourceSpecification, SpecInput } from './types';
import { countiesGroup, maskGroup } from './counties';
import { riversGroup } from './rivers';
import { railwaysGroup } from './railways';
import { stationsGroup } from './stations';
import { airportGroup } from './airport';
import { projectsGroup } from './projects';
import { selectionGroup } from './selection';
import { placeMarkGroup } from './placeMark';
import { drawingsGroup } from './drawings';
import { toolOverlayGroup } from './toolOverlay';
import { othersGroup } from './others';
import { implementationGroup } from './implementation';
import { labelsGroup } from './labels';
import { withSharedPrograms } from './sharedPrograms';
import {
  airGroup,
  channelsGroup,
  countyGroup,
  pipelineGroup,
  railportGroup,
  railProjectsGroup,
  roadGroup,
  structureGroup,
  townsGroup,
  hubsGroup,
  worksGroup,
  waterGroup,
} from './planThemes';

export const LAYER_GROUPS: readonly LayerGroup[] = [
  countiesGroup,
  structureGroup,
  countyGroup,
  riversGroup,
  waterGroup,
  pipelineGroup,
  roadGroup,
  railwaysGroup,
  maskGroup,
  railProjectsGroup,
  channelsGroup,
  stationsGroup,
  airportGroup,
  airGroup,
  railportGroup,
  townsGroup,
  hubsGroup,
  worksGroup,
  othersGroup,
  projectsGroup,
  labelsGroup,
  toolOverlayGroup,
  drawingsGroup,
  implementationGroup,
  placeMarkGroup,
  selectionGroup,
];

export const LAYER_GROUP_IDS = LAYER_GROUPS.map((g) => g.id) as LayerGroupId[];

/** Groups the user can toggle (and that links record). */
export const USER_GROUP_IDS = LAYER_GROUPS.filter((g) => !isOverlay(g.id)).map((g) => g.id) as LayerGroupId[];

export const groupById = (id: LayerGroupId): LayerGroup => LAYER_GROUPS.find((g) => g.id === id)!;

/**
 * Tile buffer of the app's GeoJSON sources, in pixels of a 512-pixel tile. MapLibre's default, 128
 * (a quarter of a tile on each side), has every tile cut, triangulate and draw much of its
 * neighbours' geometry as well; with 32 the first open took 4–10 % less time (side by side). A buffer
 * must be wider than any mark a layer draws across a tile's edge (half a line, a circle with its
 * stroke, in presentation too), or the part beyond the edge is cut off there: tests/unit/tileBuffer
 * checks every layer against its source. A source with wider marks sets its own (the place mark).
 */
export const TILE_BUFFER = 32;

export const withTileBuffer = (
  sources: Record<string, SourceSpecification>,
): Record<string, SourceSpecification> =>
  Object.fromEntries(
    Object.entries(sources).map(([id, s]) => [
      id,
      s.type === 'geojson' && s.buffer === undefined ? { ...s, buffer: TILE_BUFFER } : s,
    ]),
  );

/**
 * Sources are added only once their group is first shown: hidden themes cost nothing at start-up.
 * Each group's sources are built once, so the applier can skip them by reference.
 */
export function createSourceTracker(data: AppData) {
  const built = new Map<LayerGroupId, Record<string, SourceSpecification>>();
  let current: Record<string, SourceSpecification> = {};
  return (visible: (id: LayerGroupId) => boolean): Record<string, SourceSpecification> => {
    let grew = false;
    for (const g of LAYER_GROUPS) {
      if (!built.has(g.id) && visible(g.id)) {
        built.set(g.id, withTileBuffer(g.sources(data)));
        grew = true;
      }
    }
    if (grew) current = Object.assign({}, ...built.values());
    return current;
  };
}

/** Every group's sources, as the map gets them once every group has been shown. */
export const allSources = (data: AppData): Record<string, SourceSpecification> =>
  createSourceTracker(data)(() => true);

/** Interactive layer ids, topmost group first (the order clicks are resolved in). */
export const INTERACTIVE_LAYERS: string[] = [...LAYER_GROUPS].reverse().flatMap((g) => g.interactive ?? []);

export type GroupInputs = Record<LayerGroupId, SpecInput>;

/**
 * Memoised per group: a group whose input is shallow-equal to last time returns the very same
 * layer objects, so the adapter skips it by reference. Paint is then written so that layers of a
 * type share one shader program (layers/sharedPrograms).
 */
export function createLayerBuilder() {
  const cache = new Map<LayerGroupId, { input: SpecInput; layers: LayerSpecification[] }>();
  let last: LayerSpecification[] | null = null;
  return (inputs: GroupInputs): LayerSpecification[] => {
    let changed = false;
    const layers = LAYER_GROUPS.flatMap((g) => {
      const input = inputs[g.id];
      const hit = cache.get(g.id);
      if (hit && sameInput(hit.input, input)) return hit.layers;
      changed = true;
      const built = g.layers(input);
      cache.set(g.id, { input, layers: built });
      return built;
    });
    // No group changed: the shared-program pass would give the same layers again.
    if (!changed && last) return last;
    return (last = withSharedPrograms(layers));
  };
}

/**
 * Store updates are immutable, so unchanged parts of the input keep their references; the peers and
 * the overlays' group state (hidden while empty) are made anew on each call, so compared by value.
 */
function sameInput(a: SpecInput, b: SpecInput): boolean {
  const keys = Object.keys(a) as Array<keyof SpecInput>;
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (k) =>
        a[k] === b[k] ||
        (k === 'peers' && shallowEqual(a.peers!, b.peers!)) ||
        (k === 'group' && shallowEqual(a.group, b.group)),
    )
  );
}

const shallowEqual = (a: object, b: object) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([k, v]) => (b as Record<string, unknown>)[k] === v);
