/**
 * Evaluates layer specs the way MapLibre does, for one feature: what a planner would see (colour,
 * size, dash, text, whether it is drawn) rather than the shape of the spec.
 */
import { featureFilter, latest, normalizePropertyExpression } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';

export type GeometryKind = 'Point' | 'LineString' | 'Polygon';
/** Multi-part features: MapLibre's renderer reports these by name to `geometry-type`. */
export type MultiKind = 'MultiPoint' | 'MultiLineString' | 'MultiPolygon';
const TYPE_CODE: Record<GeometryKind, 1 | 2 | 3> = { Point: 1, LineString: 2, Polygon: 3 };

export interface Probe {
  props?: Record<string, unknown>;
  geometry?: GeometryKind | MultiKind;
  zoom?: number;
  state?: Record<string, unknown>;
}

const feature = (p: Probe) => ({
  type: TYPE_CODE[(p.geometry ?? 'Point') as GeometryKind] ?? p.geometry,
  properties: p.props ?? {},
  geometry: [],
});

/** A layer by id (throws when missing, so a renamed layer fails loudly). */
export function layerById(layers: readonly LayerSpecification[], id: string): LayerSpecification {
  const l = layers.find((x) => x.id === id);
  if (!l) throw new Error(`no layer ${id} in ${layers.map((x) => x.id).join(', ')}`);
  return l;
}

/** The value of a paint or layout property for a feature, as the renderer computes it. */
export function evaluate(layer: LayerSpecification, prop: string, probe: Probe = {}): unknown {
  const kind = prop in (latest[`paint_${layer.type}` as keyof typeof latest] as object) ? 'paint' : 'layout';
  const spec = (latest[`${kind}_${layer.type}` as keyof typeof latest] as Record<string, object>)[prop];
  if (!spec) throw new Error(`${prop} is not a property of ${layer.type} layers`);
  const value = ((layer as unknown as Record<string, Record<string, unknown> | undefined>)[kind] ?? {})[prop];
  if (value === undefined) return undefined;
  const expr = normalizePropertyExpression(
    value as never,
    `layers.${layer.id}.${kind}.${prop}`,
    spec as never,
  );
  const out = expr.evaluate(
    { zoom: probe.zoom ?? 10 } as never,
    feature(probe) as never,
    probe.state as never,
  );
  return out && typeof out === 'object' && 'toString' in out && 'r' in out ? String(out) : out;
}

/** Colour as `rgba(r,g,b,a)` text, for comparing with the palette's hex strings. */
export function rgba(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},1)`;
}

const filters = new WeakMap<LayerSpecification, ReturnType<typeof featureFilter>>();

/** Whether the layer's filter lets the feature through (no filter: everything passes). */
export function passes(layer: LayerSpecification, probe: Probe = {}): boolean {
  let compiled = filters.get(layer);
  if (!compiled) {
    const filter = (layer as { filter?: FilterSpecification }).filter;
    compiled = featureFilter(filter, `layers.${layer.id}.filter`);
    filters.set(layer, compiled);
  }
  return compiled.filter({ zoom: probe.zoom ?? 10 } as never, feature(probe) as never);
}
