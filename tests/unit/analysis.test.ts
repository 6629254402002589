/** Filter and facet logic, sorting, statistics and spatial relations, on small factory fixtures. */
import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  facetCounts,
  matchesText,
  passes,
  sortProjects,
  type FilterContext,
} from '../../src/analysis/filterProjects';
import { projectStats } from '../../src/analysis/stats';
import { nearest, projectsInArea } from '../../src/analysis/related';
import { isFiltering } from '../../src/domain/filters';
import { makeFilters, makePointItem, makeProject } from './factories';

const ctx = (over: Partial<FilterContext> = {}): FilterContext => ({
  search: new Map(),
  bounds: null,
  ...over,
});
const ids = (list: Array<{ properties: { id: string } }>) => list.map((p) => p.properties.id);

describe('filters', () => {
  const a = makeProject({ table: '柳南区', type: '商贸服务型', status: '在建', area_mu: 100 });
  const b = makeProject({ table: '鹿寨县', type: '国家物流枢纽', status: '新建', area_mu: 300 });
  const c = makeProject({ table: '鹿寨县', type: '商贸服务型', status: '储备', area_mu: null });
  const all = [a, b, c];

  it('empty filters keep everything', () => {
    expect(applyFilters(all, makeFilters(), ctx())).toHaveLength(3);
  });
  it('each facet keeps only its options, and facets combine with AND', () => {
    expect(ids(applyFilters(all, makeFilters({ tables: ['鹿寨县'] }), ctx()))).toEqual(ids([b, c]));
    expect(ids(applyFilters(all, makeFilters({ types: ['商贸服务型'] }), ctx()))).toEqual(ids([a, c]));
    expect(ids(applyFilters(all, makeFilters({ statuses: ['新建'] }), ctx()))).toEqual(ids([b]));
    expect(ids(applyFilters(all, makeFilters({ tables: ['鹿寨县'], types: ['商贸服务型'] }), ctx()))).toEqual(
      ids([c]),
    );
  });
  it('area bounds are inclusive and drop projects whose area the plan does not state', () => {
    expect(ids(applyFilters(all, makeFilters({ areaMin: 100 }), ctx()))).toEqual(ids([a, b]));
    expect(ids(applyFilters(all, makeFilters({ areaMax: 100 }), ctx()))).toEqual(ids([a]));
    expect(ids(applyFilters(all, makeFilters({ areaMin: 101, areaMax: 300 }), ctx()))).toEqual(ids([b]));
    expect(applyFilters(all, makeFilters({ areaMin: 0 }), ctx())).not.toContain(c);
  });
  it('only in view keeps projects inside the bounds (edges included), and ignores a missing view', () => {
    const west = makeProject({}, [109, 24]);
    const east = makeProject({}, [110, 25]);
    const f = makeFilters({ inView: true });
    expect(ids(applyFilters([west, east], f, ctx({ bounds: [108.5, 23.5, 109.5, 24.5] })))).toEqual(
      ids([west]),
    );
    expect(ids(applyFilters([west, east], f, ctx({ bounds: [109, 24, 110, 25] })))).toEqual(
      ids([west, east]),
    );
    expect(applyFilters([west, east], f, ctx({ bounds: [109.1, 24.1, 109.9, 24.9] }))).toEqual([]);
    expect(applyFilters([west, east], f, ctx())).toHaveLength(2);
    expect(applyFilters([west, east], makeFilters(), ctx({ bounds: [0, 0, 1, 1] }))).toHaveLength(2);
  });
  it('facet counts ignore their own facet but apply the others', () => {
    const counts = facetCounts(all, makeFilters({ tables: ['柳南区'], types: ['商贸服务型'] }), ctx());
    expect(counts.tables).toMatchObject({ 柳南区: 1, 鹿寨县: 1, 柳北区: 0 });
    expect(counts.types).toMatchObject({ 商贸服务型: 1, 国家物流枢纽: 0 });
    expect(counts.statuses).toMatchObject({ 在建: 1, 新建: 0, 储备: 0, 预备: 0 });
    // Each facet's own selection never narrows its own counts.
    const byType = facetCounts(all, makeFilters({ types: ['国家物流枢纽'] }), ctx());
    expect(byType.types).toMatchObject({ 商贸服务型: 2, 国家物流枢纽: 1 });
    expect(byType.tables).toMatchObject({ 鹿寨县: 1, 柳南区: 0 });
    const byStatus = facetCounts(all, makeFilters({ statuses: ['储备'] }), ctx());
    expect(byStatus.statuses).toMatchObject({ 在建: 1, 新建: 1, 储备: 1 });
    expect(byStatus.tables).toMatchObject({ 鹿寨县: 1, 柳南区: 0 });
  });
  it('passes can leave out one facet', () => {
    const f = makeFilters({ statuses: ['新建'] });
    expect(passes(a, f, ctx())).toBe(false);
    expect(passes(a, f, ctx(), 'statuses')).toBe(true);
    expect(passes(a, makeFilters({ types: ['国家物流枢纽'] }), ctx(), 'statuses')).toBe(false);
  });
});

describe('is filtering', () => {
  it('is true as soon as any one filter is set, and not for blank text', () => {
    expect(isFiltering(makeFilters())).toBe(false);
    expect(isFiltering(makeFilters({ text: '   ' }))).toBe(false);
    const each = [
      { tables: ['柳南区' as const] },
      { types: ['商贸服务型' as const] },
      { statuses: ['在建' as const] },
      { areaMin: 0 },
      { areaMax: 10 },
      { text: '港' },
      { inView: true },
    ];
    for (const patch of each) expect(isFiltering(makeFilters(patch))).toBe(true);
  });
});

describe('text search', () => {
  const p = makeProject({
    name: '柳州西鹅铁路物流中心',
    summary: '铁路 货场',
    location_text: '西鹅',
    scale_text: '4300亩',
  });
  const search = new Map([
    [p.properties.id, { id: p.properties.id, pinyin: 'liuzhouxie', initials: 'lzxe' }],
  ]);
  it('matches any listed field, ignoring spaces and case', () => {
    expect(matchesText(p, '', search)).toBe(true);
    expect(matchesText(p, '   ', search)).toBe(true);
    expect(matchesText(p, '西 鹅', search)).toBe(true);
    expect(matchesText(p, '货场', search)).toBe(true);
    expect(matchesText(p, '4300亩', search)).toBe(true);
    expect(matchesText(p, '柳南区', search)).toBe(true);
    expect(matchesText(p, '鹿寨', search)).toBe(false);
  });
  it('never matches text that runs from one field into the next', () => {
    // name ends 中心, summary starts 铁路: 中心铁路 is in neither.
    expect(matchesText(p, '中心铁路', search)).toBe(false);
    expect(matchesText(p, '货场西鹅', search)).toBe(false);
    expect(matchesText(p, '物流中心', search)).toBe(true);
  });
  it('matches pinyin and initials, only for latin letters', () => {
    expect(matchesText(p, 'LZXE', search)).toBe(true);
    expect(matchesText(p, 'xie', search)).toBe(true);
    expect(matchesText(p, 'zzz', search)).toBe(false);
    expect(matchesText(p, 'lz1', search)).toBe(false);
    expect(matchesText(p, 'lzxe', new Map())).toBe(false);
  });
});

describe('sorting', () => {
  const x = makeProject({
    table: '鹿寨县',
    seq: 1,
    name: '乙',
    status: '在建',
    area_mu: 5,
    investment_yi: null,
  });
  const y = makeProject({
    table: '柳南区',
    seq: 2,
    name: '甲',
    status: '储备',
    area_mu: null,
    investment_yi: 2,
  });
  const z = makeProject({
    table: '柳南区',
    seq: 1,
    name: '丙',
    status: '新建',
    area_mu: 9,
    investment_yi: 1,
  });
  const list = [x, y, z];
  it('by table then row, both directions', () => {
    expect(ids(sortProjects(list, { key: 'table', dir: 'asc' }))).toEqual(ids([z, y, x]));
    expect(ids(sortProjects(list, { key: 'table', dir: 'desc' }))).toEqual(ids([x, y, z]));
  });
  it('by status order, ties by table', () => {
    expect(ids(sortProjects(list, { key: 'status', dir: 'asc' }))).toEqual(ids([x, z, y]));
    expect(ids(sortProjects(list, { key: 'status', dir: 'desc' }))).toEqual(ids([y, z, x]));
  });
  it('numbers sort either way, missing numbers always last', () => {
    expect(ids(sortProjects(list, { key: 'area', dir: 'asc' }))).toEqual(ids([x, z, y]));
    expect(ids(sortProjects(list, { key: 'area', dir: 'desc' }))).toEqual(ids([z, x, y]));
    expect(ids(sortProjects(list, { key: 'investment', dir: 'asc' }))).toEqual(ids([z, y, x]));
    expect(ids(sortProjects(list, { key: 'investment', dir: 'desc' }))).toEqual(ids([y, z, x]));
  });
  it('ties fall back to table then row, in table order whatever the direction', () => {
    const a = makeProject({ table: '鹿寨县', seq: 1, status: '在建', area_mu: 3, investment_yi: null });
    const b = makeProject({ table: '柳南区', seq: 2, status: '在建', area_mu: 3, investment_yi: null });
    const c = makeProject({ table: '柳南区', seq: 1, status: '在建', area_mu: 3, investment_yi: null });
    for (const dir of ['asc', 'desc'] as const) {
      expect(ids(sortProjects([a, b, c], { key: 'status', dir }))).toEqual(ids([c, b, a]));
      expect(ids(sortProjects([a, b, c], { key: 'area', dir }))).toEqual(ids([c, b, a]));
      // Both numbers missing: table order too.
      expect(ids(sortProjects([a, b, c], { key: 'investment', dir }))).toEqual(ids([c, b, a]));
    }
  });
  it('by name in pinyin order, and never in place', () => {
    expect(ids(sortProjects(list, { key: 'name', dir: 'asc' }))).toEqual(ids([z, y, x])); // bǐng, jiǎ, yǐ
    expect(ids(sortProjects(list, { key: 'name', dir: 'desc' }))).toEqual(ids([x, y, z]));
    expect(ids(list)).toEqual(ids([x, y, z]));
  });
});

describe('statistics', () => {
  it('totals count only stated numbers, rounded to the plan precision', () => {
    const s = projectStats([
      makeProject({ area_mu: 10.111, investment_yi: 1.005, table: '鹿寨县', type: '国家物流枢纽' }),
      makeProject({ area_mu: 20.222, investment_yi: null, status: '储备' }),
      makeProject({ area_mu: null, investment_yi: 2 }),
    ]);
    expect(s).toMatchObject({ count: 3, areaMu: 30.33, areaStated: 2, investmentStated: 2 });
    expect(s.investmentYi).toBeCloseTo(3.01, 2);
    expect(s.byTableType['鹿寨县']).toMatchObject({ 国家物流枢纽: 1, 商贸服务型: 0 });
    expect(s.byTableType['柳南区']).toMatchObject({ 商贸服务型: 2, 国家物流枢纽: 0 });
    expect(s.byStatus).toEqual({ 在建: 2, 新建: 0, 预备: 0, 储备: 1 });
  });
  it('of nothing is all zeros', () => {
    const s = projectStats([]);
    expect(s).toMatchObject({ count: 0, areaMu: 0, areaStated: 0, investmentYi: 0, investmentStated: 0 });
  });
});

describe('related items', () => {
  const square = {
    type: 'Feature' as const,
    properties: {},
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [109, 24],
          [110, 24],
          [110, 25],
          [109, 25],
          [109, 24],
        ],
      ],
    },
  };
  it('projects in an area are those whose point lies inside it', () => {
    const inside = makeProject({}, [109.5, 24.5]);
    const outside = makeProject({}, [111, 24.5]);
    expect(ids(projectsInArea(square, [inside, outside]))).toEqual(ids([inside]));
  });
  it('nearest picks the closest point, skips other geometries, and is null without candidates', () => {
    const from = {
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'Point' as const, coordinates: [109, 24] },
    };
    const far = makePointItem([109.5, 24], '远');
    const near = makePointItem([109.1, 24], '近');
    const line = {
      ...makePointItem([109, 24]),
      geometry: {
        type: 'LineString',
        coordinates: [
          [109, 24],
          [109, 24.1],
        ],
      },
    } as unknown as typeof near;
    const r = nearest(from, [far, line, near]);
    expect(r?.feature).toBe(near);
    expect(r!.km).toBeGreaterThan(9);
    expect(r!.km).toBeLessThan(11);
    expect(nearest(from, [line])).toBeNull();
    expect(nearest(from, [])).toBeNull();
  });
});
