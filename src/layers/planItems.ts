/**
 * Shared spec builders for the plan themes. Location quality is always visible:
 * exact = solid line / filled marker; approximate = dashed outline / marker with a soft halo;
 * schematic = dotted, lighter line / hollow marker.
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry } from 'geojson';
import { labelPoints } from '../analysis/labelPoints';
import { PALETTE } from './palette';
import { TEXT_FONT, TEXT_FONT_BOLD, scaled, sized, visibility } from './paint';
import type { GroupState } from '../domain/layerGroups';
import type { LegendEntry } from './types';

/** A GeoJSON source with only the properties the map styles and filters on. */
export function slimSource(fc: FeatureCollection<Geometry, object>, keys: string[]): SourceSpecification {
  return {
    type: 'geojson',
    promoteId: 'id',
    data: {
      type: 'FeatureCollection',
      features: fc.features.map((f) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: Object.fromEntries(
          keys.map((k) => [k, (f.properties as Record<string, unknown>)[k] ?? null]),
        ),
      })),
    },
  };
}

/** The label-point source that goes with a theme's source (see analysis/labelPoints). */
export const labelSourceId = (source: string) => `${source}-labels`;

export function labelSource(fc: FeatureCollection<Geometry, object>, keys: string[]): SourceSpecification {
  const slim = slimSource(fc, keys) as { data: FeatureCollection<Geometry, object> };
  return { type: 'geojson', promoteId: 'id', data: labelPoints(slim.data) };
}

/** A point's name sits off its own marker: below first, then above, right, left. */
export const BESIDE_MARKER: Pick<
  SymbolLayerSpecification['layout'] & object,
  'text-variable-anchor' | 'text-radial-offset'
> = {
  'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
  'text-radial-offset': 1.1,
};

export const SLIM_KEYS = ['id', 'name', 'kind', 'location_quality'];

const q = (quality: string): ExpressionSpecification => ['==', ['get', 'location_quality'], quality];
// geometry-type reports Multi* types for multi-part features.
const isPolygon: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const isLine: FilterSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const isPoint: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];

/** Dash pattern by location quality (line-dasharray is data-driven in MapLibre 6). */
export const QUALITY_DASH: DataDrivenPropertyValueSpecification<number[]> = [
  'case',
  q('exact'),
  ['literal', [1, 0]],
  q('approximate'),
  ['literal', [4, 2]],
  ['literal', [1.5, 1.5]],
] as unknown as DataDrivenPropertyValueSpecification<number[]>;

/** Selected/hovered features are emphasised through feature-state, never by rebuilding data. */
export const selectedOr = (
  selected: number,
  otherwise: number | ExpressionSpecification,
): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'selected'], false],
  selected,
  ['boolean', ['feature-state', 'hover'], false],
  selected,
  otherwise as number,
];

export interface PlanLayerOptions {
  prefix: string;
  source: string;
  group: GroupState;
  /** Presentation scale of labels and markers. */
  textScale?: number | undefined;
  /** Colour (or data-driven colour expression) of the theme. */
  color: string | ExpressionSpecification;
  /** Polygons: fill opacity (0 = outline only). */
  fillOpacity?: number;
  /** Polygons: outline only while hovered or selected (areas that duplicate base boundaries). */
  outlineWhenActive?: boolean;
  lineWidth?: number;
  pointRadius?: number;
  /** Minimum zoom of labels; omit for no labels. */
  labelMinZoom?: number;
  labelSize?: number;
  labelField?: ExpressionSpecification;
  /** Draw arrowheads along lines (corridors). */
  arrows?: boolean;
  /** Optional extra filter applied to every layer. */
  filter?: FilterSpecification;
}

const all = (base: FilterSpecification, extra?: FilterSpecification): FilterSpecification =>
  extra ? (['all', base, extra] as FilterSpecification) : base;

export function planLayers(o: PlanLayerOptions): LayerSpecification[] {
  const v = visibility(o.group.visible);
  const op = (x: number) => scaled(x, o.group.opacity);
  const width = o.lineWidth ?? 3;
  const k = o.textScale ?? 1;
  const radius = sized(o.pointRadius ?? 6, k);
  const layers: LayerSpecification[] = [
    {
      id: `${o.prefix}-fill`,
      type: 'fill',
      source: o.source,
      filter: all(isPolygon, o.filter),
      layout: { visibility: v },
      paint: {
        'fill-color': o.color,
        'fill-opacity': selectedOr(
          op(Math.min(1, (o.fillOpacity ?? 0.15) + 0.15)),
          op(o.fillOpacity ?? 0.15),
        ),
      },
    },
    {
      id: `${o.prefix}-outline`,
      type: 'line',
      source: o.source,
      filter: all(isPolygon, o.filter),
      layout: { visibility: v, 'line-join': 'round' },
      paint: {
        'line-color': o.color,
        'line-width': selectedOr(3.5, 2),
        'line-dasharray': QUALITY_DASH,
        'line-opacity': o.outlineWhenActive ? selectedOr(op(0.9), 0) : op(0.9),
      },
    },
    {
      // A white casing keeps coloured lines legible over fills and base lines.
      id: `${o.prefix}-line-casing`,
      type: 'line',
      source: o.source,
      filter: all(isLine, o.filter),
      layout: { visibility: v, 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': PALETTE.halo, 'line-width': width + 2, 'line-opacity': op(0.7) },
    },
    {
      id: `${o.prefix}-line`,
      type: 'line',
      source: o.source,
      filter: all(isLine, o.filter),
      layout: { visibility: v, 'line-join': 'round' },
      paint: {
        'line-color': o.color,
        'line-width': selectedOr(width + 2, width),
        'line-dasharray': QUALITY_DASH,
        'line-opacity': op(1),
      },
    },
    {
      // Soft halo: this point is placed from the plan's words, not surveyed.
      id: `${o.prefix}-halo`,
      type: 'circle',
      source: o.source,
      filter: all(all(isPoint, q('approximate') as FilterSpecification), o.filter),
      layout: { visibility: v },
      paint: {
        'circle-color': o.color,
        'circle-radius': radius + 6,
        'circle-opacity': op(0.18),
        'circle-blur': 0.6,
      },
    },
    {
      id: `${o.prefix}-point`,
      type: 'circle',
      source: o.source,
      filter: all(isPoint, o.filter),
      layout: { visibility: v },
      paint: {
        'circle-color': ['case', q('schematic'), PALETTE.halo, o.color] as ExpressionSpecification,
        'circle-radius': selectedOr(radius + 3, radius),
        'circle-stroke-color': ['case', q('schematic'), o.color, PALETTE.halo] as ExpressionSpecification,
        'circle-stroke-width': selectedOr(3, 1.5),
        'circle-opacity': op(1),
        'circle-stroke-opacity': op(1),
      },
    },
  ];
  if (o.arrows) {
    layers.push({
      id: `${o.prefix}-arrows`,
      type: 'symbol',
      source: o.source,
      filter: all(isLine, o.filter),
      layout: {
        visibility: v,
        'symbol-placement': 'line',
        'symbol-spacing': 90,
        'text-field': '▶',
        'text-font': TEXT_FONT,
        'text-size': sized(11, k),
        'text-keep-upright': false,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': o.color, 'text-opacity': op(0.9) },
    });
  }
  if (o.labelMinZoom !== undefined) {
    layers.push({
      id: `${o.prefix}-label`,
      type: 'symbol',
      source: labelSourceId(o.source),
      minzoom: o.labelMinZoom,
      filter: o.filter ?? ['has', 'name'],
      layout: {
        visibility: v,
        'text-field': o.labelField ?? ['get', 'name'],
        'text-font': TEXT_FONT_BOLD,
        'text-size': sized(o.labelSize ?? 12, k),
        'symbol-placement': 'point',
        // Beside its marker, on whichever side is free.
        ...BESIDE_MARKER,
        'text-max-width': 9,
        'text-optional': true,
      },
      paint: {
        'text-color': o.color,
        'text-halo-color': PALETTE.halo,
        'text-halo-width': 2,
        'text-opacity': op(1),
      },
    });
  }
  return layers;
}

/** Layer ids that react to clicks, for a given prefix. */
export const interactiveIds = (prefix: string) => [`${prefix}-point`, `${prefix}-line`, `${prefix}-fill`];

/** Legend entries explaining location quality, shared by every plan theme. */
export function qualityLegend(
  color: string,
  kinds: Array<'exact' | 'approximate' | 'schematic'>,
  geometry: 'line' | 'point' | 'fill',
  layer: string,
): LegendEntry[] {
  return kinds.map((k) => ({
    label: `quality.${k}.${geometry}`,
    of: `layerShort.${layer}`,
    symbol:
      geometry === 'line'
        ? {
            kind: 'line',
            color,
            width: 3,
            dashPattern: k === 'exact' ? undefined : k === 'approximate' ? '4 2' : '1.5 1.5',
          }
        : geometry === 'fill'
          ? { kind: 'fill', color, outline: color, dashed: k !== 'exact', opacity: 0.25 }
          : {
              kind: 'circle',
              color,
              stroke: k === 'schematic' ? color : PALETTE.halo,
              radius: 5,
              hollow: k === 'schematic',
              halo: k === 'approximate',
            },
  }));
}

/**
 * An entry's text in a legend that gathers several layers: the layer's short name first when the
 * entry alone would not say which layer it is.
 */
export function gatheredLegendLabel(
  e: LegendEntry,
  t: (key: string, vars?: Record<string, string>) => string,
) {
  return e.of ? t('legend.of', { layer: t(e.of), entry: t(e.label) }) : t(e.label);
}
