/** "What lies within", the nearest facilities and the ready-made site questions, on made-up points. */
import { describe, expect, it } from 'vitest';
import {
  kmFrom,
  nearestFacilities,
  projectsAroundSites,
  within,
  withinRows,
} from '../../src/analysis/within';
import { citationLine } from '../../src/domain/sources';
import { drawnSquare, fc, makeData, pointFeature } from './fixtures';

const centre = { type: 'Point' as const, coordinates: [109.4, 24.3] as [number, number] };
const cite = { file: '002_cea03bdf2b5fe175.txt' as const, line: 80, section: '布局' };
const line = (name: string, lat: number) => ({
  type: 'Feature' as const,
  properties: { name, n: name },
  geometry: {
    type: 'LineString' as const,
    coordinates: [
      [109.3, lat],
      [109.5, lat],
    ],
  },
});

describe('what lies within (made-up data)', () => {
  it('lists plan items and towns with their citations, never county profiles', () => {
    const data = makeData();
    data.themes.road = fc([
      pointFeature(109.401, 24.3, { id: 'road-a', name: '某路', citation: cite }),
    ]) as never;
    data.themes.towns = fc([
      pointFeature(109.402, 24.3, { id: 'town-a', name: '某镇', citation: cite }),
    ]) as never;
    data.themes.county = fc([
      pointFeature(109.4, 24.3, { id: 'county-a', name: '某县', citation: cite }),
    ]) as never;
    const r = within(data, centre, 1);
    expect(r.hits.map((h) => [h.kind, h.id, h.name, h.source])).toEqual([
      ['planItem', 'road-a', '某路', 'road'],
      ['town', 'town-a', '某镇', 'towns'],
    ]);
    expect(r.counts).toEqual({ project: 0, planItem: 1, town: 1, imported: 0 });
    expect(withinRows(r)[0]).toEqual(['planItem', 'road-a', '某路', 0.101, null, null, citationLine(cite)]);
    expect(r.sums).toEqual({ area_mu: 0, area_missing: 0, investment_yi: 0, investment_missing: 0 });
  });

  it('a point exactly at the distance is within it', () => {
    const data = makeData();
    const p = pointFeature(109.4, 24.33, { id: 'p-01', name: 'p-01', area_mu: 2.5, investment_yi: 0.3 });
    data.projects = fc([p]) as never;
    const km = kmFrom(centre, { type: 'Point', coordinates: [109.4, 24.33] });
    const r = within(data, centre, km);
    expect(r.hits.map((h) => h.id)).toEqual(['p-01']);
    expect(r.hits[0]).toMatchObject({
      kind: 'project',
      source: 'projects',
      area_mu: 2.5,
      investment_yi: 0.3,
    });
    expect(r.sums).toEqual({ area_mu: 2.5, area_missing: 0, investment_yi: 0.3, investment_missing: 0 });
    expect(withinRows(r)[0]![3]).toBe(Math.round(km * 1000) / 1000);
  });

  it('features without a distance are listed by name; imported rows without properties are numbered', () => {
    const data = makeData();
    const r = within(data, centre, 1, [
      { source: 'imp', nameField: 'n', features: [line('乙线', 24.3), line('甲线', 24.301)] },
      {
        source: 'bare',
        nameField: 'n',
        features: [
          { type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [109.4, 24.3] } },
        ],
      },
    ]);
    expect(r.hits.map((h) => [h.source, h.name, h.km])).toEqual([
      ['bare', '#1', 0],
      ['imp', '甲线', null],
      ['imp', '乙线', null],
    ]);
    // Sums cover projects only.
    expect(r.sums).toEqual({ area_mu: 0, area_missing: 0, investment_yi: 0, investment_missing: 0 });
  });

  it('from a drawn line: the distance to its nearest part', () => {
    const road = {
      type: 'LineString' as const,
      coordinates: [
        [109.4, 24.2],
        [109.4, 24.3],
      ] as Array<[number, number]>,
    };
    expect(kmFrom(road, { type: 'Point', coordinates: [109.41, 24.25] })).toBeCloseTo(1.014, 2);
    expect(kmFrom(road, { type: 'Point', coordinates: [109.4, 24.31] })).toBeCloseTo(1.112, 2);
  });

  it('a radius of nothing has no area to search in', () => {
    expect(() => within(makeData(), centre, 0)).toThrow('empty buffer');
  });

  it('a drawn area: distance 0 inside, to its edge outside', () => {
    const square = drawnSquare();
    expect(kmFrom(square, { type: 'Point', coordinates: [109.405, 24.32] })).toBeCloseTo(1.112, 2);
    expect(kmFrom(square, { type: 'Point', coordinates: [109.401, 24.301] })).toBe(0);
  });
});

describe('nearest facilities (made-up data)', () => {
  it('names the nearest station and port area by distance, skipping shapes and other water works', () => {
    const data = makeData();
    data.base.stations = fc([
      line('线状站', 24.3),
      pointFeature(109.5, 24.3, { name: '远站' }),
      pointFeature(109.41, 24.3, { name: '近站' }),
      pointFeature(109.45, 24.3, { name: '中站' }),
    ]);
    data.themes.water = fc([
      pointFeature(109.401, 24.3, { kind: '码头', name: '码头甲' }),
      pointFeature(109.45, 24.3, { kind: '作业区', name: '某作业区' }),
    ]) as never;
    const near = nearestFacilities(data, centre);
    // No rail-port site: no answer for it.
    expect(near.map((x) => [x.what, x.name])).toEqual([
      ['station', '近站'],
      ['port', '某作业区'],
    ]);
    expect(near[0]!.km).toBeCloseTo(1.014, 2);
    expect(near[1]!.km).toBeCloseTo(5.07, 1);
  });

  it('an unnamed facility is named by an empty string, never "undefined"', () => {
    const data = makeData();
    data.base.stations = fc([pointFeature(109.41, 24.3, {})]);
    expect(nearestFacilities(data, centre)).toEqual([{ what: 'station', name: '', km: expect.any(Number) }]);
    expect(nearestFacilities(makeData(), centre)).toEqual([]);
  });
});

describe('projects around each site (made-up data)', () => {
  it('each rail-port site and port area, the projects within each radius, nearest first', () => {
    const data = makeData();
    data.themes.railport = fc([
      pointFeature(109.4, 24.3, { id: 'railport-a', name: '铁路港甲' }),
      { ...line('线状站', 24.3), properties: { id: 'railport-line', name: '线' } },
    ]) as never;
    data.themes.water = fc([
      pointFeature(109.6, 24.3, { id: 'water-a', name: '某作业区', kind: '作业区' }),
      pointFeature(109.4, 24.3, { id: 'water-b', name: '某码头', kind: '码头' }),
    ]) as never;
    data.projects = fc([
      pointFeature(109.4, 24.33, { id: 'p-1', name: '三公里' }),
      pointFeature(109.4, 24.36, { id: 'p-2', name: '七公里' }),
      pointFeature(109.4, 24.301, { id: 'p-3', name: '近旁' }),
    ]) as never;
    expect(projectsAroundSites(data, [1, 5])).toEqual([
      {
        site: { id: 'railport-a', name: '铁路港甲', source: 'railport' },
        byKm: [
          { km: 1, projects: ['近旁'] },
          { km: 5, projects: ['近旁', '三公里'] },
        ],
      },
      {
        site: { id: 'water-a', name: '某作业区', source: 'water' },
        byKm: [
          { km: 1, projects: [] },
          { km: 5, projects: [] },
        ],
      },
    ]);
    expect(projectsAroundSites(data)[0]!.byKm).toEqual([
      { km: 5, projects: ['近旁', '三公里'] },
      { km: 10, projects: ['近旁', '三公里', '七公里'] },
      { km: 20, projects: ['近旁', '三公里', '七公里'] },
    ]);
  });
});
