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

  /** The county profiles' facts citing `line`, by county. */
  const profileFacts = (line: number) =>
    theme('county').flatMap((c) =>
      c.properties.facts
        .filter((x) => x.citation?.file === PLAN && x.citation.line === line)
        .map((x) => ({ county: c.properties.name, text: x.text })),
    );
  // Each paragraph of a per-county box (its first line, its continuation after a page break, the
  // counties it is written for). Text before the first "。" names the counties and is not content.
  it.each([
    // 专栏1 各县（区）工业发展方向, L1234–L1258: ten paragraphs, one per district/county.
    ['专栏1', 1236, null, ['城中区']],
    ['专栏1', 1238, 1240, ['鱼峰区']],
    ['专栏1', 1242, null, ['柳南区']],
    ['专栏1', 1244, null, ['柳北区']],
    ['专栏1', 1246, null, ['柳江区']],
    ['专栏1', 1248, null, ['柳城县']],
    ['专栏1', 1250, null, ['鹿寨县']],
    ['专栏1', 1252, 1254, ['融安县']],
    ['专栏1', 1256, null, ['融水苗族自治县']],
    ['专栏1', 1258, null, ['三江侗族自治县']],
    // 专栏2 各县（区）农业发展方向, L1327–L1339: six paragraphs; 主城区 is the four central districts
    // (柳江区 is named apart from 主城区 in the plan, L1458, and has no paragraph here).
    ['专栏2', 1329, null, ['城中区', '鱼峰区', '柳南区', '柳北区']],
    ['专栏2', 1331, null, ['柳城县']],
    ['专栏2', 1333, null, ['鹿寨县']],
    ['专栏2', 1335, null, ['融安县']],
    ['专栏2', 1337, null, ['融水苗族自治县']],
    ['专栏2', 1339, null, ['三江侗族自治县']],
    // 专栏4 各县（区）服务业发展方向, L1425–L1441: seven paragraphs.
    ['专栏4', 1427, null, ['城中区', '鱼峰区', '柳南区', '柳北区']],
    ['专栏4', 1429, null, ['柳江区']],
    ['专栏4', 1431, null, ['柳城县']],
    ['专栏4', 1433, null, ['鹿寨县']],
    ['专栏4', 1435, 1437, ['融安县']],
    ['专栏4', 1439, null, ['融水苗族自治县']],
    ['专栏4', 1441, null, ['三江侗族自治县']],
  ] as Array<[string, number, number | null, string[]]>)(
    '%s L%i: the paragraph is in full in the profile of each county it is written for',
    (_, line, more, counties) => {
      const raw = squash(doc[line - 1]! + (more ? doc[more - 1]! : ''));
      const paragraph = raw.slice(raw.indexOf('。') + 1);
      for (const county of counties) {
        const facts = profileFacts(line)
          .concat(more ? profileFacts(more) : [])
          .filter((x) => x.county === county);
        expect(facts.length, county).toBeGreaterThan(0);
        expect(squash(facts.map((x) => x.text).join('')), county).toBe(paragraph);
      }
      // No profile outside the paragraph's counties claims it.
      expect(new Set(profileFacts(line).map((x) => x.county))).toEqual(new Set(counties));
    },
  );

  it('专栏1, 2 and 4 have 10, 6 and 7 paragraphs, and 柳江区 alone has no 专栏2 paragraph', () => {
    const para = (from: number, to: number) =>
      new Set(
        theme('county').flatMap((c) =>
          c.properties.facts.flatMap((x) =>
            x.citation && x.citation.line >= from && x.citation.line <= to && /方向/.test(x.label)
              ? [x.citation.line]
              : [],
          ),
        ),
      );
    // 1240 is the continuation of 鱼峰区's paragraph (its 柳东新区 sentence), not a paragraph of its own.
    expect([...para(1234, 1260)].filter((l) => l !== 1240)).toHaveLength(10);
    expect(para(1327, 1340).size).toBe(6);
    expect(para(1425, 1442).size).toBe(7);
    const noAgri = theme('county')
      .filter(
        (c) =>
          !c.properties.facts.some((x) => x.citation && x.citation.line >= 1329 && x.citation.line <= 1339),
      )
      .map((c) => c.properties.name);
    expect(noAgri).toEqual(['柳江区']);
  });

  /** Records of every theme, the key projects and the later documents' records, with their citations. */
  const others = read<FeatureCollection<Geometry, PlanItemProps>>('data/plan/others.geojson').features;
  const carriers = [
    ...all.map(({ f }) => f.properties),
    ...others.map((f) => f.properties),
    ...projects.map((p) => ({ ...p.properties, facts: [] })),
  ];
  const carriedAt = (line: number, item: string) =>
    carriers.filter((p) =>
      citationsOf(p).some(
        (c) =>
          c.file === PLAN &&
          c.line === line &&
          c.quote !== undefined &&
          (squash(item).includes(squash(c.quote)) || squash(c.quote).includes(squash(item))),
      ),
    );

  // Every list of the county plan's boxes 3, 4 and 6–8, item by item, as the plan prints it. Where the
  // plan joins items with “、” inside one item (风电、太阳能项目; one project over five counties; one
  // project for four townships) the item stays whole. `records` is how many works records cite the line.
  it.each([
    // 专栏3 创建市级农产品加工集聚区 (L1365): 13; 广西鹿寨桂中现代林业科技产业园 is key project luzhai-01.
    [
      '专栏3',
      1365,
      [
        '鱼峰区地方特色食品加工集聚区',
        '柳南区螺蛳粉加工集聚区',
        '柳江区穿山食品加工集聚区',
        '柳江区特色农产品加工集聚区',
        '鹿寨县桂中现代林业科技产业园',
        '鹿寨县茧丝绸加工集聚区',
        '柳城县农产品深加工集聚区',
        '柳城县四塘木业加工集聚区',
        '中国·广西融水香杉家具板材集聚区',
        '融安县农产品加工集聚区',
        '融安县广西·香杉生态工业产业集聚区',
        '融水县农产品加工集聚区',
        '三江县农产品加工集聚区',
      ],
      12,
    ],
    // 专栏6 交通基础设施 (L1514): 6; the railway is a record of the later documents' layer (it is also in
    // 004), G357 is 专栏4-2's road, 梅林 is 专栏4-3's.
    [
      '专栏6 交通基础设施',
      1514,
      [
        '柳州经贺州至韶关铁路',
        '鹿寨城北至柳东新区公路',
        '鹿寨高铁北站至柳东新区公路',
        '国道G357和睦至融水段改造工程',
        '融水县环城扶贫旅游公路A段（城北易扶安置点至康田返乡创业园）一级公路',
        '梅林航电枢纽建设',
      ],
      3,
    ],
    // 专栏6 仓储物流建设工程 (L1516): 3 items; the first is one project over five counties (three
    // works records, two key projects), 康田物流园 is key project rongshui-02.
    [
      '专栏6 仓储物流建设工程',
      1516,
      [
        '鹿寨县、柳南区、柳城县、柳江区、融安县物资储备中心及粮食储备库基础设施建设及搬迁项目',
        '融水康田物流园项目',
        '柳州八桂农网现代智慧农产品冷链项目',
      ],
      4,
    ],
    // 专栏6 农田水利工程 (L1518): 5; 洋溪 is a water record.
    [
      '专栏6 农田水利工程',
      1518,
      [
        '洋溪水利枢纽建设',
        '高标准农田建设项目',
        '农田水利基础设施能力提升工程项目',
        '农村供水保障项目',
        '乡镇供排水重大项目',
      ],
      4,
    ],
    // 专栏6 能源建设工程 (L1520): 3.
    ['专栏6 能源建设工程', 1520, ['县城天然气项目', '风电、太阳能项目', '农村智能电网改造项目'], 3],
    // 专栏6 乡村电、网提升工程 (L1522): 3.
    [
      '专栏6 乡村电、网提升工程',
      1522,
      ['导江乡集镇地下管廊建设', '三江县浔江大道新建电缆管工程', '鱼峰区农村公共照明能力提升工程'],
      3,
    ],
    // 专栏7 智能电网工程 (L1536): 10.
    [
      '专栏7 智能电网工程',
      1536,
      [
        '融安县城强弱电分离下地工程',
        '柳州市“十四五”10kV及以下农网项目',
        '110KV凉亭站扩建工程',
        '110KV龙田站扩建工程',
        '35KV对村站送变电工程',
        '35KV马龙站送变电工程',
        '35KV马线站送变电工程',
        '鹿寨县“十四五”中低压电网规划项目',
        '农村电网改造升级工程',
        '对亭水电站工程',
      ],
      10,
    ],
    // 专栏7 清洁能源工程 (L1538): 15.
    [
      '专栏7 清洁能源工程',
      1538,
      [
        '融水县庆林山风电场',
        '融水县杆洞风电场',
        '三江县风电场项目(首欣)',
        '三江县古平岭风电项目',
        '三江县白云山风电项目',
        '三江县独峒风电场',
        '鹿寨黄冕风电场',
        '鹿寨县六重山风电场',
        '鹿寨抽水蓄能项目',
        '融安协合狮子岭风电场',
        '三江县协合八江风电场二期项目',
        '九元山风电项目',
        '融水县白云风电场',
        '融安县白云岭风电场二期',
        '融安县白云岭风电场三期',
      ],
      15,
    ],
    // 专栏8 (printed “栏8”) 环境综合整治 (L1600): 3.
    [
      '专栏8 环境综合整治',
      1600,
      [
        '沿江生态修复和景观改造建设项目',
        '北部生态新区沙塘河河道整治及生态环境治理工程',
        '莫道江南支（下游段）河道综合整治工程',
      ],
      3,
    ],
    // 专栏8 污水处理 (L1602): 6.
    [
      '专栏8 污水处理',
      1602,
      [
        '太阳村镇污水处理工程',
        '石碑坪镇污水处理工程',
        '拉沟乡村屯污水治理系统项目',
        '三江县县城污水处理厂提标扩建及河东片区污水处理工程',
        '鹿寨县导江乡、四排镇、平山镇和拉沟乡生活无害化处理项目',
        '柳城县污水处理厂二期扩容提标改造工程',
      ],
      6,
    ],
    // 专栏8 垃圾处理 (L1604): 3.
    [
      '专栏8 垃圾处理',
      1604,
      [
        '三江县建筑垃圾填埋场工程',
        '融安县生活垃圾焚烧发电项目（一期）',
        '鹿寨县生活垃圾焚烧发电项目（一期）',
      ],
      3,
    ],
  ] as Array<[string, number, string[], number]>)(
    '%s (L%i): every item is carried',
    (_, line, items, records) => {
      // The list is the whole line: nothing but its heading and punctuation is left once the items are out.
      let rest = squash(doc[line - 1]!);
      for (const item of items) {
        expect(rest, item).toContain(squash(item));
        rest = rest.replace(squash(item), '');
      }
      expect(rest.replace(/\*\*[^*]+\*\*|^[^。]{2,12}。|[、；。]/g, '')).toBe('');
      for (const item of items) expect(carriedAt(line, item).length, item).toBeGreaterThan(0);
      expect(theme('works').filter((f) => f.properties.citation.line === line)).toHaveLength(records);
    },
  );

  it('专栏6 L1516: each of the five counties of the reserve project has its own record or key project', () => {
    const reserve = carriedAt(1516, '物资储备中心及粮食储备库基础设施建设及搬迁项目');
    const countiesOf = (p: (typeof reserve)[number]) =>
      'admin_county' in p ? [p.admin_county] : (p as PlanItemProps).counties;
    expect(reserve.flatMap(countiesOf).sort()).toEqual(
      ['柳南区', '柳城县', '柳江区', '融安县', '鹿寨县'].sort(),
    );
  });

  it('专栏4 L1441: the one facility it says is to be built, 湘桂黔三省物流中心, is a record', () => {
    expect(carriedAt(1441, '湘桂黔三省物流中心').map((p) => p.name)).toEqual(['湘桂黔三省物流中心']);
  });

  it('county-plan items named for a county stand in it; items the plan places nowhere name no single county', () => {
    const short: Record<string, string> = {
      鱼峰区: '鱼峰区',
      柳南区: '柳南区',
      柳江区: '柳江区',
      柳城: '柳城县',
      鹿寨: '鹿寨县',
      融安: '融安县',
      融水: '融水苗族自治县',
      三江: '三江侗族自治县',
      中国·广西融水: '融水苗族自治县',
    };
    for (const f of theme('works')) {
      const p = f.properties;
      const prefix = Object.keys(short).find((k) => p.name.startsWith(k));
      if (prefix) expect(p.counties, p.id).toEqual([short[prefix]]);
      else if (p.name.startsWith('柳州') || p.placement_scope === 'county')
        expect(p.counties.length === 0 || p.counties.length >= 10 || p.counties.length === 1, p.id).toBe(
          true,
        );
    }
    // The plan names no place for these: none claims a district/county.
    for (const id of [
      'works-c7-sub-liangting',
      'works-c7-duiting-hydro',
      'works-c7-jiuyuanshan',
      'works-c8-modaojiang',
    ])
      expect(theme('works').find((f) => f.properties.id === id)!.properties.counties, id).toEqual([]);
  });

  it('townships the county plan names are in the county the NBS list puts them in', () => {
    const nbs = readFileSync('data/base/townships_nbs2023.csv', 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const countyOf = (t: string) => nbs.find((r) => r[3] === t)?.[1];
    for (const f of theme('works')) {
      const m = /规划写明的(?:[^（]*（)?([^，（）]+[镇乡])）?据国家统计局/.exec(f.properties.location_basis);
      if (!m) continue;
      expect(countyOf(m[1]!), `${f.properties.id}: ${m[1]}`).toBe(f.properties.counties[0]);
    }
  });

  it('every number of the county-plan items is read from its own line, value as written', () => {
    const stated = theme('works').flatMap((f) =>
      f.properties.numbers.map((n) => ({ id: f.properties.id, n })),
    );
    expect(stated.map(({ n }) => n.value)).toEqual([10, 110, 110, 35, 35, 35]);
    for (const { id, n } of stated) {
      expect(n.citation.line, id).toBe(1536);
      expect(doc[n.citation.line - 1], id).toContain(n.citation.quote);
      expect(n.text, id).toContain(String(n.value));
      expect(n.unit).toBe('kV');
    }
  });
});

describe('2025 targets', () => {
  it('every quantified 2025 / 十四五末 target of the logistics plan, and the county plan’s table 2', () => {
    const logistics = targets.filter((t) => t.plan === 'logistics');
    const county = targets.filter((t) => t.plan === 'county');
    expect(county.every((t) => t.citation.section.includes('县域经济发展'))).toBe(true);
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
