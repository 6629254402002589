/** A layer's paint value as MapLibre evaluates it at a zoom, for a feature (tests read values, not forms). */
import { createPropertyExpression, latest, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';

export function paintAt(
  layer: LayerSpecification,
  key: string,
  zoom: number,
  properties: Record<string, unknown> = {},
): unknown {
  const spec = (latest as unknown as Record<string, Record<string, never>>)[`paint_${layer.type}`]![key]!;
  const raw = ((layer as { paint?: Record<string, unknown> }).paint ?? {})[key];
  const value = Array.isArray(raw) && typeof raw[0] !== 'string' ? ['literal', raw] : raw;
  const parsed = createPropertyExpression(value, key, spec);
  if (parsed.result !== 'success') throw new Error(`${layer.id} ${key}: ${JSON.stringify(parsed.value)}`);
  return (parsed.value as { evaluate: (g: object, f: object) => unknown }).evaluate(
    { zoom },
    { type: 1, properties },
  );
}
