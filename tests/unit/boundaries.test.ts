/** Today's district/county boundaries (天地图 2025) against the plan's town lists and the plan data. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, Geometry, Point, Polygon } from 'geojson';
import type { PlanItemProps } from '../../src/domain/schema';
import { ADMIN_COUNTIES } from '../../src/domain/schema';

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const counties = read<FeatureCollection<Polygon, { name: string; boundary_date: string }>>(
  'data/base/counties.geojson',
).features;
const towns = read<FeatureCollection<Point, PlanItemProps>>('data/plan/towns.geojson').features;
/** NBS 2023 statistical division codes: county,township pairs. */
const nbs = readFileSync('data/base/townships_nbs2023.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','))
  .map(([, county, , township]) => ({ county: county!, township: township! }));
const countyOf = (p: Point['coordinates']) =>
  counties.find((c) => booleanPointInPolygon(p, c))?.properties.name ?? null;

describe('district/county boundaries', () => {
  it('are the ten current units of 2025, and the NBS list has every one of them', () => {
    expect(counties.map((c) => c.properties.name).sort()).toEqual([...ADMIN_COUNTIES].sort());
    for (const c of counties) expect(c.properties.boundary_date).toBe('2025');
    expect(new Set(nbs.map((r) => r.county))).toEqual(new Set(ADMIN_COUNTIES));
  });

  it('put the 2018/2019 transfers where they are today (洛满 in 柳南区, 雒容 in 鱼峰区)', () => {
    const town = (id: string) => towns.find((t) => t.properties.id === id)!;
    expect(countyOf(town('town-luoman').geometry.coordinates)).toBe('柳南区');
    expect(countyOf(town('town-liyong').geometry.coordinates)).toBe('鱼峰区');
    expect(countyOf(town('town-baisha').geometry.coordinates)).toBe('鱼峰区');
  });
});

describe('key towns of the county plan (专栏5 重点镇乡名录)', () => {
  it('lists 36 towns, each a township of the county the plan names (NBS 2023)', () => {
    expect(towns).toHaveLength(36);
    for (const t of towns) {
      const [county] = t.properties.counties;
      expect(t.properties.counties, t.properties.id).toHaveLength(1);
      const hit = nbs.find((r) => r.township === t.properties.name);
      expect(hit, `${t.properties.name} is not an NBS township`).toBeDefined();
      expect(hit!.county, t.properties.name).toBe(county);
    }
  });

  it('places each town inside the county the plan names, on today’s boundaries', () => {
    for (const t of towns)
      expect(countyOf(t.geometry.coordinates), t.properties.name).toBe(t.properties.counties[0]);
  });
});

describe('plan items on today’s boundaries', () => {
  it('every point item states the county it lies in, when it states one county', () => {
    const files = ['water', 'railport', 'air', 'rail', 'road'];
    for (const file of files) {
      const fc = read<FeatureCollection<Geometry, PlanItemProps>>(`data/plan/${file}.geojson`);
      for (const f of fc.features) {
        if (f.geometry.type !== 'Point' || f.properties.counties.length !== 1) continue;
        const at = countyOf(f.geometry.coordinates);
        // An item may sit in a neighbouring county only if its basis says so.
        if (at !== f.properties.counties[0])
          expect(f.properties.location_basis, `${file}/${f.properties.id}`).toContain(at ?? '柳州市外');
      }
    }
  });
});
