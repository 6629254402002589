/** The implementation record (data/plan/events.json) and other-document records, against the documents. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import {
  STAGES,
  type DocEvent,
  type DocPart,
  type OtherItemProps,
  type OtherTarget,
} from '../../src/domain/implementation';
import type { PlanItemProps, Target } from '../../src/domain/schema';
import { THEMES } from '../../src/domain/schema';
import { THEME_FILES } from '../../src/domain/planFiles';
import { validateEventsFile } from '../../src/domain/validateEvents';
import { validateEventsShipped } from '../../scripts/lib/validateEventsShipped';
import { readSourceLines } from '../../scripts/lib/sources';

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const record = read<{ documents: DocPart[]; events: DocEvent[] }>('data/plan/events.json');
const { events, documents } = record;
const others = read<FeatureCollection<Geometry, OtherItemProps>>('data/plan/others.geojson').features;
const otherTargets = read<OtherTarget[]>('data/plan/other-targets.json');
const planItems = THEMES.flatMap(
  (t) => read<FeatureCollection<Geometry, PlanItemProps>>(`data/plan/${THEME_FILES[t]}`).features,
);
const projectIds = read<FeatureCollection<Geometry, { id: string }>>(
  'data/plan/projects.geojson',
).features.map((f) => f.properties.id);
const targets = read<Target[]>('data/plan/targets.json');
const lines = readSourceLines();
const ws = (s: string) => s.replace(/\s+/g, '');

describe('implementation record files', () => {
  it('validate (schemas, quotes, ids, dates) — the same check as npm run check:data', () => {
    expect(validateEventsShipped()).toEqual([]);
  });

  it('every quote is found in its cited line(s), whitespace normalised only', () => {
    for (const e of events) {
      const doc = lines[e.citation.file]!;
      const text = doc.slice(e.citation.line - 1, e.line_end ?? e.citation.line).join('');
      expect(ws(text), `${e.id} ${e.citation.file} L${e.citation.line}`).toContain(ws(e.quote));
    }
  });

  it('every item id exists: plan items, key projects, targets or other-document records', () => {
    const ids = new Set([
      ...planItems.map((f) => f.properties.id),
      ...projectIds,
      ...targets.map((t) => t.id),
      ...others.map((f) => f.properties.id),
      ...otherTargets.map((t) => t.id),
    ]);
    const unknown = events.flatMap((e) =>
      e.item_ids.filter((id) => !ids.has(id)).map((id) => `${e.id}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('each document is dated by its own text', () => {
    const dates = Object.fromEntries(documents.map((d) => [d.id, d.date]));
    expect(dates).toEqual({
      'res-2023-125': '2023-08-30',
      'liudong-2024': '2024-01-25',
      'gwr-2021': '2021-03-28',
      'div-2024': '2024-02-08',
      'gwr-2023': '2023-01-04',
      'div-2023': '2023-02-15',
    });
    for (const d of documents) {
      const [y, m, day] = d.date.split('-').map(Number);
      const printed = ws(lines[d.file]![d.date_citation.line - 1]!);
      expect(printed, d.id).toContain(`${y}年${m}月${day}日`);
    }
  });

  it('dates and periods agree with the documents: results look back, tasks look ahead', () => {
    const byId = new Map(documents.map((d) => [d.id, d]));
    for (const e of events) {
      const d = byId.get(e.doc_part)!;
      expect(e.doc_date, e.id).toBe(d.date);
      expect(e.doc, e.id).toBe(d.file);
      expect(e.citation.line, e.id).toBeGreaterThanOrEqual(d.lines[0]);
      expect(e.citation.line, e.id).toBeLessThanOrEqual(d.lines[1]);
      const year = Number(d.date.slice(0, 4));
      if (e.kind === 'result') expect(e.period_year, e.id).toBeLessThanOrEqual(year);
      else expect(e.period_year, e.id).toBeGreaterThanOrEqual(year);
    }
  });

  it('uses all four later documents and every stage of the vocabulary', () => {
    expect(new Set(events.map((e) => e.doc.slice(0, 3)))).toEqual(new Set(['000', '001', '003', '004']));
    for (const s of STAGES)
      expect(
        events.some((e) => e.stage === s),
        s,
      ).toBe(true);
  });
});

/** Hand-checked events: item, stage, kind, year and citation read off the documents. */
const SPOT: Array<{
  item: string;
  stage: string | null;
  kind: 'result' | 'task';
  year: number;
  file: string;
  line: number;
  words: string;
}> = [
  {
    item: 'railport-xie',
    stage: '投入运营',
    kind: 'result',
    year: 2022,
    file: '004',
    line: 493,
    words: '柳州铁路港核心区(西鹅铁路物流中心)',
  },
  {
    item: 'railport-ningtie',
    stage: '投入运营',
    kind: 'result',
    year: 2022,
    file: '004',
    line: 493,
    words: '宁铁汽车工业物流园投入运营',
  },
  {
    item: 'liunan-04',
    stage: '投入运营',
    kind: 'result',
    year: 2022,
    file: '004',
    line: 493,
    words: '宁铁汽车工业物流园',
  },
  {
    item: 'rail-liuzhou-wuzhou',
    stage: '开工',
    kind: 'result',
    year: 2020,
    file: '003',
    line: 62,
    words: '柳州至广州铁路（柳梧段）',
  },
  {
    item: 'road-s22-rongshui-hechi',
    stage: '投入运营',
    kind: 'result',
    year: 2020,
    file: '003',
    line: 62,
    words: '融水至河池高速公路建成通车',
  },
  {
    item: 'railport-guantang',
    stage: '在建',
    kind: 'task',
    year: 2023,
    file: '004',
    line: 557,
    words: '推动官塘多式联运基地',
  },
  {
    item: 'liudong-04',
    stage: '在建',
    kind: 'task',
    year: 2023,
    file: '004',
    line: 765,
    words: '官塘多式联运基地',
  },
  {
    item: 'lock-honghua-2',
    stage: '投入运营',
    kind: 'result',
    year: 2022,
    file: '004',
    line: 497,
    words: '红花水利枢纽二线船闸实现通航',
  },
  {
    item: 'road-g357-baishou-fushi',
    stage: '开工',
    kind: 'result',
    year: 2022,
    file: '004',
    line: 495,
    words: '永福百寿至融安浮石二级公路',
  },
  {
    item: 'road-s30-xiangzhou-laibin',
    stage: '投入运营',
    kind: 'result',
    year: 2022,
    file: '004',
    line: 497,
    words: '贺巴高速柳州段',
  },
  {
    item: 'hub-meilin',
    stage: '开工',
    kind: 'task',
    year: 2024,
    file: '004',
    line: 95,
    words: '开工建设洋溪水利枢纽、梅林航电枢纽',
  },
  {
    item: 'rail-qiangui-upgrade',
    stage: '前期工作',
    kind: 'task',
    year: 2024,
    file: '004',
    line: 95,
    words: '黔桂铁路增建二线',
  },
  {
    item: 'liujiang-07',
    stage: '投入运营',
    kind: 'task',
    year: 2024,
    file: '004',
    line: 103,
    words: '圆通广西柳州智创产业园实现竣工投产',
  },
  {
    item: 'road-luqin-luzhai-yufeng',
    stage: '开工',
    kind: 'task',
    year: 2021,
    file: '003',
    line: 199,
    words: '开工建设鹿寨至钦州港（鹿寨至鱼峰段）',
  },
  {
    item: 'road-s51-liuzhou-heshan-nanning',
    stage: '建成',
    kind: 'task',
    year: 2021,
    file: '003',
    line: 199,
    words: '建成柳州经合山至南宁',
  },
  {
    item: 'airport-bailian',
    stage: '投入运营',
    kind: 'result',
    year: 2020,
    file: '003',
    line: 84,
    words: '白莲机场新航站楼',
  },
  {
    item: 'other-putian-logistics',
    stage: '开工',
    kind: 'result',
    year: 2023,
    file: '001',
    line: 39,
    words: '普天物流',
  },
  {
    item: 'other-sf-liudong',
    stage: '开工',
    kind: 'task',
    year: 2024,
    file: '001',
    line: 85,
    words: '顺丰物流',
  },
  {
    item: 'port-guantang',
    stage: '投入运营',
    kind: 'task',
    year: 2024,
    file: '001',
    line: 91,
    words: '官塘港',
  },
  {
    item: 'other-bonded-logistics-center',
    stage: '投入运营',
    kind: 'result',
    year: 2020,
    file: '003',
    line: 68,
    words: '保税物流中心封关运营',
  },
  {
    item: 'other-baiyun-bridge',
    stage: '开工',
    kind: 'task',
    year: 2021,
    file: '003',
    line: 203,
    words: '开工建设白云大桥',
  },
  {
    item: 'other-target-125-nev-sales',
    stage: null,
    kind: 'task',
    year: 2025,
    file: '000',
    line: 55,
    words: '255万辆',
  },
  {
    item: 'other-target-125-local-rate',
    stage: null,
    kind: 'result',
    year: 2023,
    file: '001',
    line: 43,
    words: '本地配套率达到 60%',
  },
];

describe('hand-checked events', () => {
  it.each(SPOT)('$item: $stage ($kind $year) at $file L$line', (s) => {
    const hit = events.filter(
      (e) =>
        e.item_ids.includes(s.item) &&
        e.stage === s.stage &&
        e.kind === s.kind &&
        e.period_year === s.year &&
        e.citation.file.startsWith(s.file) &&
        e.citation.line === s.line,
    );
    expect(hit).toHaveLength(1);
    expect(ws(hit[0]!.quote)).toContain(ws(s.words));
  });

  it('keeps the verbatim verb: 开工建设, 建成通车, 投入运营', () => {
    const verb = (item: string, year: number) =>
      events.find((e) => e.item_ids.includes(item) && e.period_year === year)!.verb;
    expect(verb('rail-liuzhou-wuzhou', 2020)).toBe('开工建设');
    expect(verb('road-s22-rongshui-hechi', 2020)).toBe('建成通车');
    expect(verb('railport-xie', 2022)).toBe('投入运营');
  });

  it('the 2023 division restates the 2023 report: both are kept, each with its own date', () => {
    const guantang = events.filter((e) => e.item_ids.includes('railport-guantang') && e.period_year === 2023);
    expect(guantang.map((e) => `${e.doc_date} L${e.citation.line}`).sort()).toEqual([
      '2023-01-04 L557',
      '2023-02-15 L765',
    ]);
  });
});

describe('conflicts are kept, not resolved', () => {
  const planStatus = (id: string) => planItems.find((f) => f.properties.id === id)?.properties.status_text;
  const PLAN_DATE = '2022-06-27';

  it('items the 2022 plan still lists as 续建 that an earlier document reports open (or started)', () => {
    const pairs = events.filter(
      (e) =>
        e.kind === 'result' &&
        e.doc_date < PLAN_DATE &&
        e.stage === '投入运营' &&
        e.item_ids.some((id) => planItems.some((f) => f.properties.id === id) && planStatus(id) === '续建'),
    );
    expect(pairs.map((e) => e.id)).toContain('ev-2021-rongshui-hechi-open');
  });

  it('items the plan lists as 续建 that a later document reports as started after the plan', () => {
    const started = events.filter(
      (e) =>
        e.kind === 'result' &&
        e.stage === '开工' &&
        e.doc_date > PLAN_DATE &&
        e.item_ids.some((id) => planStatus(id) === '续建'),
    );
    expect(started.map((e) => e.id)).toContain('ev-2023r-g357-start');
  });

  it('documents that disagree with each other all keep their events (梅林: 在建 task in 2021, 开工 task in 2024)', () => {
    const meilin = events
      .filter((e) => e.item_ids.includes('hub-meilin'))
      .map((e) => `${e.period_year} ${e.stage}`);
    expect(meilin).toEqual(expect.arrayContaining(['2021 在建', '2024 开工']));
  });
});

describe('records of other documents', () => {
  it('every record and target is cited by at least one event', () => {
    const cited = new Set(events.flatMap((e) => e.item_ids));
    const orphans = [...others.map((f) => f.properties.id), ...otherTargets.map((t) => t.id)].filter(
      (id) => !cited.has(id) && !otherTargets.some((t) => t.item_id === id && cited.has(t.id)),
    );
    expect(orphans).toEqual([]);
  });

  it('state how each was located, in both languages', () => {
    for (const f of others) {
      expect(f.properties.location_basis.length, f.properties.id).toBeGreaterThan(10);
      expect(f.properties.location_basis_en.length, f.properties.id).toBeGreaterThan(10);
      if (f.properties.placement_scope === 'county') expect(f.properties.location_basis).toMatch(/县/);
    }
  });

  it('hold the 一二五 programme targets of the resolution', () => {
    const v = Object.fromEntries(otherTargets.map((t) => [t.id, `${t.value}${t.unit}`]));
    expect(v).toMatchObject({
      'other-target-125-nev-sales': '255万辆',
      'other-target-125-output-value': '2300亿元',
      'other-target-125-local-rate': '70%',
    });
  });
});

describe('the validator refuses bad records', () => {
  const known = new Set([
    ...planItems.map((f) => f.properties.id),
    ...projectIds,
    ...others.map((f) => f.properties.id),
    ...otherTargets.map((t) => t.id),
  ]);
  const withEvent = (patch: Partial<DocEvent>) => ({
    documents,
    events: [{ ...events.find((e) => e.id === 'ev-2021-rongshui-hechi-open')!, ...patch }],
  });
  const check = (json: unknown) => validateEventsFile('events.json', json, lines, known);

  it('accepts a good event', () => expect(check(withEvent({}))).toEqual([]));
  it('a quote that is not on its line', () =>
    expect(check(withEvent({ quote: '融水至河池高速公路建成通车了' }))).toEqual([
      expect.stringMatching(/ev-2021-rongshui-hechi-open › quote: quote .* not found/),
    ]));
  it('an unknown item id', () =>
    expect(check(withEvent({ item_ids: ['road-nowhere'] }))).toEqual([
      expect.stringMatching(/› item_ids.0: no plan item/),
    ]));
  it('a result about a year after the document', () =>
    expect(check(withEvent({ period_year: 2022 }))).toEqual([expect.stringMatching(/› period_year:/)]));
  it("a date that is not its document part's", () =>
    expect(check(withEvent({ doc_date: '2021-04-19' }))).toEqual([expect.stringMatching(/› doc_date:/)]));
  it('a stage outside the vocabulary', () =>
    expect(check(withEvent({ stage: '通车' as never }))).toEqual([expect.stringMatching(/› stage:/)]));
});
