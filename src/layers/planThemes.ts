/**
 * The plan themes other than projects. Each is a LayerGroup built with the shared plan-item
 * specs, differing in colour, sizes, labels and draw order.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { sited } from '../analysis/countyLevel';
import type { AppData } from '../domain/data';
import type { Theme } from '../domain/schema';
import { THEME_COLORS } from './palette';
import {
  labelSource,
  labelSourceId,
  SLIM_KEYS,
  interactiveIds,
  planLayers,
  qualityLegend,
  slimSource,
  type PlanLayerOptions,
} from './planItems';
import type { LayerGroup, LegendEntry } from './types';

interface ThemeConfig {
  theme: Theme;
  color: string | ExpressionSpecification;
  legend: LegendEntry[];
  quality: Array<'exact' | 'approximate' | 'schematic'>;
  options?: Omit<PlanLayerOptions, 'prefix' | 'source' | 'group' | 'color'>;
}

function themeGroup(c: ThemeConfig): LayerGroup {
  const prefix = `plan-${c.theme}`;
  // Items known only by their district/county are listed in the county profiles, never drawn as pins.
  const items = (data: AppData) => {
    const fc = data.themes[c.theme];
    return { ...fc, features: sited(fc.features) };
  };
  return {
    id: c.theme,
    title: `layer.${c.theme}`,
    interactive: interactiveIds(prefix),
    quality: c.quality,
    sources: (data) => ({
      [c.theme]: slimSource(items(data), SLIM_KEYS),
      ...(c.options?.labelMinZoom !== undefined
        ? { [labelSourceId(c.theme)]: labelSource(items(data), SLIM_KEYS) }
        : {}),
    }),
    layers: ({ group, textScale }) =>
      planLayers({ prefix, source: c.theme, group, textScale, color: c.color, ...c.options }),
    legend: c.legend,
  };
}

const kindColor = (pairs: Record<string, string>, fallback: string): ExpressionSpecification =>
  ['match', ['get', 'kind'], ...Object.entries(pairs).flat(), fallback] as unknown as ExpressionSpecification;

/** 一核三区多组团. */
export const structureGroup = themeGroup({
  theme: 'structure',
  color: kindColor(
    { 一核: THEME_COLORS.core, 三区: THEME_COLORS.zone, 多组团: THEME_COLORS.cluster },
    THEME_COLORS.zone,
  ),
  quality: ['exact', 'approximate'],
  // Zone names are drawn with the place names (layers/labels), which rank them against the rest.
  options: { fillOpacity: 0.12 },
  legend: [
    {
      label: 'structure.core',
      symbol: { kind: 'fill', color: THEME_COLORS.core, outline: THEME_COLORS.core, opacity: 0.3 },
    },
    {
      label: 'structure.zone',
      symbol: { kind: 'fill', color: THEME_COLORS.zone, outline: THEME_COLORS.zone, opacity: 0.3 },
    },
    {
      label: 'structure.zoneApprox',
      symbol: {
        kind: 'fill',
        color: THEME_COLORS.zone,
        outline: THEME_COLORS.zone,
        dashed: true,
        opacity: 0.3,
      },
    },
    {
      label: 'structure.cluster',
      symbol: { kind: 'fill', color: THEME_COLORS.cluster, outline: THEME_COLORS.cluster, opacity: 0.3 },
    },
  ],
});

/** County profiles: an invisible fill so any click in a county opens its profile. */
export const countyGroup = themeGroup({
  theme: 'county',
  color: THEME_COLORS.county,
  quality: ['exact'],
  options: { fillOpacity: 0, outlineWhenActive: true },
  legend: [],
});

export const waterGroup = themeGroup({
  theme: 'water',
  color: THEME_COLORS.water,
  quality: ['approximate', 'schematic'],
  options: { labelMinZoom: 9, pointRadius: 5, lineWidth: 3 },
  legend: qualityLegend(THEME_COLORS.water, ['approximate'], 'point', 'water').concat(
    qualityLegend(THEME_COLORS.water, ['schematic'], 'line', 'water'),
  ),
});

export const pipelineGroup = themeGroup({
  theme: 'pipeline',
  color: THEME_COLORS.pipeline,
  quality: ['approximate', 'schematic'],
  options: { labelMinZoom: 10, lineWidth: 2 },
  legend: qualityLegend(THEME_COLORS.pipeline, ['approximate'], 'point', 'pipeline').concat(
    qualityLegend(THEME_COLORS.pipeline, ['schematic'], 'line', 'pipeline'),
  ),
});

export const roadGroup = themeGroup({
  theme: 'road',
  color: THEME_COLORS.road,
  quality: ['approximate', 'schematic'],
  options: { labelMinZoom: 9, lineWidth: 2.5 },
  legend: qualityLegend(THEME_COLORS.road, ['approximate'], 'point', 'road').concat(
    qualityLegend(THEME_COLORS.road, ['schematic'], 'line', 'road'),
  ),
});

export const railProjectsGroup = themeGroup({
  theme: 'rail',
  color: THEME_COLORS.railProject,
  quality: ['exact', 'approximate', 'schematic'],
  options: { labelMinZoom: 9, lineWidth: 3 },
  legend: qualityLegend(THEME_COLORS.railProject, ['exact', 'schematic'], 'line', 'rail').concat(
    qualityLegend(THEME_COLORS.railProject, ['approximate'], 'point', 'rail'),
  ),
});

export const channelsGroup = themeGroup({
  theme: 'channels',
  color: THEME_COLORS.channel,
  quality: ['schematic'],
  options: { lineWidth: 2, arrows: true },
  legend: qualityLegend(THEME_COLORS.channel, ['schematic'], 'line', 'channels'),
});

export const airGroup = themeGroup({
  theme: 'air',
  color: THEME_COLORS.air,
  quality: ['exact', 'approximate'],
  options: { labelMinZoom: 10, pointRadius: 6 },
  legend: qualityLegend(THEME_COLORS.air, ['exact', 'approximate'], 'point', 'air'),
});

/** 柳州铁路港 一核二园三基地. */
export const railportGroup = themeGroup({
  theme: 'railport',
  color: THEME_COLORS.railport,
  quality: ['approximate'],
  options: {
    labelMinZoom: 8.5,
    pointRadius: 7,
    labelField: ['concat', ['get', 'kind'], '·', ['get', 'name']] as ExpressionSpecification,
  },
  legend: qualityLegend(THEME_COLORS.railport, ['approximate'], 'point', 'railport'),
});

/** Logistics nodes the plan's 专栏5-1…5-6 name that are not key projects themselves. */
export const hubsGroup = themeGroup({
  theme: 'hubs',
  color: THEME_COLORS.hub,
  quality: ['approximate'],
  options: { labelMinZoom: 9, pointRadius: 4.5, labelSize: 11 },
  legend: qualityLegend(THEME_COLORS.hub, ['approximate'], 'point', 'hubs'),
});

/** Items the county plan's boxes 3, 4 and 6–8 name (clusters, infrastructure, energy, environment). */
export const worksGroup = themeGroup({
  theme: 'works',
  color: THEME_COLORS.works,
  quality: ['approximate', 'schematic'],
  options: { labelMinZoom: 10, pointRadius: 4, labelSize: 11, lineWidth: 2 },
  legend: qualityLegend(THEME_COLORS.works, ['approximate'], 'point', 'works').concat(
    qualityLegend(THEME_COLORS.works, ['schematic'], 'line', 'works'),
  ),
});

export const townsGroup = themeGroup({
  theme: 'towns',
  color: THEME_COLORS.town,
  quality: ['approximate'],
  options: { labelMinZoom: 8, pointRadius: 3.5, labelSize: 11 },
  legend: qualityLegend(THEME_COLORS.town, ['approximate'], 'point', 'towns'),
});
