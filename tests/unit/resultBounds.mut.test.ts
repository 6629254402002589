/** Framing a filtered table's items, and the county-level works lists, on made-up features. */
import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { featuresBounds } from '../../src/analysis/resultBounds';
import { countyLevelCount, countyLevelIn, countyLevelWithoutCounty } from '../../src/analysis/countyLevel';
import { fc, makeData, pointFeature } from './fixtures';

const round = (b: number[] | null) => b && b.map((v) => +v.toFixed(6));

describe('the frame of several features', () => {
  it('spans every feature of any shape (a line’s whole extent), whatever the order', () => {
    const line: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [109.0, 24.5],
          [109.6, 24.1],
        ],
      },
    };
    const list = [pointFeature(109.5, 24.3), line, pointFeature(109.1, 24.2)] as Feature[];
    expect(round(featuresBounds(list))).toEqual([109, 24.1, 109.6, 24.5]);
    expect(round(featuresBounds([...list].reverse()))).toEqual([109, 24.1, 109.6, 24.5]);
  });

  it('is widened around its centre to the minimum span; nothing to frame gives no frame', () => {
    expect(round(featuresBounds([pointFeature(109.4, 24.3)] as Feature[]))).toEqual([
      109.37, 24.27, 109.43, 24.33,
    ]);
    expect(round(featuresBounds([pointFeature(109.4, 24.3)] as Feature[], 0.2))).toEqual([
      109.3, 24.2, 109.5, 24.4,
    ]);
    expect(featuresBounds([])).toBeNull();
  });
});

describe('county-level works', () => {
  const item = (id: string, counties: string[], county = true) =>
    pointFeature(109.4, 24.3, { id, counties, ...(county ? { placement_scope: 'county' } : {}) });
  const data = () => {
    const d = makeData();
    d.themes.works = fc([
      item('w-1', ['鹿寨县']),
      item('w-2', ['鹿寨县', '柳城县']),
      item('w-3', []),
      item('w-4', ['鹿寨县'], false),
      item('w-5', [], false),
    ]) as never;
    return d;
  };
  const idsOf = (list: Array<{ feature: { properties: { id: string } } }>) =>
    list.map((i) => i.feature.properties.id);

  it('by county: only items placed by county that name it', () => {
    expect(idsOf(countyLevelIn(data(), '鹿寨县', 'works'))).toEqual(['w-1', 'w-2']);
    expect(idsOf(countyLevelIn(data(), '柳城县', 'works'))).toEqual(['w-2']);
    expect(countyLevelIn(data(), '融安县', 'works')).toEqual([]);
  });

  it('apart: county-level items that name no county; and how many county-level items there are', () => {
    expect(idsOf(countyLevelWithoutCounty(data(), 'works'))).toEqual(['w-3']);
    expect(countyLevelCount(data(), 'works')).toBe(3);
  });
});
