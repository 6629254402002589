/**
 * Applies source and layer specs to a map, touching only what changed since the last call:
 * unchanged specs are skipped by reference, changed layers get only the setters they need.
 */
import type {
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';

/** The part of maplibre's Map the applier uses (a fake implements it in tests). */
export interface MapLike {
  addSource(id: string, source: SourceSpecification): unknown;
  removeSource(id: string): unknown;
  getSource(id: string): unknown;
  addLayer(layer: LayerSpecification, beforeId?: string): unknown;
  removeLayer(id: string): unknown;
  setPaintProperty(layerId: string, name: string, value: unknown): unknown;
  setLayoutProperty(layerId: string, name: string, value: unknown): unknown;
  setFilter(layerId: string, filter?: FilterSpecification | null): unknown;
  setLayerZoomRange(layerId: string, minzoom: number, maxzoom: number): unknown;
  setFeatureState(feature: { source: string; id: string }, state: Record<string, unknown>): unknown;
}

interface GeoJSONSourceLike {
  setData(data: unknown): unknown;
}

export interface SpecApplier {
  apply(sources: Record<string, SourceSpecification>, layers: LayerSpecification[]): void;
  /**
   * Sets a boolean feature-state `key` to true on exactly the given ids of a source (false on the
   * ones that had it), touching only the features whose flag changes.
   */
  applyFlags(source: string, key: string, ids: ReadonlySet<string>): void;
}

type AnyLayer = LayerSpecification & {
  source?: string;
  filter?: FilterSpecification;
  minzoom?: number;
  maxzoom?: number;
  paint?: Record<string, unknown>;
  layout?: Record<string, unknown>;
};

/**
 * Sources with a shown label layer are added first. The map's worker takes sources in the order
 * they were added, and a label can only be laid out once its glyphs have come back from the page:
 * asked for first, they arrive while the other sources are still being cut into tiles.
 */
export function labelSourcesFirst(
  sources: Record<string, SourceSpecification>,
  layers: ReadonlyArray<{ type: string; source?: string; layout?: Record<string, unknown> }>,
): Array<[string, SourceSpecification]> {
  const labelled = new Set(
    layers.filter((l) => l.type === 'symbol' && l.layout?.visibility !== 'none').map((l) => l.source),
  );
  const entries = Object.entries(sources);
  return [...entries.filter(([id]) => labelled.has(id)), ...entries.filter(([id]) => !labelled.has(id))];
}

export function createSpecApplier(map: MapLike): SpecApplier {
  let prevSources: Record<string, SourceSpecification> = {};
  let prevLayers = new Map<string, AnyLayer>();

  function applySources(next: Record<string, SourceSpecification>, layers: AnyLayer[]) {
    for (const [id, spec] of labelSourcesFirst(next, layers)) {
      const prev = prevSources[id];
      if (prev === spec) continue;
      if (!prev) {
        map.addSource(id, spec);
      } else if (prev.type === 'geojson' && spec.type === 'geojson' && sameExcept(prev, spec, 'data')) {
        if (prev.data !== spec.data) (map.getSource(id) as GeoJSONSourceLike).setData(spec.data);
      } else {
        // Any other change needs a fresh source: drop its layers first, they are re-added below.
        for (const [lid, l] of prevLayers) {
          if (l.source === id) {
            map.removeLayer(lid);
            prevLayers.delete(lid);
          }
        }
        map.removeSource(id);
        map.addSource(id, spec);
      }
    }
  }

  function applyLayers(next: AnyLayer[]) {
    const nextIds = new Set(next.map((l) => l.id));
    for (const id of prevLayers.keys()) {
      if (!nextIds.has(id)) {
        map.removeLayer(id);
        prevLayers.delete(id);
      }
    }
    const applied = new Map<string, AnyLayer>();
    next.forEach((layer, i) => {
      const prev = prevLayers.get(layer.id);
      if (prev === layer) {
        applied.set(layer.id, layer);
        return;
      }
      if (!prev || prev.type !== layer.type || prev.source !== layer.source) {
        if (prev) map.removeLayer(layer.id);
        map.addLayer(layer, nextExistingId(next, i));
        applied.set(layer.id, layer);
        prevLayers.set(layer.id, layer);
        return;
      }
      updateLayer(prev, layer);
      applied.set(layer.id, layer);
    });
    prevLayers = applied;
  }

  /** Keeps draw order: a new layer goes below the first later layer that is already on the map. */
  function nextExistingId(next: AnyLayer[], i: number): string | undefined {
    for (let j = i + 1; j < next.length; j++) if (prevLayers.has(next[j]!.id)) return next[j]!.id;
    return undefined;
  }

  function updateLayer(prev: AnyLayer, next: AnyLayer) {
    for (const [key, setter] of [
      ['paint', map.setPaintProperty.bind(map)],
      ['layout', map.setLayoutProperty.bind(map)],
    ] as const) {
      const a = prev[key] ?? {};
      const b = next[key] ?? {};
      for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (!deepEqual(a[name], b[name])) setter(next.id, name, b[name]);
      }
    }
    if (!deepEqual(prev.filter, next.filter)) map.setFilter(next.id, next.filter ?? null);
    if (prev.minzoom !== next.minzoom || prev.maxzoom !== next.maxzoom) {
      map.setLayerZoomRange(next.id, next.minzoom ?? 0, next.maxzoom ?? 24);
    }
  }

  const flags = new Map<string, ReadonlySet<string>>();

  return {
    applyFlags(source, key, ids) {
      const k = `${source}\u0000${key}`;
      const prev = flags.get(k) ?? new Set<string>();
      if (prev === ids) return;
      for (const id of prev) if (!ids.has(id)) map.setFeatureState({ source, id }, { [key]: false });
      for (const id of ids) if (!prev.has(id)) map.setFeatureState({ source, id }, { [key]: true });
      flags.set(k, ids);
    },
    apply(sources, layers) {
      applySources(sources, layers as AnyLayer[]);
      applyLayers(layers as AnyLayer[]);
      for (const id of Object.keys(prevSources)) if (!Object.hasOwn(sources, id)) map.removeSource(id);
      prevSources = sources;
    },
  };
}

function sameExcept(a: object, b: object, key: string): boolean {
  const ka = Object.keys(a).filter((k) => k !== key);
  const kb = Object.keys(b).filter((k) => k !== key);
  return (
    ka.length === kb.length &&
    ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Structural equality for style values (JSON-like: primitives, arrays, plain objects). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
