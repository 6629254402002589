/**
 * Implementation as of a year (the time control): one marker per monitored item — key projects and
 * the plan's infrastructure items — coloured by the latest stage the documents report by that
 * year; grey rings where no later document records a result. Shown only while a year is chosen.
 * While the evaluation table is filtered, only the filtered items are drawn, by their light.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import { labelPoint } from '../analysis/labelPoints';
import type { AppData } from '../domain/data';
import { STAGES } from '../domain/implementation';
import { sitedMonitoredItems, type Evaluation, type StageKey } from '../analysis/implementation';
import { TEXT_FONT, scaled, visibility } from './paint';
import { PALETTE } from './palette';
import type { LayerGroup, LayerSpecification, LegendEntry } from './types';

export const IMPLEMENTATION_SOURCE = 'implementation';
export const IMPLEMENTATION_LAYERS = {
  none: 'implementation-none',
  stage: 'implementation-stage',
  label: 'implementation-label',
  focus: 'implementation-eval',
  focusLabel: 'implementation-eval-label',
} as const;

/** The evaluation table's traffic lights (the tab's dots use the same colours). */
export const LIGHT_COLORS: Record<Evaluation, string> = {
  achieved: '#1b7837',
  progress: '#f0a020',
  behind: '#c62828',
  none: '#ffffff',
};

/** Stage colours: cool for preparation, warm for construction, green once built. */
export const STAGE_COLORS: Record<StageKey, string> = {
  前期工作: '#8e7cc3',
  开工: '#f6a04d',
  在建: '#e0622a',
  建成: '#5aae61',
  投入运营: '#1b7837',
  none: '#9e9e9e',
};

/**
 * Ids of every monitored item with a site (projects first), with the point its marker stands at.
 * Items placed only by district/county get no marker: a point would look like a site.
 */
export function monitoredPoints(data: AppData): FeatureCollection<Point, { id: string; name: string }> {
  return {
    type: 'FeatureCollection',
    features: sitedMonitoredItems(data).map(({ feature: f }) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: labelPoint(f) },
      properties: { id: f.properties.id, name: f.properties.name },
    })),
  };
}

export const implementationGroup: LayerGroup = {
  id: 'implementation',
  title: 'layer.implementation',
  interactive: [IMPLEMENTATION_LAYERS.stage],
  sources: (data) => ({
    [IMPLEMENTATION_SOURCE]: { type: 'geojson', promoteId: 'id', data: monitoredPoints(data) },
  }),
  layers: ({ group, stages, focus }) => {
    const v = visibility(group.visible && !!stages && !focus);
    // The year's stages travel as one object literal keyed by id; the colour is matched on the
    // stage, so the palette (and legend) stay constant whatever the year.
    const staged = Object.fromEntries(Object.entries(stages ?? {}).filter(([, s]) => s !== 'none'));
    const stageOf: ExpressionSpecification = ['get', ['get', 'id'], ['literal', staged]];
    const color = [
      'match',
      stageOf,
      ...STAGES.flatMap((s) => [s, STAGE_COLORS[s]]),
      STAGE_COLORS.none,
    ] as unknown as ExpressionSpecification;
    const isStaged: ExpressionSpecification = ['has', ['get', 'id'], ['literal', staged]];
    return [
      {
        id: IMPLEMENTATION_LAYERS.none,
        type: 'circle',
        source: IMPLEMENTATION_SOURCE,
        filter: ['!', isStaged],
        layout: { visibility: v },
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 4, 12, 7],
          'circle-color': PALETTE.halo,
          'circle-opacity': scaled(0.6, group.opacity),
          'circle-stroke-color': STAGE_COLORS.none,
          'circle-stroke-width': 1.5,
          'circle-stroke-opacity': scaled(1, group.opacity),
        },
      },
      {
        id: IMPLEMENTATION_LAYERS.stage,
        type: 'circle',
        source: IMPLEMENTATION_SOURCE,
        filter: isStaged,
        layout: { visibility: v },
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 7, 12, 12],
          'circle-color': color,
          'circle-opacity': scaled(0.95, group.opacity),
          'circle-stroke-color': PALETTE.halo,
          'circle-stroke-width': 2,
          'circle-stroke-opacity': scaled(1, group.opacity),
        },
      },
      nameLabels(IMPLEMENTATION_LAYERS.label, isStaged, v, group.opacity),
      ...focusLayers(group.opacity, focus ?? null, visibility(group.visible && !!focus)),
    ];
  },
  legend: [
    ...STAGES.map((s): LegendEntry => ({
      label: `stage.${s}`,
      symbol: { kind: 'circle', color: STAGE_COLORS[s], stroke: PALETTE.halo, radius: 6 },
    })),
    {
      label: 'stage.none',
      symbol: { kind: 'circle', color: PALETTE.halo, stroke: STAGE_COLORS.none, radius: 5, hollow: true },
    },
  ],
};

/** The items of the filtered evaluation table, coloured by their light, each with its name. */
function focusLayers(
  opacity: number,
  focus: Record<string, Evaluation> | null,
  v: 'visible' | 'none',
): LayerSpecification[] {
  const lights = focus ?? {};
  const inFocus: ExpressionSpecification = ['has', ['get', 'id'], ['literal', lights]];
  const light: ExpressionSpecification = ['get', ['get', 'id'], ['literal', lights]];
  return [
    {
      id: IMPLEMENTATION_LAYERS.focus,
      type: 'circle',
      source: IMPLEMENTATION_SOURCE,
      filter: inFocus,
      layout: { visibility: v },
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 7, 12, 12],
        'circle-color': [
          'match',
          light,
          ...Object.entries(LIGHT_COLORS).flat(),
          LIGHT_COLORS.none,
        ] as unknown as ExpressionSpecification,
        'circle-opacity': scaled(0.95, opacity),
        'circle-stroke-color': ['match', light, 'none', STAGE_COLORS.none, PALETTE.halo],
        'circle-stroke-width': ['match', light, 'none', 2.5, 2],
        'circle-stroke-opacity': scaled(1, opacity),
      },
    },
    nameLabels(IMPLEMENTATION_LAYERS.focusLabel, inFocus, v, opacity),
  ];
}

/** The item's name under its marker. */
function nameLabels(
  id: string,
  filter: ExpressionSpecification,
  v: 'visible' | 'none',
  opacity: number,
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: IMPLEMENTATION_SOURCE,
    filter,
    layout: {
      visibility: v,
      'text-field': ['get', 'name'],
      'text-font': TEXT_FONT,
      'text-size': 11,
      'text-offset': [0, 1.2],
      'text-anchor': 'top',
      'text-max-width': 9,
      'text-optional': true,
    },
    paint: {
      'text-color': '#333333',
      'text-halo-color': PALETTE.halo,
      'text-halo-width': 1.8,
      'text-opacity': scaled(1, opacity),
    },
  };
}
