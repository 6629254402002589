/**
 * The implementation-record validator on a small made-up document: each rule is broken alone and
 * the message must name the file, the record, the field and what is wrong, as the maintainer reads it.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_QUOTE_LINES,
  quoteInLines,
  validateEventsFile,
  validateOtherTargets,
  validateOthers,
} from '../../src/domain/validateEvents';
import type { SourceLines } from '../../src/domain/validatePlan';

const F = '003_c21faca217ef6869.txt';
const G = '004_5dd11dd00263b247.txt';

const lines = (): SourceLines => ({
  [F]: [
    '2021年政府工作报告', // 1
    '2021年1月10日', // 2
    '某路开工建设。', // 3
    '某港建成', // 4
    '通车。', // 5
    '推进某园区建设', // 6
    '新建仓储设施 3 个', // 7
    '', // 8
    '', // 9
    '', // 10
  ],
  [G]: ['分工方案', '2024年2月8日', '某路开工建设。'],
});

const part = (p: Record<string, unknown> = {}) => ({
  id: 'gwr-2021',
  file: F,
  title: '政府工作报告',
  title_en: 'Work report',
  date: '2021-01-10',
  date_citation: { file: F, line: 2, section: '封面', quote: '2021年1月10日' },
  lines: [1, 10],
  ...p,
});

const event = (p: Record<string, unknown> = {}) => ({
  id: 'ev-a',
  item_ids: ['road-a'],
  doc: F,
  doc_part: 'gwr-2021',
  doc_date: '2021-01-10',
  period_year: 2020,
  kind: 'result',
  stage: '开工',
  verb: '开工建设',
  quote: '某路开工建设',
  citation: { file: F, line: 3, section: '回顾' },
  ...p,
});

const known = new Set(['road-a', 'road-b']);
const check = (documents: unknown[], events: unknown[]) =>
  validateEventsFile('events.json', { documents, events }, lines(), known);
const checkEvent = (p: Record<string, unknown>) => check([part()], [event(p)]);

describe('the events file', () => {
  it('must hold a list of documents and a list of events', () => {
    const msg = 'events.json: expected {"documents": [...], "events": [...]}';
    for (const bad of [null, {}, { documents: [] }, { events: [] }, { documents: {}, events: [] }])
      expect(validateEventsFile('events.json', bad, lines(), known)).toEqual([msg]);
    expect(check([], [])).toEqual([]);
  });

  it('accepts a good document and event', () => {
    expect(check([part()], [event()])).toEqual([]);
  });
});

describe('document parts', () => {
  it('a malformed one is named by its id, or by position without one', () => {
    expect(check([part({ title: '' })], [])).toEqual([
      expect.stringMatching(/^events\.json › documents\.gwr-2021 › title: /),
    ]);
    expect(check([{ ...part(), id: undefined }], [])).toEqual([
      expect.stringMatching(/^events\.json › documents\.#0 › id: /),
    ]);
  });

  it('a second part with the same id', () => {
    expect(check([part(), part()], [])).toEqual(['events.json › documents.gwr-2021: duplicate id']);
  });

  it('its date must be on its date line, in its own file', () => {
    const wrong = { file: F, line: 3, section: '封面', quote: '2021年1月10日' };
    expect(check([part({ date_citation: wrong })], [])).toEqual([
      `events.json › documents.gwr-2021 › date_citation: quote "2021年1月10日" not found in ${F} L3`,
    ]);
    const elsewhere = { file: G, line: 2, section: '封面', quote: '2024年2月8日' };
    expect(check([part({ date_citation: elsewhere, lines: [1, 3] })], [])).toEqual([
      `events.json › documents.gwr-2021 › date_citation: not in ${F}`,
    ]);
  });

  it('its date line lies inside its lines, which run forwards', () => {
    const msg = "events.json › documents.gwr-2021 › lines: the date line must lie inside the part's lines";
    expect(check([part({ lines: [3, 10] })], [])).toEqual([msg]);
    expect(check([part({ lines: [1, 1] })], [])).toEqual([msg]);
    expect(check([part({ lines: [2, 1] })], [])).toEqual([msg]);
    // Both ends are inside.
    expect(check([part({ lines: [2, 2] })], [])).toEqual([]);
  });
});

describe('events', () => {
  it('a malformed one is named by its id, or by position without one, and checked no further', () => {
    expect(checkEvent({ stage: '通车' })).toEqual([expect.stringMatching(/^events\.json › ev-a › stage: /)]);
    expect(check([part()], [{ ...event(), id: 7 }])).toEqual([
      expect.stringMatching(/^events\.json › #0 › id: /),
    ]);
  });

  it('a second event with the same id', () => {
    expect(check([part()], [event(), event()])).toEqual(['events.json › ev-a: duplicate id']);
  });

  it('must be in a known document part, with that part’s file and date', () => {
    expect(checkEvent({ doc_part: 'gwr-1999' })).toEqual([
      'events.json › ev-a › doc_part: no document part "gwr-1999"',
    ]);
    expect(checkEvent({ doc: G, citation: { file: G, line: 3, section: '分工' } })).toEqual([
      `events.json › ev-a › doc: part gwr-2021 is in ${F}`,
    ]);
    expect(checkEvent({ doc_date: '2021-01-11' })).toEqual([
      'events.json › ev-a › doc_date: part gwr-2021 is dated 2021-01-10',
    ]);
  });

  it('its cited lines lie inside the part (its last line included)', () => {
    const short = part({ lines: [2, 4] });
    const built = { stage: '建成', verb: '建成' };
    expect(
      check(
        [short],
        [event({ ...built, citation: { file: F, line: 4, section: '回顾' }, quote: '某港建成' })],
      ),
    ).toEqual([]);
    expect(
      check(
        [short],
        [
          event({
            ...built,
            citation: { file: F, line: 4, section: '回顾' },
            line_end: 5,
            quote: '某港建成通车',
          }),
        ],
      ),
    ).toEqual(['events.json › ev-a › citation.line: L4 is outside part gwr-2021 (L2–L4)']);
    expect(
      check(
        [part({ lines: [2, 10] })],
        [
          event({
            citation: { file: F, line: 1, section: '标题' },
            quote: '政府工作报告',
            stage: null,
            value: 1,
            unit: '份',
          }),
        ],
      ),
    ).toEqual(['events.json › ev-a › citation.line: L1 is outside part gwr-2021 (L2–L10)']);
  });

  it('cites the file of its document', () => {
    expect(checkEvent({ citation: { file: G, line: 3, section: '分工' } })).toEqual([
      `events.json › ev-a › citation.file: cites ${G} but doc is ${F}`,
    ]);
  });

  it('its quote is on its line, or runs over the lines it names', () => {
    expect(checkEvent({ quote: '某路建成' })).toEqual([
      `events.json › ev-a › quote: quote "某路建成" not found in ${F} L3`,
      'events.json › ev-a › verb: verb "开工建设" is not in the quote',
    ]);
    expect(
      checkEvent({
        citation: { file: F, line: 4, section: '回顾' },
        line_end: 5,
        quote: '某港建成通车',
        stage: '投入运营',
        verb: '建成通车',
      }),
    ).toEqual([]);
  });

  it('a citation quote of its own is checked too', () => {
    expect(checkEvent({ citation: { file: F, line: 3, section: '回顾', quote: '开工建设' } })).toEqual([]);
    expect(checkEvent({ citation: { file: F, line: 3, section: '回顾', quote: '建成通车' } })).toEqual([
      `events.json › ev-a › citation: quote "建成通车" not found in ${F} L3`,
    ]);
  });

  it('its verb is in its quote (up to a “……”); a figure without a stage needs no verb', () => {
    expect(checkEvent({ verb: '建成' })).toEqual([
      'events.json › ev-a › verb: verb "建成" is not in the quote',
    ]);
    const wrapped = {
      citation: { file: F, line: 6, section: '回顾' },
      quote: '推进某园区建设',
      stage: '在建',
    };
    expect(checkEvent({ ...wrapped, verb: '推进……建设' })).toEqual([]);
    expect(checkEvent({ ...wrapped, verb: '加快……建设' })).toEqual([
      'events.json › ev-a › verb: verb "加快……建设" is not in the quote',
    ]);
    expect(
      checkEvent({
        citation: { file: F, line: 7, section: '回顾' },
        quote: '新建仓储设施3个',
        stage: null,
        verb: '建成',
        value: 3,
        unit: '个',
      }),
    ).toEqual([]);
  });

  it('results look back from their document, tasks ahead (the document’s own year allowed both ways)', () => {
    expect(checkEvent({ period_year: 2022 })).toEqual([
      'events.json › ev-a › period_year: a result cannot be about 2022, after the document (2021)',
    ]);
    expect(checkEvent({ period_year: 2021 })).toEqual([]);
    expect(checkEvent({ kind: 'task', period_year: 2020 })).toEqual([
      'events.json › ev-a › period_year: a task cannot be for 2020, before the document (2021)',
    ]);
    expect(checkEvent({ kind: 'task', period_year: 2021 })).toEqual([]);
    expect(checkEvent({ kind: 'task', period_year: 2022 })).toEqual([]);
  });

  it('a value goes with its unit, and only a statement with a value may lack a stage', () => {
    const msg = 'events.json › ev-a › unit: value and unit go together';
    expect(checkEvent({ value: 3 })).toEqual([msg]);
    expect(checkEvent({ unit: '个' })).toEqual([msg]);
    expect(checkEvent({ value: 3, unit: '个' })).toEqual([]);
    expect(checkEvent({ stage: null })).toEqual([
      'events.json › ev-a › stage: only a statement with a value may have no stage',
    ]);
  });

  it('names each unknown item by its position', () => {
    expect(checkEvent({ item_ids: ['road-a', 'road-x', 'road-b'] })).toEqual([
      'events.json › ev-a › item_ids.1: no plan item, project, target or other record "road-x"',
    ]);
  });
});

describe('quotes over several lines', () => {
  it('joins the lines named, whitespace removed, and says which lines it looked in', () => {
    const l = lines();
    expect(quoteInLines(l, F, 4, 5, '某港 建成通车')).toBeNull();
    expect(quoteInLines(l, F, 4, undefined, '某港建成')).toBeNull();
    expect(quoteInLines(l, F, 4, undefined, '某港建成通车')).toBe(
      `quote "某港建成通车" not found in ${F} L4`,
    );
    expect(quoteInLines(l, F, 3, 5, '某港建成通车了')).toBe(`quote "某港建成通车了" not found in ${F} L3–L5`);
  });

  it('refuses unknown files, backwards or over-long spans and lines past the end', () => {
    const l = lines();
    expect(quoteInLines(l, '000_77204c780cdc6062.txt', 1, undefined, 'x')).toBe(
      'unknown source file 000_77204c780cdc6062.txt',
    );
    expect(quoteInLines(l, F, 5, 4, '通车')).toBe('line_end 4 is before line 5');
    expect(MAX_QUOTE_LINES).toBe(6);
    expect(quoteInLines(l, F, 1, 6, '政府工作报告')).toBeNull();
    expect(quoteInLines(l, F, 1, 7, '政府工作报告')).toBe('a quote may span at most 6 lines');
    expect(quoteInLines(l, G, 3, undefined, '开工建设')).toBeNull();
    expect(quoteInLines(l, G, 3, 4, '开工建设')).toBe(`line 4 is beyond the end of ${G} (3 lines)`);
  });
});

const cite = (line: number, quote?: string) => ({
  file: F,
  line,
  section: '回顾',
  ...(quote ? { quote } : {}),
});

const other = (p: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [109.4, 24.3] },
  properties: {
    id: 'other-a',
    name: '某工程',
    name_en: 'Some works',
    kind: '产业工程',
    status_text: null,
    facts: [{ label: '功能', text: '仓储', citation: cite(7, '仓储设施') }],
    numbers: [],
    counties: [],
    location_quality: 'schematic',
    location_basis: '文件未载明地点，仅为示意',
    location_basis_en: 'The documents give no site',
    citation: cite(3, '开工建设'),
    mentions: [cite(6, '园区')],
    ...p,
  },
});
const others = (...features: unknown[]) =>
  validateOthers('others.geojson', { type: 'FeatureCollection', features }, lines());

describe('records of other documents', () => {
  it('a collection is required', () => {
    for (const bad of [null, { type: 'Feature' }, { type: 'FeatureCollection' }])
      expect(validateOthers('others.geojson', bad, lines())).toEqual([
        'others.geojson: not a GeoJSON FeatureCollection',
      ]);
    expect(others(other())).toEqual([]);
  });

  it('names bad fields, geometry and duplicates by id (or position)', () => {
    expect(others(other({ name_en: '' }))).toEqual([
      expect.stringMatching(/^others\.geojson › other-a › name_en: /),
    ]);
    expect(others({ ...other(), geometry: { type: 'Point', coordinates: [0, 24] } })).toEqual([
      expect.stringMatching(/^others\.geojson › other-a › geometry\.coordinates\.0: /),
    ]);
    expect(others(other(), other())).toEqual(['others.geojson › other-a: duplicate id']);
    expect(others({ ...other(), properties: undefined })[0]).toMatch(/^others\.geojson › #0 › /);
  });

  it('checks the record’s citation, each mention and each fact’s citation', () => {
    expect(others(other({ citation: cite(3, '建成') }))).toEqual([
      `others.geojson › other-a › citation: quote "建成" not found in ${F} L3`,
    ]);
    expect(others(other({ mentions: [cite(6, '园区'), cite(6, '港口')] }))).toEqual([
      `others.geojson › other-a › mentions.1: quote "港口" not found in ${F} L6`,
    ]);
    expect(
      others(
        other({
          facts: [
            { label: '功能', text: '无出处' },
            { label: '规模', text: '3个', citation: cite(7, '5个') },
          ],
        }),
      ),
    ).toEqual([`others.geojson › other-a › facts.1.citation: quote "5个" not found in ${F} L7`]);
  });
});

const target = (p: Record<string, unknown> = {}) => ({
  id: 'other-target-a',
  indicator: '仓储设施',
  indicator_en: 'Warehouses',
  value: 3,
  unit: '个',
  text: '新建仓储设施3个',
  citation: cite(7, '仓储设施 3 个'),
  year: 2025,
  item_id: 'other-a',
  ...p,
});
const targets = (...list: unknown[]) =>
  validateOtherTargets('other-targets.json', list, lines(), new Set(['other-a']));

describe('targets of other documents', () => {
  it('a list is required', () => {
    expect(validateOtherTargets('other-targets.json', {}, lines(), new Set())).toEqual([
      'other-targets.json: expected an array of targets',
    ]);
    expect(targets(target())).toEqual([]);
  });

  it('names bad fields, duplicates, off-line quotes and unknown records', () => {
    expect(targets(target({ year: 2019 }))).toEqual([
      expect.stringMatching(/^other-targets\.json › other-target-a › year: /),
    ]);
    expect(targets({ ...target(), id: undefined })).toEqual([
      expect.stringMatching(/^other-targets\.json › #0 › id: /),
    ]);
    expect(targets(target(), target())).toEqual(['other-targets.json › other-target-a: duplicate id']);
    expect(targets(target({ citation: cite(7, '5个') }))).toEqual([
      `other-targets.json › other-target-a › citation: quote "5个" not found in ${F} L7`,
    ]);
    expect(targets(target({ item_id: 'other-b' }))).toEqual([
      'other-targets.json › other-target-a › item_id: no other-document record "other-b"',
    ]);
  });
});

describe('malformed input is reported, never thrown', () => {
  it('documents, events or targets that are not objects are named by position', () => {
    expect(check([null], [])).toEqual([
      expect.stringMatching(/^events\.json › documents\.#0 › \(record\): /),
    ]);
    expect(check([part()], [null, 'ev-b'])).toEqual([
      expect.stringMatching(/^events\.json › #0 › \(record\): /),
      expect.stringMatching(/^events\.json › #1 › \(record\): /),
    ]);
    expect(targets(null)).toEqual([expect.stringMatching(/^other-targets\.json › #0 › \(record\): /)]);
  });

  it('a nested field is named by its dotted path', () => {
    expect(checkEvent({ citation: { file: F, line: 0, section: '回顾' } })).toEqual([
      expect.stringMatching(/^events\.json › ev-a › citation\.line: /),
    ]);
  });

  it('a Feature is not a collection of other records, even with a features list', () => {
    expect(validateOthers('others.geojson', { type: 'Feature', features: [] }, lines())).toEqual([
      'others.geojson: not a GeoJSON FeatureCollection',
    ]);
  });

  it('an event may cite the first line of its part', () => {
    const first = {
      citation: { file: F, line: 2, section: '封面' },
      quote: '2021年1月10日',
      stage: null,
      value: 1,
      unit: '份',
    };
    expect(check([part({ lines: [2, 10] })], [event(first)])).toEqual([]);
  });
});
