/** Records placed only by district/county, of every layer: never drawn, always listed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  countyLevelCount,
  countyLevelIn,
  countyLevelItems,
  countyLevelWithoutCounty,
  isCountyLevelSource,
} from '../../src/analysis/countyLevel';
import type { AppData } from '../../src/domain/data';
import { ADMIN_COUNTIES, THEMES } from '../../src/domain/schema';
import { groupById } from '../../src/layers';
import { labelsGroup } from '../../src/layers/labels';
import { makeData } from './fixtures';

const read = (p: string) => JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const data: AppData = {
  ...makeData(),
  projects: read('data/plan/projects.geojson'),
  themes: Object.fromEntries(THEMES.map((t) => [t, read(`data/plan/${t}.geojson`)])) as AppData['themes'],
  others: read('data/plan/others.geojson'),
};

const ids = (src: unknown) =>
  (src as { data: { features: Array<{ properties: { id: string } }> } }).data.features.map(
    (f) => f.properties.id,
  );

describe('county-level items of every layer', () => {
  const all = countyLevelItems(data);
  const countyIds = new Set(all.map((i) => i.feature.properties.id));

  it('are selected from every theme and the other documents, as the files mark them', () => {
    const bySource = Object.fromEntries(
      [...new Set(all.map((i) => i.source))].map((s) => [s, countyLevelCount(data, s)]),
    );
    // Counted from the shipped files (placement_scope 'county'); projects are the badges' business.
    expect(bySource).toEqual({
      railport: 2,
      rail: 1,
      road: 7,
      water: 4,
      air: 2,
      hubs: 2,
      others: 1,
      works: 57,
    });
    expect(countyLevelCount(data)).toBe(76);
    for (const i of all) expect(i.feature.properties.placement_scope).toBe('county');
  });

  it('no layer draws them, as points or labels', () => {
    for (const source of [...THEMES, 'others'] as const) {
      const group = groupById(source);
      expect(group, source).toBeDefined();
      for (const [id, src] of Object.entries(group!.sources(data))) {
        const drawn = ids(src).filter((x) => countyIds.has(x));
        expect(drawn, `${source} › ${id}`).toEqual([]);
      }
    }
    // The place labels keep room only for the markers that are drawn.
    const places = Object.values(labelsGroup.sources(data))[0] as unknown as {
      data: { features: Array<{ properties: { role: string; group: string } }> };
    };
    const markers = (g: string) =>
      places.data.features.filter((f) => f.properties.role === 'marker' && f.properties.group === g).length;
    expect(markers('railport')).toBe(4);
    expect(markers('air')).toBe(
      data.themes.air.features.filter((f) => f.geometry.type === 'Point' && !f.properties.placement_scope)
        .length,
    );
  });

  it('each is listed in the profile of every district/county it names, or apart when none is named', () => {
    const listed = new Map<string, number>();
    for (const c of ADMIN_COUNTIES)
      for (const i of countyLevelIn(data, c)) {
        expect(i.feature.properties.counties).toContain(c);
        listed.set(i.feature.properties.id, (listed.get(i.feature.properties.id) ?? 0) + 1);
      }
    for (const i of countyLevelWithoutCounty(data)) listed.set(i.feature.properties.id, 0);
    expect(listed.size).toBe(all.length);
    for (const i of all)
      expect(listed.get(i.feature.properties.id)).toBe(i.feature.properties.counties.length);
    // One of another theme, in its county's profile, with its layer.
    expect(countyLevelIn(data, '鹿寨县').map((i) => `${i.source}/${i.feature.properties.id}`)).toEqual(
      expect.arrayContaining(['water/port-daojiang', 'water/port-xiangsi', 'works/works-c8-luzhai-wte']),
    );
    expect(countyLevelIn(data, '柳南区', 'railport').map((i) => i.feature.properties.id)).toEqual([
      'railport-ningtie',
      'railport-gaotie',
    ]);
    expect(countyLevelWithoutCounty(data, 'works')).toHaveLength(9);
    expect(countyLevelWithoutCounty(data, 'road')).toEqual([]);
  });

  it('logistics layers come before the county plan’s works in a profile', () => {
    const order = countyLevelIn(data, '柳南区').map((i) => i.source);
    expect(order.indexOf('works')).toBeGreaterThan(order.lastIndexOf('railport'));
    expect(isCountyLevelSource('others')).toBe(true);
    expect(isCountyLevelSource('projects')).toBe(false);
    expect(isCountyLevelSource('road')).toBe(true);
  });

  it('says in its basis where it is listed, not that a marker stands or is spread on a ring', () => {
    for (const { feature: f } of all) {
      expect(f.properties.location_quality, f.properties.id).not.toBe('exact');
      expect(f.properties.location_basis, f.properties.id).toMatch(/列于/);
      expect(f.properties.location_basis, f.properties.id).not.toMatch(/米处错开|标记置于/);
      expect(f.properties.location_basis_en, f.properties.id).toMatch(/listed/);
      expect(f.properties.location_basis_en, f.properties.id).not.toMatch(/spread|marker sits/);
    }
  });
});
