/** The shipped plan data against the plan documents it is read from. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { area, booleanPointInPolygon, union, featureCollection } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import type { PlanItemProps, ProjectProps } from '../../src/domain/schema';
import { PROJECT_TABLES, THEMES } from '../../src/domain/schema';
import { THEME_FILES } from '../../src/domain/planFiles';
import { validateShipped } from '../../scripts/lib/validateShipped';
import { COUNTS_END, COUNTS_START, countsTable } from '../../scripts/lib/countsTable';
import { readSourceLines } from '../../scripts/lib/sources';

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const projects = read<FeatureCollection<Point, ProjectProps>>('data/plan/projects.geojson').features;
const counties = read<FeatureCollection<Polygon, { name: string }>>('data/base/counties.geojson').features;
const lines = readSourceLines();
const lineOf = (c: { file: string; line: number }) => lines[c.file]![c.line - 1]!;
const squash = (s: string) => s.replace(/\s+/g, '').replace(/<sup>2<\/sup>/g, '²');

describe('plan data files', () => {
  it('validate against the schemas, and every citation quote is on its line', () => {
    expect(validateShipped()).toEqual([]);
  });

  it('data/README.md states the current counts by location quality', () => {
    const readme = readFileSync('data/README.md', 'utf8');
    const block = readme
      .slice(readme.indexOf(COUNTS_START) + COUNTS_START.length, readme.indexOf(COUNTS_END))
      .trim();
    expect(block).toBe(countsTable());
  });
});

describe('key logistics projects (重点物流项目表)', () => {
  it('has every row of the nine tables exactly once: 53 projects', () => {
    expect(projects).toHaveLength(53);
    const perTable = Object.fromEntries(
      PROJECT_TABLES.map((t) => [t, projects.filter((p) => p.properties.table === t).length]),
    );
    expect(perTable).toEqual({
      柳南区: 11,
      柳北区: 6,
      柳江区: 9,
      柳东新区: 8,
      柳城县: 4,
      鹿寨县: 5,
      融安县: 4,
      融水苗族自治县: 2,
      三江侗族自治县: 4,
    });
    for (const t of PROJECT_TABLES) {
      const seqs = projects.filter((p) => p.properties.table === t).map((p) => p.properties.seq);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    }
    expect(new Set(projects.map((p) => p.properties.id)).size).toBe(53);
  });

  it('each row cites the table line that holds its name, type and status', () => {
    for (const { properties: p } of projects) {
      const line = squash(lineOf(p.citation));
      expect(p.citation.file).toBe('002_cea03bdf2b5fe175.txt');
      expect(p.citation.line).toBeGreaterThanOrEqual(637);
      expect(p.citation.line).toBeLessThanOrEqual(735);
      if (!p.ocr_corrections) expect(line, p.id).toContain(squash(p.name));
      expect(line, p.id).toContain(p.type);
      expect(line, p.id).toContain(p.status);
    }
  });

  it('parsed numbers are the numbers the row states', () => {
    for (const { properties: p } of projects) {
      const row = squash(`${p.scale_text ?? ''}${p.summary ?? ''}`);
      if (p.area_mu !== null) {
        const km2 = p.area_mu / 1500;
        expect(
          row.includes(`${p.area_mu}亩`) || row.includes(`${p.area_mu}`) || row.includes(`${km2}平方公里`),
          `${p.id} area`,
        ).toBe(true);
      }
      if (p.investment_yi !== null)
        expect(row, `${p.id} investment`).toMatch(new RegExp(`${p.investment_yi}亿元`));
      if (p.floor_area_m2 !== null) {
        const wan = p.floor_area_m2 / 10000;
        expect(row.includes(`${p.floor_area_m2}`) || row.includes(`${wan}万`), `${p.id} floor area`).toBe(
          true,
        );
      }
    }
  });

  it('matches the plan on rows checked by hand', () => {
    const byId = (id: string) => projects.find((p) => p.properties.id === id)!.properties;
    expect(byId('liunan-01')).toMatchObject({
      name: '柳州西鹅铁路物流中心',
      type: '国家物流枢纽',
      status: '在建',
      area_mu: 4300,
      floor_area_m2: 691500,
    });
    expect(byId('liudong-04')).toMatchObject({
      name: '官塘多式联运物流基地',
      area_mu: 6300,
      investment_yi: 28,
    });
    expect(byId('liujiang-02')).toMatchObject({ name: '柳州毅德城', area_mu: 2950, investment_yi: 68 });
    expect(byId('luzhai-01')).toMatchObject({ area_mu: 23000, status: '在建' });
    expect(byId('sanjiang-02')).toMatchObject({ area_mu: null, scale_text: '待定', status: '储备' });
    expect(byId('liubei-02').name).toBe('新红卫钢材市场物流园');
    const luzhaiTrade = projects.filter(
      (p) => p.properties.table === '鹿寨县' && p.properties.type === '商贸服务型',
    );
    expect(luzhaiTrade.map((p) => p.properties.seq)).toEqual([2, 3, 4]);
  });

  it('every point lies inside Liuzhou, in the admin county it records', () => {
    for (const f of projects) {
      const hit = counties.find((c) => booleanPointInPolygon(f.geometry.coordinates, c));
      expect(hit, f.properties.id).toBeDefined();
      expect(f.properties.admin_county, f.properties.id).toBe(hit!.properties.name);
      // Where the table and the admin county differ, the basis explains it.
      if (f.properties.admin_county !== f.properties.table) {
        expect(f.properties.location_basis, f.properties.id).toContain(f.properties.admin_county);
      }
      expect(f.properties.location_quality).toBe('approximate');
      expect(f.properties.location_basis.length).toBeGreaterThan(10);
    }
  });
});

describe('other plan themes', () => {
  const theme = (t: (typeof THEMES)[number]) =>
    read<FeatureCollection<Geometry, PlanItemProps>>(`data/plan/${THEME_FILES[t]}`).features;

  it('一核 is the union of 城中、柳南、柳北、鱼峰, within the simplification tolerance', () => {
    const core = theme('structure').find((f) => f.properties.kind === '一核')! as Feature<
      Polygon | MultiPolygon
    >;
    const four = union(
      featureCollection(
        counties.filter((c) => ['城中区', '柳南区', '柳北区', '鱼峰区'].includes(c.properties.name)),
      ),
    )!;
    expect(Math.abs(area(core) - area(four)) / area(four)).toBeLessThan(0.01);
    expect(core.properties!.location_quality).toBe('exact');
  });

  it('has 一核, three zones and the county clusters, with the two new districts marked approximate', () => {
    const s = theme('structure').map((f) => f.properties);
    expect(s.filter((p) => p.kind === '一核')).toHaveLength(1);
    expect(
      s
        .filter((p) => p.kind === '三区')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['北部生态新区', '柳东新区', '柳江区'].sort());
    expect(s.filter((p) => p.kind === '多组团')).toHaveLength(3);
    for (const p of s.filter((x) => x.name === '柳东新区' || x.name === '北部生态新区'))
      expect(p.location_quality).toBe('approximate');
  });

  it('has the six rail-port sites: 一核, 二园, 三基地', () => {
    const kinds = theme('railport')
      .map((f) => f.properties.kind)
      .sort();
    expect(kinds).toEqual(['一核', '三基地', '三基地', '三基地', '二园', '二园'].sort());
  });

  it('has 10 county profiles and every point item inside Liuzhou or marked as pointing beyond it', () => {
    expect(theme('county')).toHaveLength(10);
    for (const t of THEMES) {
      for (const f of theme(t)) {
        if (f.geometry.type !== 'Point') continue;
        const inside = counties.some((c) => booleanPointInPolygon((f.geometry as Point).coordinates, c));
        expect(inside, `${t}/${f.properties.id}`).toBe(true);
      }
    }
  });

  it('every record of every file quotes its own cited line', () => {
    for (const t of THEMES) {
      for (const f of theme(t)) {
        const c = f.properties.citation;
        expect(c.quote, `${t}/${f.properties.id}`).toBeTruthy();
        expect(squash(lineOf(c)), `${t}/${f.properties.id}`).toContain(squash(c.quote!));
      }
    }
  });

  it('the 2025 targets state the plan figures', () => {
    const targets = read<
      Array<{
        indicator: string;
        value: number | null;
        text: string;
        citation: { file: string; line: number };
      }>
    >('data/plan/targets.json');
    const v = (needle: string) => targets.find((t) => t.indicator.includes(needle));
    expect(v('铁路')?.value).toBe(7603);
    expect(v('水路')?.value).toBe(1500);
    for (const t of targets) {
      const line = squash(lineOf(t.citation));
      expect(line, t.indicator).toContain(squash(t.text));
      if (t.value !== null) expect(squash(t.text), t.indicator).toContain(String(t.value));
    }
  });
});

describe('county-level placements', () => {
  it('every project the plan places only by its district/county is county-level, and only those', () => {
    // Exception with narrower words: liudong-08 is placed by 专栏5-1 (part of the 官塘 hub). Words that
    // name a place the gazetteer does not have (堡隆路, 富文坪工业园) leave only the county.
    const unlocatable = ['liujiang-02', 'sanjiang-04'];
    const onlyByCounty = projects.filter(
      (p) =>
        (p.properties.location_text === null && p.properties.id !== 'liudong-08') ||
        p.properties.location_text === `位于${p.properties.table}` ||
        unlocatable.includes(p.properties.id),
    );
    const county = projects.filter((p) => p.properties.placement_scope === 'county');
    expect(county.map((p) => p.properties.id)).toEqual(onlyByCounty.map((p) => p.properties.id));
    expect(county).toHaveLength(37);
    // Neither names a place of the gazetteer; the cited line is the row's own.
    const gazetteer = read<Array<{ name: string; aliases: string[] }>>('data/plan/gazetteer.json');
    for (const id of unlocatable) {
      const p = projects.find((x) => x.properties.id === id)!.properties;
      const words = `${p.name}${p.location_text ?? ''}`;
      expect(gazetteer.some((g) => [g.name, ...g.aliases].some((n) => words.includes(n)))).toBe(false);
      expect(p.location_basis).toContain(`第${p.citation.line}行`);
    }
  });
});

describe('every number carries the line it is stated on', () => {
  const fmt = (x: number) => String(Math.round(x * 1e6) / 1e6);
  it('project area, floor area and investment each cite their own words', () => {
    let n = 0;
    for (const { properties: p } of projects) {
      const c = p.number_citations ?? {};
      const check = (field: 'area_mu' | 'floor_area_m2' | 'investment_yi', forms: string[]) => {
        const v = p[field];
        if (v === null) return expect(c[field], `${p.id} ${field}`).toBeUndefined();
        n++;
        const cite = c[field]!;
        expect(cite, `${p.id} ${field}`).toBeDefined();
        expect(squash(lineOf(cite))).toContain(squash(cite.quote!));
        // A bare figure in the table's 亩 column (柳东新区 heads it 占地面积 亩) is its own words.
        expect(
          forms.some((f) => squash(cite.quote!).includes(f)) ||
            (field === 'area_mu' && squash(cite.quote!) === fmt(v)),
          `${p.id} ${field}: "${cite.quote}"`,
        ).toBe(true);
      };
      if (p.area_mu !== null) check('area_mu', [`${fmt(p.area_mu)}亩`, `${fmt(p.area_mu / 1500)}平方公里`]);
      else check('area_mu', []);
      if (p.floor_area_m2 !== null)
        check('floor_area_m2', [fmt(p.floor_area_m2), `${fmt(p.floor_area_m2 / 10000)}万`]);
      else check('floor_area_m2', []);
      if (p.investment_yi !== null) check('investment_yi', [`${fmt(p.investment_yi)}亿元`]);
      else check('investment_yi', []);
    }
    expect(n).toBeGreaterThan(70);
  });

  it('each column is one rule: the area is the 建设规模 column’s, a stated total floor area is kept', () => {
    for (const { properties: p } of projects) {
      // Area: from the 建设规模 column (scale_text) whenever that column states one.
      if (p.scale_text && /亩|平方公里/.test(p.scale_text) && p.area_mu !== null)
        expect(squash(p.scale_text), p.id).toContain(squash(p.number_citations!.area_mu!.quote!));
      // Floor area: a 总建筑面积 / 建筑面积 the row states for the project is never dropped.
      if (/总建筑面积\s*[约]?\s*[\d.]/.test(`${p.scale_text ?? ''}${p.summary ?? ''}`))
        expect(p.floor_area_m2, p.id).not.toBeNull();
    }
    const byId = (id: string) => projects.find((p) => p.properties.id === id)!.properties;
    expect(byId('rongshui-01').area_mu).toBe(150);
    expect(byId('liudong-05').floor_area_m2).toBe(130000);
  });

  it('every stated number of every theme cites a line holding its words and value', () => {
    for (const t of THEMES) {
      const fc = read<FeatureCollection<Geometry, PlanItemProps>>(`data/plan/${THEME_FILES[t]}`);
      for (const f of fc.features)
        for (const num of f.properties.numbers) {
          const line = squash(lineOf(num.citation));
          expect(line, `${f.properties.id} ${num.label}`).toContain(squash(num.text));
          expect(squash(num.citation.quote ?? ''), `${f.properties.id} ${num.label}`).toContain(
            squash(num.text),
          );
        }
    }
  });
});
