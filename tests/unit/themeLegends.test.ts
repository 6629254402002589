/**
 * What each plan layer says about how its places were obtained matches what it draws: the layer
 * panel's notes (a group's `quality`) and the legends (layer panel, slides, exports) name every
 * kind of location quality and geometry the shipped data draws in that layer, and nothing more.
 */
import { describe, expect, it } from 'vitest';
import { sited } from '../../src/analysis/countyLevel';
import { THEMES } from '../../src/domain/schema';
import { groupById } from '../../src/layers';
import { shippedData } from './shippedData';

type Feature = {
  geometry: { type: string } | null;
  properties: { location_quality: string; placement_scope?: 'county' };
};

const shape = (type: string) => (type.includes('Point') ? 'point' : type.includes('Line') ? 'line' : 'fill');

/** Quality × geometry of what a layer draws (items known only by district/county are not drawn). */
function drawnKinds(features: readonly Feature[]) {
  const drawn = sited(features).filter((f) => f.geometry);
  return {
    qualities: [...new Set(drawn.map((f) => f.properties.location_quality))].sort(),
    legend: [
      ...new Set(drawn.map((f) => `quality.${f.properties.location_quality}.${shape(f.geometry!.type)}`)),
    ].sort(),
  };
}

const data = shippedData();
const layers = [
  ...THEMES.map((t) => [t, data.themes[t].features] as const),
  ['others', data.others.features] as const,
];
// Their own legends name the structure's parts; the county profiles are an invisible click target.
const OWN_LEGEND = new Set(['structure', 'county']);

describe('plan layers describe their locations as drawn', () => {
  it.each(layers)('%s: the quality notes name exactly the qualities drawn', (id, features) => {
    expect([...(groupById(id)?.quality ?? [])].sort()).toEqual(drawnKinds(features as Feature[]).qualities);
  });

  it.each(layers.filter(([id]) => !OWN_LEGEND.has(id)))(
    '%s: the legend has an entry for each quality and geometry drawn, and no other',
    (id, features) => {
      const legend = groupById(id)!
        .legend.map((e) => e.label)
        .filter((l) => l.startsWith('quality.'))
        .sort();
      expect(legend).toEqual(drawnKinds(features as Feature[]).legend);
      // Gathered legends (slides, exports) name this layer, not another.
      const named = groupById(id)!.legend.filter((e) => e.label.startsWith('quality.'));
      expect(new Set(named.map((e) => e.of))).toEqual(new Set([`layerShort.${id}`]));
    },
  );
});
