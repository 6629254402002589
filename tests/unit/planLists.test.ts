/**
 * The plan, list by list: each 专栏 (box) of the logistics plan and the county plan, the annex and
 * the 2025 targets, against the records that carry them. A missing or extra item fails its count.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Point } from 'geojson';
import type { Citation, PlanItemProps, ProjectProps, Target, Theme } from '../../src/domain/schema';
import { THEMES } from '../../src/domain/schema';
import { THEME_FILES } from '../../src/domain/planFiles';
import { readSourceLines } from '../../scripts/lib/sources';

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const theme = (t: Theme) =>
  read<FeatureCollection<Geometry, PlanItemProps>>(`data/plan/${THEME_FILES[t]}`).features;
const projects = read<FeatureCollection<Point, ProjectProps>>('data/plan/projects.geojson').features;
const all = THEMES.flatMap((t) => theme(t).map((f) => ({ theme: t, f })));
const targets = read<Target[]>('data/plan/targets.json');
const PLAN = '002_cea03bdf2b5fe175.txt';
const doc = readSourceLines()[PLAN]!;
const squash = (s: string) => s.replace(/\s+/g, '');

/** Records (of any theme) whose own citation is one of the plan's lines in [from, to]. */
const citedIn = (from: number, to: number) =>
  all.filter(
    ({ f }) =>
      f.properties.citation.file === PLAN &&
      f.properties.citation.line >= from &&
      f.properties.citation.line <= to,
  );
const citationsOf = (p: {
  citation: Citation;
  mentions: Citation[];
  facts?: Array<{ citation?: Citation }>;
}) => [p.citation, ...p.mentions, ...(p.facts ?? []).flatMap((x) => (x.citation ? [x.citation] : []))];

describe('logistics plan boxes (专栏) → records', () => {
  it.each([
    ['专栏3-1 international channels', 261, 295, 9],
    ['专栏3-2 regional channels', 296, 325, 9],
    ['专栏3-3 urban fast freight roads', 326, 330, 8],
    ['专栏4-1 railway projects', 358, 372, 8],
    ['专栏4-2 expressways (13) and trunk roads (21)', 377, 390, 34],
    ['专栏4-3 waterway and port projects', 405, 408, 10],
    ['专栏4-5 gas pipelines in the box', 419, 422, 2],
    ['专栏4-5: the two branch lines named in the text before the box', 417, 417, 2],
  ])('%s: %i–%i has %i records', (_, from, to, n) => {
    expect(citedIn(from, to).map(({ f }) => f.properties.name)).toHaveLength(n);
  });

  it('专栏4-4 aviation: its four items', () => {
    const names = citedIn(415, 415).map(({ f }) => f.properties.name);
    expect(names.sort()).toEqual(
      ['空港物流产业园', '柳州机场新建联络道', '融安通用机场', '柳州市区通用机场'].sort(),
    );
  });

  it('专栏3-3 lists eight urban roads, each a record of its own', () => {
    const items = doc[328 - 1]!.replace(/。$/, '').split('、');
    expect(items).toHaveLength(8);
    const roads = theme('road').filter((f) => f.properties.kind === '市区快速货运通道');
    expect(roads.map((f) => f.properties.name)).toEqual(items);
  });

  it.each([
    ['5-1', 513],
    ['5-1', 515],
    ['5-1', 517],
    ['5-2', 523],
    ['5-3', 539],
    ['5-4', 565],
    ['5-5', 573],
    ['5-6', 595],
  ])('专栏%s (L%i): every item it names is a record or a key project citing that line', (_, line) => {
    const items = doc[line - 1]!.split(/[、：]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const carriers = [
      ...all.map(({ f }) => f.properties),
      ...projects.map((p) => ({ ...p.properties, facts: [] })),
    ];
    for (const item of items) {
      const hit = carriers.some((p) =>
        citationsOf(p).some(
          (c) =>
            c.file === PLAN &&
            c.line === line &&
            c.quote !== undefined &&
            (squash(item).includes(squash(c.quote)) || squash(c.quote).includes(squash(item))),
        ),
      );
      expect(hit, `${item} (L${line})`).toBe(true);
    }
  });

  it('the water-conservancy hubs the plan names are all present (红花二线船闸, 梅林, 洋溪, 落久)', () => {
    const names = theme('water').map((f) => f.properties.name);
    for (const n of [
      '柳江红花水利枢纽二线船闸工程',
      '都柳江梅林航运枢纽工程',
      '洋溪水利枢纽',
      '落久水利枢纽',
    ])
      expect(names).toContain(n);
  });
});

describe('county plan boxes', () => {
  it('专栏5 重点镇乡名录: 36 towns over the ten districts/counties as listed', () => {
    const towns = theme('towns');
    const perCounty: Record<string, number> = {};
    for (const t of towns)
      perCounty[t.properties.counties[0]!] = (perCounty[t.properties.counties[0]!] ?? 0) + 1;
    expect(perCounty).toEqual({
      鱼峰区: 3,
      柳北区: 3,
      柳南区: 2,
      柳江区: 4,
      鹿寨县: 4,
      柳城县: 5,
      融安县: 4,
      融水苗族自治县: 6,
      三江侗族自治县: 5,
    });
    for (const t of towns)
      expect(squash(doc[t.properties.citation.line - 1]!)).toContain(squash(t.properties.name));
  });

  it('专栏6 names 洋溪水利枢纽 and the map has it', () => {
    expect(citedIn(1512, 1520).map(({ f }) => f.properties.name)).toContain('洋溪水利枢纽');
  });
});

describe('2025 targets', () => {
  it('every quantified 2025 / 十四五末 target of the logistics plan, and the county plan’s table 2', () => {
    const logistics = targets.filter((t) => !t.id.startsWith('target-2025-county-'));
    const county = targets.filter((t) => t.id.startsWith('target-2025-county-'));
    expect(logistics).toHaveLength(18);
    // Table 2 states a 2025 value (not only a growth rate) in nine rows.
    expect(county).toHaveLength(9);
    const by = (id: string) => targets.find((t) => t.id === id)!;
    expect(by('target-2025-cold-storage')).toMatchObject({ value: 20, unit: '万吨' });
    expect(by('target-2025-charging-piles')).toMatchObject({ value: 6000 });
    expect(by('target-2025-expressway-built')).toMatchObject({ value: 315, unit: '公里' });
  });
});

describe('water items lie on the water the map draws', () => {
  const rivers = ['data/base/rivers_ne.geojson', 'data/base/rivers_gshhg.geojson'].flatMap(
    (f) => read<FeatureCollection<LineString | MultiLineString>>(f).features,
  );
  const lines: Array<Feature<LineString>> = rivers.flatMap((f) =>
    f.geometry.type === 'LineString'
      ? [f as Feature<LineString>]
      : f.geometry.coordinates.map((c) => ({
          type: 'Feature' as const,
          properties: {},
          geometry: { type: 'LineString' as const, coordinates: c },
        })),
  );
  const kmToRiver = (p: Point['coordinates']) =>
    Math.min(...lines.map((l) => pointToLineDistance(p, l, { units: 'kilometers' })));
  /** The drawn rivers are small-scale (1:10M, ~1 km off the channel): 2 km is "on the water" here. */
  const ON_WATER_KM = 2;

  it(`every port, wharf and waterway work, county-level ones too, is within ${ON_WATER_KM} km of a drawn river`, () => {
    const points = theme('water').filter((f) => f.geometry.type === 'Point');
    expect(points.length).toBeGreaterThanOrEqual(12);
    for (const f of points)
      expect(kmToRiver((f.geometry as Point).coordinates), f.properties.id).toBeLessThan(ON_WATER_KM);
    const wharf = projects.find((p) => p.properties.id === 'luzhai-05')!;
    expect(kmToRiver(wharf.geometry.coordinates)).toBeLessThan(ON_WATER_KM);
  });
});
