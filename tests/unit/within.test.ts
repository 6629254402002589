import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import type { AppData } from '../../src/domain/data';
import { THEMES } from '../../src/domain/schema';
import {
  kmFrom,
  nearestFacilities,
  projectsAroundSites,
  within,
  withinRows,
} from '../../src/analysis/within';
import { drawnSquare, fc, makeData, pointFeature } from './fixtures';

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

/** The shipped plan data (projects, themes, stations). */
function shippedData(): AppData {
  const data = makeData();
  data.projects = read('data/plan/projects.geojson');
  data.themes = Object.fromEntries(
    THEMES.map((t) => [t, read(`data/plan/${t}.geojson`)]),
  ) as AppData['themes'];
  data.base.stations = read('data/base/railway_stations.geojson');
  data.base.counties = read('data/base/counties.geojson');
  return data;
}

const project = (
  id: string,
  lon: number,
  lat: number,
  area_mu: number | null,
  investment_yi: number | null,
) => pointFeature(lon, lat, { id, name: id, area_mu, investment_yi });

describe('what lies within', () => {
  it('lists by straight-line distance and sums only the stated figures, counting the missing ones', () => {
    const data = makeData();
    // 0.01° of latitude ≈ 1.11 km.
    data.projects = fc([
      project('p-01', 109.4, 24.3, 100, 2),
      project('p-02', 109.4, 24.31, null, 3.5),
      project('p-03', 109.4, 24.32, 50, null),
      project('p-04', 109.4, 24.4, 999, 99),
      // Just inside and just outside 3 km.
      project('p-05', 109.4, 24.3265, null, null),
      project('p-06', 109.4, 24.3275, 1, 1),
    ]) as never;
    const r = within(data, { type: 'Point', coordinates: [109.4, 24.3] }, 3);
    expect(r.hits.map((h) => h.id)).toEqual(['p-01', 'p-02', 'p-03', 'p-05']);
    expect(r.hits[1]!.km).toBeCloseTo(1.112, 2);
    expect(r.counts.project).toBe(4);
    expect(r.sums).toEqual({ area_mu: 150, area_missing: 2, investment_yi: 5.5, investment_missing: 2 });
    expect(withinRows(r)[0]).toEqual(['project', 'p-01', 'p-01', 0, 100, 2, null]);
  });

  it('measures from a drawn polygon (0 inside) and a line, and includes imported features', () => {
    const data = makeData();
    data.projects = fc([
      project('in-01', 109.405, 24.305, 1, 1),
      project('out-01', 109.5, 24.305, 1, 1),
    ]) as never;
    const square = drawnSquare();
    expect(kmFrom(square, { type: 'Point', coordinates: [109.405, 24.305] })).toBe(0);
    const r = within(data, square, 2, [
      { source: 'imp-1', nameField: 'n', features: [pointFeature(109.411, 24.305, { n: '候选点' })] },
    ]);
    expect(r.hits.map((h) => h.id)).toEqual(['in-01', '0']);
    expect(r.counts.imported).toBe(1);
    expect(r.hits[1]!.name).toBe('候选点');
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [109.4, 24.2],
        [109.4, 24.4],
      ] as Array<[number, number]>,
    };
    expect(kmFrom(line, { type: 'Point', coordinates: [109.41, 24.3] })).toBeCloseTo(1.014, 2);
  });

  it('imported features: named by position when unnamed, id from the feature, lines and areas by overlap', () => {
    const data = makeData();
    const centre = { type: 'Point' as const, coordinates: [109.4, 24.3] as [number, number] };
    const named = { ...pointFeature(109.401, 24.3, { n: '' }), id: 'f-7' };
    const far = pointFeature(110, 25, { n: '远' });
    const crossing = {
      type: 'Feature' as const,
      properties: { n: '穿过' },
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [109.3, 24.3],
          [109.5, 24.3],
        ],
      },
    };
    const noGeometry = { type: 'Feature' as const, properties: { n: '无' }, geometry: null };
    const r = within(data, centre, 1, [
      { source: 'imp', nameField: 'n', features: [named, far, crossing, noGeometry as never] },
      { source: 'imp2', features: [pointFeature(109.4, 24.301, { n: '有名' })] },
    ]);
    // Points first by distance, then features without a distance.
    expect(r.hits.map((h) => [h.source, h.id, h.name, h.km === null])).toEqual([
      ['imp', 'f-7', '#1', false],
      ['imp2', '0', '#1', false],
      ['imp', '2', '穿过', true],
    ]);
    expect(withinRows(r)[2]![3]).toBeNull();
    expect(r.counts).toEqual({ project: 0, planItem: 0, town: 0, imported: 3 });
    expect(r.km).toBe(1);
    expect(r.buffer.geometry.type).toBe('Polygon');
  });

  it('around the 西鹅 site finds exactly the projects within 5 km of it', () => {
    const data = shippedData();
    const centre = data.projects.features.find((f) => f.properties.id === 'liunan-01')!.geometry;
    const expected = data.projects.features
      .filter((f) => !f.properties.placement_scope)
      .filter((f) => distance(centre.coordinates, f.geometry.coordinates) <= 5)
      .map((f) => f.properties.id)
      .sort();
    const r = within(data, centre as never, 5);
    expect(
      r.hits
        .filter((h) => h.kind === 'project')
        .map((h) => h.id)
        .sort(),
    ).toEqual(expected);
    expect(r.hits.some((h) => h.id === 'railport-xie' && h.kind === 'planItem')).toBe(true);
    // County profiles stand for whole counties, never listed as lying within.
    expect(r.hits.some((h) => h.source === 'county')).toBe(false);
    // Every row from the plan cites its document line; towns are listed too.
    const rows = withinRows(within(data, centre as never, 20));
    expect(rows.some((row) => row[0] === 'town')).toBe(true);
    for (const row of rows) expect(String(row[6])).toMatch(/\S+ .+ \S+\.txt 第\d+行$/);
  });

  it('answers the ready-made questions: nearest facilities and projects around each site', () => {
    const data = shippedData();
    const near = nearestFacilities(data, { type: 'Point', coordinates: [109.359, 24.284] });
    expect(near.map((n) => n.what)).toEqual(['station', 'port', 'railport']);
    expect(near[2]!.name).toBe('柳州西鹅铁路物流中心');
    expect(near[2]!.km).toBeCloseTo(0, 5);
    const rings = projectsAroundSites(data);
    // Sites placed only by county have no position: 4 of the 6 rail-port sites, 4 of the 7 port areas.
    expect(rings.map((r) => r.site.id)).not.toContain('railport-ningtie');
    expect(rings.map((r) => r.site.id)).not.toContain('port-daojiang');
    expect(rings.length).toBe(4 + 4);
    // Nor are county-level projects measured from their stored point.
    const named = new Set(rings.flatMap((r) => r.byKm.flatMap((b) => b.projects)));
    for (const p of data.projects.features.filter((f) => f.properties.placement_scope))
      expect(named.has(p.properties.name), p.properties.id).toBe(false);
    for (const r of rings) {
      const [a, b, c] = r.byKm.map((x) => x.projects.length);
      expect(a! <= b! && b! <= c!).toBe(true);
    }
  });

  it('never counts a county-level record by its stored point: lists it apart by its district/county', () => {
    const data = shippedData();
    const countyIds = new Set(
      [...data.projects.features, ...THEMES.flatMap((t) => data.themes[t].features)]
        .filter((f) => f.properties.placement_scope === 'county')
        .map((f) => f.properties.id),
    );
    // A 1 km circle on the stored point the 柳南区 county-level records share (liunan-08's).
    const at = data.projects.features.find((f) => f.properties.id === 'liunan-08')!.geometry;
    const r = within(data, at as never, 1);
    expect(r.hits.filter((h) => countyIds.has(h.id))).toEqual([]);
    const apart = r.countyLevel.map((h) => `${h.source}/${h.id}`);
    expect(apart).toEqual(
      expect.arrayContaining([
        'projects/liunan-08',
        'railport/railport-gaotie',
        'rail/rail-spur-hsr-logistics',
        'hubs/hub-xinliunan-cold',
        'works/works-c6-reserve-liunan',
      ]),
    );
    expect(r.countyLevel.find((h) => h.id === 'liunan-08')!.counties).toEqual(['柳南区']);
    // Each keeps what it is: a project or a plan item.
    expect(r.countyLevel.find((h) => h.id === 'liunan-08')!.kind).toBe('project');
    expect(r.countyLevel.find((h) => h.id === 'railport-gaotie')!.kind).toBe('planItem');
    for (const h of r.countyLevel) expect(h.counties.length).toBeGreaterThan(0);
    // Not counted, not summed; exported with no distance.
    expect(r.counts.project).toBe(r.hits.filter((h) => h.kind === 'project').length);
    const rows = withinRows(r).filter((row) => row[0] === 'countyLevel');
    expect(rows).toHaveLength(r.countyLevel.length);
    for (const row of rows) expect(row.slice(3, 6)).toEqual([null, null, null]);
    // Far from 三江县, its county-level items are not listed at all.
    expect(r.countyLevel.some((h) => h.counties.includes('三江侗族自治县'))).toBe(false);
  });
});
