/**
 * The place names: districts/counties, the plan's zones and the airport in one symbol layer drawn
 * above the markers, so one collision pass with one priority order decides them all (see
 * analysis/placeLabels). Each name shows while the group it belongs to is shown.
 */
import type { ExpressionSpecification, FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { countyBadges } from '../analysis/countyBadges';
import { sited } from '../analysis/countyLevel';
import { LEADS, placeLabels, type PlaceGroup } from '../analysis/placeLabels';
import type { LayerGroup } from './types';
import { PALETTE, THEME_COLORS } from './palette';
import { MARKER_SPACE, MARKER_SPACE_PX, TEXT_FONT_BOLD, scaled, sized, visibility } from './paint';

export const PLACE_LABELS_SOURCE = 'place-labels';
export const PLACE_LABELS_LAYER = 'place-labels';

/** The groups whose names or markers take part, with the group each is toggled by. */
export const PLACE_GROUPS: readonly PlaceGroup[] = [
  'counties',
  'structure',
  'airport',
  'projects',
  'railport',
  'air',
];

/** Zone names give way to project names from this zoom (the zones are framed by then). */
const ZONE_NAMES_UNTIL = 10.5;

const style = (...pairs: Array<string | number | ExpressionSpecification>): ExpressionSpecification =>
  ['match', ['get', 'style'], ...pairs] as unknown as ExpressionSpecification;

const isMarker: ExpressionSpecification = ['==', ['get', 'role'], 'marker'];

export const labelsGroup: LayerGroup = {
  id: 'labels',
  title: 'layer.counties',
  sources: (data) => ({
    [PLACE_LABELS_SOURCE]: {
      type: 'geojson',
      data: placeLabels({
        countyLabels: data.base.countyLabels,
        structure: data.themes.structure,
        airport: data.base.airport,
        projects: { type: 'FeatureCollection', features: sited(data.projects.features) },
        badges: countyBadges(data.projects.features),
        railport: { type: 'FeatureCollection', features: sited(data.themes.railport.features) },
        air: { type: 'FeatureCollection', features: sited(data.themes.air.features) },
      }),
    },
  }),
  layers: ({ group, peers = {}, textScale: k = 1 }) => {
    const shown = PLACE_GROUPS.filter((g) => peers[g]?.visible);
    const opacity = (g: PlaceGroup, x: number) => scaled(x, (peers[g]?.opacity ?? 1) * group.opacity);
    // A marker's blank box is the size of its disc (icon-size scales the blank image).
    const markerSize = (key: 'r7' | 'r12'): ExpressionSpecification => [
      '/',
      ['*', 2 * k, ['get', key]],
      MARKER_SPACE_PX,
    ];
    return [
      {
        id: PLACE_LABELS_LAYER,
        type: 'symbol',
        source: PLACE_LABELS_SOURCE,
        filter: ['in', ['get', 'group'], ['literal', shown]] as FilterSpecification,
        layout: {
          visibility: visibility(group.visible && shown.length > 0),
          'symbol-sort-key': ['get', 'rank'],
          'icon-image': ['case', isMarker, MARKER_SPACE, ''],
          'icon-size': ['interpolate', ['linear'], ['zoom'], 7, markerSize('r7'), 12, markerSize('r12')],
          'icon-padding': 0,
          // Markers always stand; names find room around them.
          'icon-allow-overlap': true,
          'text-field': [
            'step',
            ['zoom'],
            ['get', 'text'],
            ZONE_NAMES_UNTIL,
            ['case', ['==', ['get', 'group'], 'structure'], '', ['get', 'text']],
          ],
          'text-font': TEXT_FONT_BOLD,
          // The four central districts are small: their names stay smaller until zoomed in.
          'text-size': [
            'interpolate',
            ['linear'],
            ['zoom'],
            7,
            style('district', sized(10, k), 'county', sized(13, k), 'airport', sized(12, k), sized(14, k)),
            10,
            style('district', sized(14, k), 'county', sized(18, k), 'airport', sized(12, k), sized(14, k)),
          ],
          'text-letter-spacing': style('district', 0.15, 'county', 0.15, 0),
          'text-max-width': 9,
          'text-variable-anchor-offset': [
            'match',
            ['get', 'lead'],
            ...Object.entries(LEADS).flatMap(([key, leads]) => [key, ['literal', leads.flat()]]),
            ['literal', LEADS.area.flat()],
          ] as unknown as ExpressionSpecification,
          'text-padding': 2,
        },
        paint: {
          // The stand-in icons are blank: they take part in collision but are never drawn.
          'icon-opacity': 0,
          'text-color': style(
            'core',
            THEME_COLORS.core,
            'zone',
            THEME_COLORS.zone,
            'cluster',
            THEME_COLORS.cluster,
            'airport',
            PALETTE.airport,
            PALETTE.countyLabel,
          ),
          'text-halo-color': PALETTE.halo,
          'text-halo-width': 2,
          'text-opacity': [
            'match',
            ['get', 'group'],
            'counties',
            opacity('counties', 0.75),
            'structure',
            opacity('structure', 1),
            opacity('airport', 1),
          ],
        },
      },
    ];
  },
  legend: [],
};
