/** A layer's paint value as MapLibre evaluates it at a zoom, for a feature (tests read values, not forms). */
import { createPropertyExpression, latest, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';

type Evaluator = { evaluate: (g: object, f: object, s?: object) => unknown };
/** Parsed once per layer and key: some tests evaluate a value many thousand times. */
const parsed = new WeakMap<LayerSpecification, Map<string, Evaluator>>();

function evaluatorOf(layer: LayerSpecification, key: string): Evaluator {
  const byKey = parsed.get(layer) ?? new Map<string, Evaluator>();
  parsed.set(layer, byKey);
  const known = byKey.get(key);
  if (known) return known;
  const spec = (latest as unknown as Record<string, Record<string, { default?: unknown }>>)[
    `paint_${layer.type}`
  ]![key]!;
  // A value the layer does not set is the style spec's default.
  const raw = ((layer as { paint?: Record<string, unknown> }).paint ?? {})[key] ?? spec.default;
  const value = Array.isArray(raw) && typeof raw[0] !== 'string' ? ['literal', raw] : raw;
  const expr = createPropertyExpression(value, key, spec as never);
  if (expr.result !== 'success') throw new Error(`${layer.id} ${key}: ${JSON.stringify(expr.value)}`);
  byKey.set(key, expr.value as Evaluator);
  return expr.value as Evaluator;
}

export function paintAt(
  layer: LayerSpecification,
  key: string,
  zoom: number,
  properties: Record<string, unknown> = {},
  state: Record<string, unknown> = {},
): unknown {
  return evaluatorOf(layer, key).evaluate({ zoom }, { type: 1, properties }, state);
}
