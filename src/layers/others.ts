/**
 * "其他文件中的重大项目": projects and programmes that the later documents name but the logistics
 * plan does not list. Drawn with the shared plan-item specs in a colour of their own, so they read
 * as document evidence kept apart from the plan.
 */
import { sited } from '../analysis/countyLevel';
import { THEME_COLORS } from './palette';
import {
  SLIM_KEYS,
  interactiveIds,
  labelSource,
  labelSourceId,
  planLayers,
  qualityLegend,
  slimSource,
} from './planItems';
import type { LayerGroup } from './types';

export const OTHERS_SOURCE = 'others';
const PREFIX = 'plan-others';

export const othersGroup: LayerGroup = {
  id: 'others',
  title: 'layer.others',
  interactive: interactiveIds(PREFIX),
  quality: ['approximate', 'schematic'],
  sources: (data) => {
    // Records known only by their district/county are listed in the county profiles, not drawn.
    const drawn = { ...data.others, features: sited(data.others.features) };
    return {
      [OTHERS_SOURCE]: slimSource(drawn, SLIM_KEYS),
      [labelSourceId(OTHERS_SOURCE)]: labelSource(drawn, SLIM_KEYS),
    };
  },
  layers: ({ group }) =>
    planLayers({
      prefix: PREFIX,
      source: OTHERS_SOURCE,
      group,
      color: THEME_COLORS.other,
      labelMinZoom: 9,
      pointRadius: 6,
      lineWidth: 2.5,
    }),
  legend: [
    ...qualityLegend(THEME_COLORS.other, ['approximate', 'schematic'], 'point', 'others'),
    ...qualityLegend(THEME_COLORS.other, ['schematic'], 'line', 'others'),
  ],
};
