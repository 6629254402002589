/**
 * Key logistics projects (重点物流项目表): colour = type, marker = status
 * (在建 solid, 新建 solid with a white centre, 预备 hollow ring, 储备 hollow ring with a dot).
 * All are placed approximately, so all carry the soft halo of approximate points.
 */
import type { ExpressionSpecification, FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BADGE_SOURCE, countyBadges } from '../analysis/countyBadges';
import { PROJECT_STATUSES, PROJECT_TYPES } from '../domain/schema';
import type { LayerGroup, LegendEntry } from './types';
import { PALETTE, PROJECT_TYPE_COLORS } from './palette';
import { TEXT_FONT_BOLD, scaled, sized, visibility } from './paint';
import { BESIDE_MARKER, selectedOr, slimSource } from './planItems';

export const PROJECTS_SOURCE = 'projects';
export const PROJECTS_LAYERS = {
  halo: 'projects-halo',
  point: 'projects-point',
  dot: 'projects-dot',
  label: 'projects-label',
  badge: 'projects-badge',
  badgeCount: 'projects-badge-count',
  badgeLabel: 'projects-badge-label',
} as const;

/** Properties the map needs for styling and filtering. */
export const PROJECT_MAP_KEYS = [
  'id',
  'name',
  'table',
  'admin_county',
  'type',
  'status',
  'area_mu',
  'investment_yi',
  'location_quality',
  'placement_scope',
];

/** Only projects with a site of their own get a pin; county-level ones are counted in a badge. */
const HAS_SITE: FilterSpecification = ['!=', ['get', 'placement_scope'], 'county'];

const typeColor: ExpressionSpecification = [
  'match',
  ['get', 'type'],
  ...PROJECT_TYPES.flatMap((t) => [t, PROJECT_TYPE_COLORS[t]]),
  '#777777',
] as unknown as ExpressionSpecification;
const hollow: ExpressionSpecification = ['in', ['get', 'status'], ['literal', ['预备', '储备']]];

/**
 * Feature-state flag of projects that the filters leave out. Filtering sets this flag (see
 * map/applySpecs) instead of a layer filter: a filter change then costs one repaint, not a
 * re-layout of the source's tiles.
 */
export const FILTERED_OUT = 'out';
const out: ExpressionSpecification = ['boolean', ['feature-state', FILTERED_OUT], false];
/** An opacity that drops to 0 for filtered-out projects. */
const shown = (opacity: number): ExpressionSpecification => ['case', out, 0, opacity];

export const projectsGroup: LayerGroup = {
  id: 'projects',
  title: 'layer.projects',
  interactive: [PROJECTS_LAYERS.point, PROJECTS_LAYERS.dot, PROJECTS_LAYERS.badge],
  quality: ['approximate'],
  sources: (data) => ({
    [PROJECTS_SOURCE]: slimSource(data.projects, PROJECT_MAP_KEYS),
    // The map adapter replaces the data with the filtered counts.
    [BADGE_SOURCE]: { type: 'geojson', data: countyBadges(data.projects.features), promoteId: 'id' },
  }),
  layers: ({ group, lang, textScale: k = 1 }) => {
    const v = visibility(group.visible);
    const op = (x: number) => shown(scaled(x, group.opacity));
    return [
      {
        id: PROJECTS_LAYERS.halo,
        type: 'circle',
        source: PROJECTS_SOURCE,
        filter: HAS_SITE,
        layout: { visibility: v },
        paint: {
          'circle-color': typeColor,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, sized(9, k), 12, sized(16, k)],
          'circle-opacity': op(0.16),
          'circle-blur': 0.6,
        },
      },
      {
        id: PROJECTS_LAYERS.point,
        type: 'circle',
        source: PROJECTS_SOURCE,
        filter: HAS_SITE,
        layout: { visibility: v, 'circle-sort-key': ['match', ['get', 'type'], '国家物流枢纽', 2, 1] },
        paint: {
          'circle-color': ['case', hollow, PALETTE.halo, typeColor],
          // A zoom curve must be the top-level expression, so the emphasis goes inside each stop.
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['zoom'],
            7,
            selectedOr(sized(7, k), sized(4.5, k)),
            12,
            selectedOr(sized(11, k), sized(8, k)),
          ],
          'circle-stroke-color': ['case', hollow, typeColor, PALETTE.halo],
          'circle-stroke-width': ['case', hollow, 2.5, 1.5],
          'circle-opacity': op(1),
          'circle-stroke-opacity': op(1),
        },
      },
      {
        id: PROJECTS_LAYERS.dot,
        type: 'circle',
        source: PROJECTS_SOURCE,
        filter: ['all', HAS_SITE, ['in', ['get', 'status'], ['literal', ['新建', '储备']]]],
        layout: { visibility: v },
        paint: {
          'circle-color': ['case', hollow, typeColor, PALETTE.halo],
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, sized(1.6, k), 12, sized(2.8, k)],
          'circle-opacity': op(1),
        },
      },
      {
        id: PROJECTS_LAYERS.label,
        type: 'symbol',
        source: PROJECTS_SOURCE,
        filter: HAS_SITE,
        minzoom: 10,
        layout: {
          visibility: v,
          'text-field': ['get', 'name'],
          'text-font': TEXT_FONT_BOLD,
          'text-size': sized(11, k),
          ...BESIDE_MARKER,
          'text-max-width': 10,
          'text-optional': true,
        },
        paint: {
          'text-color': typeColor,
          'text-halo-color': PALETTE.halo,
          'text-halo-width': 2,
          'text-opacity': op(1),
        },
      },
      // County-level projects: a count per district/county, deliberately unlike a pin.
      {
        id: PROJECTS_LAYERS.badge,
        type: 'circle',
        source: BADGE_SOURCE,
        layout: { visibility: v },
        paint: {
          'circle-color': PALETTE.badge,
          'circle-radius': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            sized(15, k),
            sized(12, k),
          ],
          'circle-stroke-color': PALETTE.halo,
          'circle-stroke-width': 2,
          'circle-opacity': scaled(0.92, group.opacity),
        },
      },
      {
        id: PROJECTS_LAYERS.badgeCount,
        type: 'symbol',
        source: BADGE_SOURCE,
        layout: {
          visibility: v,
          'text-field': ['to-string', ['get', 'count']],
          'text-font': TEXT_FONT_BOLD,
          'text-size': sized(12, k),
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': PALETTE.halo, 'text-opacity': scaled(1, group.opacity) },
      },
      {
        id: PROJECTS_LAYERS.badgeLabel,
        type: 'symbol',
        source: BADGE_SOURCE,
        minzoom: 8.5,
        layout: {
          visibility: v,
          'text-field': ['get', lang === 'en' ? 'label_en' : 'label_zh'],
          'text-font': TEXT_FONT_BOLD,
          'text-size': sized(10.5, k),
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 1.5,
          'text-max-width': 9,
          'text-optional': true,
        },
        paint: {
          'text-color': PALETTE.badge,
          'text-halo-color': PALETTE.halo,
          'text-halo-width': 2,
          'text-opacity': scaled(1, group.opacity),
        },
      },
    ];
  },
  legend: [
    ...PROJECT_TYPES.map((t): LegendEntry => ({
      label: `type.${t}`,
      symbol: { kind: 'circle', color: PROJECT_TYPE_COLORS[t], stroke: PALETTE.halo, radius: 5 },
    })),
    {
      label: 'layer.countybadges',
      symbol: { kind: 'circle', color: PALETTE.badge, stroke: PALETTE.halo, radius: 7 },
    },
    ...PROJECT_STATUSES.map((s): LegendEntry => ({
      label: `status.${s}`,
      symbol: {
        kind: 'circle',
        color: PALETTE.neutral,
        stroke: s === '在建' || s === '新建' ? PALETTE.halo : PALETTE.neutral,
        radius: 5,
        hollow: s === '预备' || s === '储备',
        dot: s === '新建' || s === '储备',
      },
    })),
  ],
};
