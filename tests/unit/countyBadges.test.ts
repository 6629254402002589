/** County badges (projects placed only by district/county) and result framing, on factory fixtures. */
import { describe, expect, it } from 'vitest';
import { badgeCounty, badgeId, badgeProjects, countyBadges } from '../../src/analysis/countyBadges';
import { isCountyLevel } from '../../src/analysis/countyLevel';
import { featureBounds, resultBounds } from '../../src/analysis/resultBounds';
import type { ProjectProps } from '../../src/domain/schema';
import { makeProject } from './factories';

const countyLevel = (props: Partial<ProjectProps>, coords: [number, number]) =>
  makeProject({ placement_scope: 'county', ...props }, coords);

describe('county badges', () => {
  const a = countyLevel({ admin_county: '鹿寨县' }, [109.7, 24.4]);
  const b = countyLevel({ admin_county: '鹿寨县' }, [109.8, 24.6]);
  const c = countyLevel({ admin_county: '城中区' }, [109.41, 24.31]);
  const sited = makeProject({ admin_county: '鹿寨县' }, [109.75, 24.5]);

  it('one badge per district/county in plan order, at the mean position, counting only county-level projects', () => {
    const fc = countyBadges([a, sited, b, c]);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.properties.county)).toEqual(['城中区', '鹿寨县']);
    const lz = fc.features[1]!;
    expect(lz.id).toBe('c6');
    expect(lz.properties).toEqual({
      id: 'c6',
      county: '鹿寨县',
      count: 2,
      label_zh: '2 个项目 · 位置仅到区县',
      label_en: '2 projects · located only to district/county',
      ids: `${a.properties.id},${b.properties.id}`,
    });
    expect(lz.type).toBe('Feature');
    expect(lz.geometry.type).toBe('Point');
    const [lon, lat] = lz.geometry.coordinates as [number, number];
    expect(lon).toBeCloseTo(109.75, 10);
    expect(lat).toBeCloseTo(24.5, 10);
    expect(fc.features[0]!.geometry.coordinates).toEqual([109.41, 24.31]);
  });

  it('says "1 project" in English for one', () => {
    const [one] = countyBadges([c]).features;
    expect(one!.properties.label_en).toMatch(/^1 project\b/);
    expect(one!.properties.label_en).not.toMatch(/projects/);
    expect(one!.properties.label_zh).toBe('1 个项目 · 位置仅到区县');
  });

  it('no county-level projects, no badges', () => {
    expect(countyBadges([sited]).features).toEqual([]);
    expect(countyBadges([]).features).toEqual([]);
  });

  it('badge ids are ASCII and read back; anything else is no county', () => {
    expect(badgeId('城中区')).toBe('c0');
    expect(badgeCounty('c0')).toBe('城中区');
    expect(badgeCounty(badgeId('三江侗族自治县'))).toBe('三江侗族自治县');
    expect(badgeCounty('c99')).toBeNull();
    expect(badgeCounty('xc1')).toBeNull();
    expect(badgeCounty('c1x')).toBeNull();
    expect(badgeCounty('c')).toBeNull();
  });

  it('a badge stands for its county-level projects within the results', () => {
    expect(isCountyLevel(a)).toBe(true);
    expect(isCountyLevel(sited)).toBe(false);
    expect(badgeProjects([a, sited, b, c], '鹿寨县')).toEqual([a, b]);
    expect(badgeProjects([a, sited], '城中区')).toEqual([]);
  });
});

describe('result bounds', () => {
  it('frame the points, widened to the minimum span around their centre', () => {
    const p = makeProject({}, [109.4, 24.3]);
    const q = makeProject({}, [109.6, 24.32]);
    const b = resultBounds([p, q])!;
    expect(b[0]).toBeCloseTo(109.4, 10);
    expect(b[2]).toBeCloseTo(109.6, 10);
    // Latitude span 0.02 < 0.06: widened by 0.02 on each side.
    expect(b[1]).toBeCloseTo(24.28, 10);
    expect(b[3]).toBeCloseTo(24.34, 10);
    const one = resultBounds([p], 0.1)!;
    expect(one.map((v) => +v.toFixed(6))).toEqual([109.35, 24.25, 109.45, 24.35]);
    expect(resultBounds([])).toBeNull();
  });

  it('use the extremes whatever the order', () => {
    const pts = [
      makeProject({}, [109.5, 24.5]),
      makeProject({}, [109.0, 24.9]),
      makeProject({}, [110.0, 24.0]),
    ];
    expect(resultBounds(pts)).toEqual([109.0, 24.0, 110.0, 24.9]);
  });

  it('of any feature, widened the same way', () => {
    const line = {
      type: 'Feature' as const,
      properties: {},
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [109.0, 24.0],
          [109.5, 24.01],
        ],
      },
    };
    const b = featureBounds(line);
    expect(b[0]).toBeCloseTo(109.0, 10);
    expect(b[2]).toBeCloseTo(109.5, 10);
    expect(b[1]).toBeCloseTo(23.995, 10);
    expect(b[3]).toBeCloseTo(24.015, 10);
    expect(featureBounds(line, 0).map((v) => +v.toFixed(6))).toEqual([109, 24, 109.5, 24.01]);
  });
});
