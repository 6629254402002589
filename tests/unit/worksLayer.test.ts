import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countyLevelWorks, worksWithoutCounty } from '../../src/analysis/countyWorks';
import type { AppData } from '../../src/domain/data';
import { ADMIN_COUNTIES } from '../../src/domain/schema';
import { worksGroup } from '../../src/layers/planThemes';
import { makeData } from './fixtures';

const works = JSON.parse(
  readFileSync(new URL('../../data/plan/works.geojson', import.meta.url), 'utf8'),
) as AppData['themes']['works'];
const data: AppData = { ...makeData(), themes: { ...makeData().themes, works } };

const ids = (src: unknown) =>
  (src as { data: { features: Array<{ properties: { id: string } }> } }).data.features.map(
    (f) => f.properties.id,
  );

describe('works layer', () => {
  const scope = new Map(works.features.map((f) => [f.properties.id, f.properties.placement_scope]));

  it('draws only items placed from the plan words or schematically, never county-level ones', () => {
    const sources = worksGroup.sources(data);
    const drawn = ids(sources.works);
    expect(drawn).toHaveLength(10);
    expect(drawn.filter((id) => scope.get(id) === 'county')).toEqual([]);
    // Labels come from the same items.
    expect(ids(sources['works-labels']).filter((id) => scope.get(id) === 'county')).toEqual([]);
  });

  it('lists the county-level items by county, and those without a county apart', () => {
    expect(countyLevelWorks(data, '鹿寨县').map((f) => f.properties.name)).toContain(
      '鹿寨县生活垃圾焚烧发电项目（一期）',
    );
    expect(worksWithoutCounty(data)).toHaveLength(9);
    const listed = new Set(
      ADMIN_COUNTIES.flatMap((c) => countyLevelWorks(data, c)).concat(worksWithoutCounty(data)),
    );
    // Every county-level item is reachable from some list.
    expect(listed.size).toBe(57);
  });

  it('says in its basis where a county-level item is listed, not that it is drawn on a ring', () => {
    for (const f of works.features.filter((x) => x.properties.placement_scope === 'county')) {
      expect(f.properties.location_basis).not.toMatch(/米处错开|标记/);
      expect(f.properties.location_basis).toMatch(/列于/);
      expect(f.properties.location_basis_en).not.toMatch(/spread|marker/);
    }
  });
});
