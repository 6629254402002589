/**
 * One shader program per layer type. MapLibre links a WebGL program for every combination of
 * constant, feature-driven and zoom-and-feature-driven paint properties it meets; on a software
 * renderer (SwiftShader, remote desktops, meeting-room PCs without a GPU) each link blocks the main
 * thread for 100–300 ms at first open, and the plan's layers met 22 combinations. Here each such paint
 * property of circle, fill, line and text layers is written, across all layers of the type, in the
 * least costly form the most demanding layer needs — the same values, so the same picture.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';

type Paint = Record<string, unknown>;
type DrawnType = 'circle' | 'fill' | 'line' | 'symbol';

/** The paint properties that pick a program, with MapLibre's defaults (used when a layer omits one). */
const PROGRAM_PAINT: Record<DrawnType, Record<string, unknown>> = {
  circle: {
    'circle-radius': 5,
    'circle-color': '#000000',
    'circle-blur': 0,
    'circle-opacity': 1,
    'circle-stroke-width': 0,
    'circle-stroke-color': '#000000',
    'circle-stroke-opacity': 1,
  },
  fill: { 'fill-color': '#000000', 'fill-opacity': 1, 'fill-outline-color': undefined },
  line: {
    'line-opacity': 1,
    'line-color': '#000000',
    'line-width': 1,
    'line-gap-width': 0,
    'line-offset': 0,
    'line-blur': 0,
    'line-dasharray': undefined,
  },
  symbol: {
    'text-color': '#000000',
    'text-halo-color': 'rgba(0, 0, 0, 0)',
    'text-halo-width': 0,
    'text-halo-blur': 0,
    'text-opacity': 1,
  },
};

/** How a value varies, in MapLibre's terms; the program differs by which of these each property is. */
export type Kind = 'constant' | 'zoom' | 'feature' | 'zoom-and-feature';

const FEATURE_OPS = new Set([
  'get',
  'has',
  'properties',
  'feature-state',
  'geometry-type',
  'id',
  'accumulated',
]);
const ZOOM_OPS = new Set(['zoom']);
/** A key no feature carries: `has` on it makes a value feature-dependent without changing it. */
const NO_SUCH_KEY = '~shared-program';

export function kindOf(value: unknown): Kind {
  const byZoom = dependsOn(value, ZOOM_OPS);
  const byFeature = dependsOn(value, FEATURE_OPS);
  return byZoom && byFeature ? 'zoom-and-feature' : byZoom ? 'zoom' : byFeature ? 'feature' : 'constant';
}

/**
 * The layers with their program-picking paint written alike per type. Layers that need no change
 * come back as the very same objects (the adapter skips those by reference).
 */
export function withSharedPrograms(layers: LayerSpecification[]): LayerSpecification[] {
  const targets = targetKinds(layers);
  return layers.map((layer) => {
    const wanted = drawnType(layer) && targets[layer.type as DrawnType];
    if (!wanted) return layer;
    const key = JSON.stringify(wanted);
    const hit = converted.get(layer);
    if (hit?.key === key) return hit.layer;
    const out = convertLayer(layer, wanted);
    converted.set(layer, { key, layer: out });
    return out;
  });
}

/** Unchanged input layers get the same converted objects back, so the map is not touched again. */
const converted = new WeakMap<LayerSpecification, { key: string; layer: LayerSpecification }>();

function convertLayer(layer: LayerSpecification, wanted: Record<string, Kind>): LayerSpecification {
  const paint: Paint = { ...(layer.paint as Paint) };
  let changed = false;
  for (const [key, target] of Object.entries(wanted)) {
    const value = paintValue(paint, key, layer.type as DrawnType);
    const kind = kindOf(value);
    // Any varying dash pattern is already the one attribute; only constant ones need writing out.
    if (value === undefined || kind === target || (key === 'line-dasharray' && kind !== 'constant')) continue;
    paint[key] = convert(value, target);
    changed = true;
  }
  return changed ? ({ ...layer, paint } as LayerSpecification) : layer;
}

/** Per type and property, the form every drawn layer of the type is given. */
function targetKinds(layers: LayerSpecification[]): Partial<Record<DrawnType, Record<string, Kind>>> {
  const out: Partial<Record<DrawnType, Record<string, Kind>>> = {};
  for (const type of Object.keys(PROGRAM_PAINT) as DrawnType[]) {
    const ofType = layers.filter((l) => l.type === type && drawnType(l));
    const kinds: Record<string, Kind> = {};
    for (const key of Object.keys(PROGRAM_PAINT[type])) {
      const seen = new Set(
        ofType
          .map((l) => paintValue(l.paint as Paint, key, type))
          .filter((v) => v !== undefined)
          .map(kindOf),
      );
      // A dash pattern is one attribute whether it varies by feature or by zoom.
      if (key === 'line-dasharray') {
        if (seen.has('constant') && seen.size > 1) kinds[key] = 'feature';
      } else if (seen.has('zoom-and-feature') || (seen.has('zoom') && seen.has('feature')))
        kinds[key] = 'zoom-and-feature';
      else if (seen.has('feature')) kinds[key] = 'feature';
    }
    out[type] = kinds;
  }
  return out;
}

/**
 * Layers MapLibre may draw with a program of their type. Hidden ones count too, so showing a group
 * does not change the form of every other layer; never-drawn ones (zero opacity) compile nothing.
 */
function drawnType(layer: LayerSpecification): boolean {
  if (!(layer.type in PROGRAM_PAINT)) return false;
  const p = (('paint' in layer && layer.paint) || {}) as Paint;
  switch (layer.type) {
    case 'circle':
      return !(p['circle-opacity'] === 0 && (p['circle-stroke-width'] ?? 0) === 0);
    case 'fill':
      return p['fill-opacity'] !== 0;
    case 'line':
      return p['line-opacity'] !== 0 && p['line-width'] !== 0;
    case 'symbol':
      return p['text-opacity'] !== 0 && Boolean(layer.layout?.['text-field']);
    default:
      return false;
  }
}

function paintValue(paint: Paint | undefined, key: string, type: DrawnType): unknown {
  const p = paint ?? {};
  // An absent outline colour is the fill colour (MapLibre's rule), written out.
  if (key === 'fill-outline-color') return p[key] ?? p['fill-color'] ?? PROGRAM_PAINT.fill['fill-color'];
  return p[key] ?? PROGRAM_PAINT[type][key];
}

/** The same value in the wanted form. */
function convert(value: unknown, target: Kind): unknown {
  const kind = kindOf(value);
  if (target === 'feature') return featureDriven(value);
  // target zoom-and-feature: a zoom curve whose outputs depend on the feature.
  if (kind === 'zoom') return zoomCurveOf(value as unknown[]);
  return ['interpolate', ['linear'], ['zoom'], 0, featureDriven(value), 24, featureDriven(value)];
}

/** A zoom-only curve with each stop's output made feature-dependent. */
function zoomCurveOf(curve: unknown[]): unknown {
  // interpolate: op, interpolation, input, (stop, output)…; step: op, input, output, (stop, output)…
  const firstOutput = curve[0] === 'interpolate' ? 4 : 2;
  return curve.map((x, i) => (i >= firstOutput && (i - firstOutput) % 2 === 0 ? featureDriven(x) : x));
}

function featureDriven(value: unknown): ExpressionSpecification {
  if (dependsOn(value, FEATURE_OPS)) return value as ExpressionSpecification;
  const v = Array.isArray(value) && typeof value[0] !== 'string' ? ['literal', value] : value;
  return ['case', ['has', NO_SUCH_KEY], v, v] as ExpressionSpecification;
}

function dependsOn(value: unknown, ops: Set<string>): boolean {
  if (!Array.isArray(value) || value[0] === 'literal') return false;
  return (typeof value[0] === 'string' && ops.has(value[0])) || value.some((v) => dependsOn(v, ops));
}
