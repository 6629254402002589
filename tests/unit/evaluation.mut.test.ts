/**
 * What the documents say happened, as of a year, and the evaluation table built on it: the edge
 * cases a planner meets (same-year statements, records on the plan's own date, items no later
 * document mentions), each on a few made-up events.
 */
import { describe, expect, it } from 'vitest';
import {
  byDate,
  conflictsIn,
  docEventsOf,
  evaluate,
  eventsFor,
  itemStateAsOf,
  latestRecord,
  monitoredItems,
  planConflict,
  stageCounts,
  timelineOf,
  type ItemState,
  type StagedEvent,
} from '../../src/analysis/implementation';
import {
  NO_EVAL_FILTER,
  evaluationCounts,
  evaluationRows,
  filterRows,
  isFiltering,
  mapFocus,
  type EvaluationRow,
} from '../../src/analysis/evaluation';
import type { DocEvent } from '../../src/domain/implementation';
import { docEvent, makeData, pointFeature, userRecord } from './fixtures';

const ev = docEvent;
const ids = (list: Array<{ id: string }>) => list.map((e) => e.id);
const state = (p: Partial<ItemState> = {}): ItemState => ({
  stage: null,
  evidence: null,
  results: [],
  tasks: [],
  conflicts: [],
  ...p,
});

describe('events in time', () => {
  it('order by the period, then the document date, then the id', () => {
    const a = ev({ item_ids: ['x'], period_year: 2021, doc_date: '2022-03-01', id: 'ev-b' });
    const b = ev({ item_ids: ['x'], period_year: 2021, doc_date: '2022-01-01', id: 'ev-c' });
    const c = ev({ item_ids: ['x'], period_year: 2021, doc_date: '2022-01-01', id: 'ev-a' });
    const d = ev({ item_ids: ['x'], period_year: 2020, doc_date: '2024-01-01' });
    expect(ids([a, b, c, d].sort(byDate))).toEqual(ids([d, c, b, a]));
    expect(byDate(a, a)).toBe(0);
  });

  it('an item’s events are those naming it, in date order', () => {
    const late = ev({ item_ids: ['x', 'y'], period_year: 2023 });
    const early = ev({ item_ids: ['x'], period_year: 2020 });
    const other = ev({ item_ids: ['y'], period_year: 2021 });
    expect(ids(eventsFor('x', [late, other, early]))).toEqual(ids([early, late]));
    expect(eventsFor('z', [late, other, early])).toEqual([]);
  });

  it('as of no year, everything is known; as of a year, only what a document of that year or before says', () => {
    const e = ev({ item_ids: ['x'], period_year: 2022, doc_date: '2023-01-20', stage: '建成' });
    expect(itemStateAsOf('x', [e], null).stage).toBe('建成');
    expect(itemStateAsOf('x', [e], 2022).stage).toBeNull();
    expect(itemStateAsOf('x', [e], 2023)).toMatchObject({ stage: '建成', evidence: e, results: [e] });
    // A task about a later year is not known before that year, even if published earlier.
    const task = ev({ item_ids: ['x'], period_year: 2024, doc_date: '2024-02-08', kind: 'task' });
    expect(itemStateAsOf('x', [task], 2023).tasks).toEqual([]);
    expect(itemStateAsOf('x', [task], 2024).tasks).toEqual([task]);
    expect(itemStateAsOf('x', [task], 2024).results).toEqual([]);
  });

  it('the shipped events are the data’s own', () => {
    const data = makeData();
    data.events.push(ev({ item_ids: ['x'], period_year: 2020 }));
    expect(docEventsOf(data)).toBe(data.events);
  });
});

describe('documents that disagree', () => {
  const built = (p: Partial<DocEvent> = {}) =>
    ev({ item_ids: ['x'], period_year: 2020, stage: '建成', ...p }) as StagedEvent;

  it('only different documents about the same year reporting different stages', () => {
    const a = built();
    const otherDoc = built({ doc: '004_5dd11dd00263b247.txt', stage: '在建' });
    const sameDoc = built({ stage: '在建' });
    const otherYear = built({ doc: '004_5dd11dd00263b247.txt', period_year: 2021, stage: '在建' });
    const agrees = built({ doc: '004_5dd11dd00263b247.txt' });
    expect(conflictsIn([a, otherDoc])).toEqual([[a, otherDoc]]);
    expect(conflictsIn([a, sameDoc])).toEqual([]);
    expect(conflictsIn([a, otherYear])).toEqual([]);
    expect(conflictsIn([a, agrees])).toEqual([]);
    expect(conflictsIn([a, otherDoc, otherDoc])).toEqual([
      [a, otherDoc],
      [a, otherDoc],
    ]);
  });

  it('the plan lists as under way what a document before 2022 reported built or in service', () => {
    const open = built({ stage: '投入运营', period_year: 2021 });
    const s = (e: DocEvent) => state({ results: [e as StagedEvent] });
    for (const status of ['续建', '在建', '新建', '开工', '2021年开工'])
      expect(planConflict(status, s(open))).toBe(open);
    expect(planConflict('规划', s(open))).toBeNull();
    expect(planConflict('', s(open))).toBeNull();
    expect(planConflict('续建', s(built({ period_year: 2021 })))).not.toBeNull();
    // Reported in the plan's own year or later, or only started: no disagreement.
    expect(planConflict('续建', s(built({ period_year: 2022 })))).toBeNull();
    expect(planConflict('续建', s(built({ stage: '在建', period_year: 2020 })))).toBeNull();
    expect(planConflict('续建', state())).toBeNull();
  });
});

describe('counting and judging stages', () => {
  it('counts every stage, starting from zero', () => {
    expect(stageCounts({})).toEqual({ 前期工作: 0, 开工: 0, 在建: 0, 建成: 0, 投入运营: 0, none: 0 });
    expect(stageCounts({ a: '在建', b: '在建', c: 'none' })).toMatchObject({ 在建: 2, none: 1, 建成: 0 });
  });

  it('lights: built or in service achieved, started or under way in progress, preparation or tasks behind', () => {
    expect(evaluate(state({ stage: '建成' }))).toBe('achieved');
    expect(evaluate(state({ stage: '投入运营' }))).toBe('achieved');
    expect(evaluate(state({ stage: '开工' }))).toBe('progress');
    expect(evaluate(state({ stage: '在建' }))).toBe('progress');
    expect(evaluate(state({ stage: '前期工作' }))).toBe('behind');
    expect(evaluate(state({ tasks: [ev({ item_ids: ['x'], period_year: 2024, kind: 'task' })] }))).toBe(
      'behind',
    );
    expect(evaluate(state())).toBe('none');
  });

  it('the latest record of an item is the newest by date; the later entry wins a tie', () => {
    const a = userRecord({ id: 'a', date: '2025-01-01' });
    const b = userRecord({ id: 'b', date: '2025-03-01' });
    const c = userRecord({ id: 'c', date: '2025-03-01' });
    const other = userRecord({ id: 'o', item_id: 'elsewhere', date: '2026-01-01' });
    expect(latestRecord('ln-01', [b, a, other])?.id).toBe('b');
    expect(latestRecord('ln-01', [a, b, c])?.id).toBe('c');
    expect(latestRecord('ln-01', [other])).toBeNull();
    expect(latestRecord('ln-01', [])).toBeNull();
  });
});

describe('timeline', () => {
  it('in a year: the plan, then documents, then records; records by date, equals in entry order', () => {
    const e2022 = ev({ item_ids: ['a'], period_year: 2022 });
    const tl = timelineOf(
      'a',
      [e2022],
      [
        userRecord({ id: 'r-late', item_id: 'a', date: '2022-09-01' }),
        userRecord({ id: 'r-early', item_id: 'a', date: '2022-01-05' }),
        userRecord({ id: 'r-same', item_id: 'a', date: '2022-01-05' }),
      ],
    );
    expect(tl.map((e) => (e.kind === 'record' ? e.record.id : e.kind))).toEqual([
      'plan',
      'event',
      'r-early',
      'r-same',
      'r-late',
    ]);
    expect(tl[0]).toEqual({ kind: 'plan', date: '2022' });
    expect(tl[1]).toEqual({ kind: 'event', date: '2022', event: e2022 });
  });

  it('a record of an earlier year comes before the plan', () => {
    const tl = timelineOf('a', [], [userRecord({ item_id: 'a', date: '2021-12-31' })]);
    expect(tl.map((e) => e.kind)).toEqual(['record', 'plan']);
  });
});

describe('what is monitored', () => {
  const data = () => {
    const d = makeData();
    d.projects.features.push(pointFeature(109.4, 24.3, { id: 'ln-01', name: '项目甲' }) as never);
    const item = (id: string) => pointFeature(109.4, 24.3, { id, name: id, kind: '类' }) as never;
    d.themes.road.features.push(item('road-a'));
    d.themes.towns.features.push(item('town-quiet'), item('town-named'));
    d.others.features.push(item('other-a'));
    d.events.push(ev({ item_ids: ['town-named'], period_year: 2021 }));
    return d;
  };

  it('key projects, built themes, any item a document names, and other documents’ projects', () => {
    const items = monitoredItems(data());
    expect(items.map((m) => [m.source, m.feature.properties.id])).toEqual([
      ['projects', 'ln-01'],
      ['road', 'road-a'],
      ['towns', 'town-named'],
      ['others', 'other-a'],
    ]);
  });

  it('is worked out once per data set', () => {
    const d = data();
    expect(monitoredItems(d)).toBe(monitoredItems(d));
    expect(monitoredItems(data())).not.toBe(monitoredItems(d));
  });
});

describe('evaluation rows', () => {
  const cite = { file: '002_cea03bdf2b5fe175.txt' as const, line: 5, section: '附件' };
  const data = () => {
    const d = makeData();
    d.projects.features.push(
      pointFeature(109.4, 24.3, {
        id: 'ln-01',
        name: '项目甲',
        table: '柳南区',
        type: '生产服务型',
        status: '续建',
        citation: cite,
      }) as never,
    );
    d.themes.rail.features.push(
      pointFeature(109.5, 24.3, {
        id: 'rail-a',
        name: '某铁路',
        kind: '干线铁路',
        status_text: '新建',
        citation: cite,
      }) as never,
    );
    d.others.features.push(
      pointFeature(109.6, 24.3, {
        id: 'other-a',
        name: '某工程',
        kind: '产业工程',
        status_text: null,
        citation: cite,
      }) as never,
    );
    d.targets.push({
      id: 'target-a',
      plan: 'logistics',
      indicator: '指标甲',
      value: 1,
      unit: null,
      text: '指标甲 1',
      citation: cite,
    });
    d.otherTargets.push({
      id: 'other-target-a',
      indicator: '指标乙',
      indicator_en: 'Target B',
      value: 2,
      unit: '万辆',
      text: '指标乙 2 万辆',
      citation: cite,
      year: 2025,
      item_id: 'other-a',
    });
    return d;
  };
  const events = [
    ev({ item_ids: ['rail-a'], period_year: 2021, stage: '在建' }),
    ev({ item_ids: ['rail-a'], period_year: 2024, stage: '建成', doc_date: '2025-01-20' }),
    ev({ item_ids: ['other-a'], period_year: 2024, kind: 'task', doc_date: '2024-02-08' }),
    ev({ item_ids: ['other-a'], period_year: 2025, kind: 'task', doc_date: '2025-02-08' }),
  ];

  it('one row per monitored item and per target of both kinds, with what the plan says and where', () => {
    const rows = evaluationRows(data(), events, [userRecord({ item_id: 'rail-a' })], null);
    expect(rows.map((r) => [r.id, r.source, r.group, r.name, r.category, r.plan])).toEqual([
      ['ln-01', 'projects', 'project', '项目甲', '柳南区 · 生产服务型', '续建'],
      ['rail-a', 'rail', 'item', '某铁路', '干线铁路', '新建'],
      ['other-a', 'others', 'other', '某工程', '产业工程', null],
      ['target-a', null, 'target', '指标甲', '', '指标甲 1'],
      ['other-target-a', null, 'target', '指标乙', '万辆', '指标乙 2 万辆'],
    ]);
    expect(rows.every((r) => r.planCitation === cite)).toBe(true);
    // A key project's categories, for the interface to name in its language; none for the others.
    expect(rows.map((r) => r.project)).toEqual([
      { table: '柳南区', type: '生产服务型', status: '续建' },
      null,
      null,
      null,
      null,
    ]);
    const rail = rows[1]!;
    expect(rail).toMatchObject({ stage: '建成', evidence: events[1], tasks: 0, evaluation: 'achieved' });
    expect(rail.record?.item_id).toBe('rail-a');
    expect(rows[2]).toMatchObject({
      stage: null,
      evidence: null,
      tasks: 2,
      evaluation: 'behind',
      record: null,
    });
  });

  it('as of a year, only what was known then (no year = today)', () => {
    const rows = evaluationRows(data(), events, [], 2024);
    expect(rows[1]).toMatchObject({ stage: '在建', evaluation: 'progress' });
    expect(rows[2]!.tasks).toBe(1);
    expect(evaluationCounts(rows)).toEqual({ achieved: 0, progress: 1, behind: 1, none: 3 });
    expect(evaluationCounts(evaluationRows(data(), events, [], null))).toEqual({
      achieved: 1,
      progress: 0,
      behind: 1,
      none: 3,
    });
    expect(evaluationCounts([])).toEqual({ achieved: 0, progress: 0, behind: 0, none: 0 });
  });

  it('the table’s filters: by light, by group, both, or none', () => {
    const rows = evaluationRows(data(), events, [], null);
    const idsOf = (list: EvaluationRow[]) => list.map((r) => r.id);
    expect(isFiltering(NO_EVAL_FILTER)).toBe(false);
    expect(isFiltering({ status: 'none', group: null })).toBe(true);
    expect(isFiltering({ status: null, group: 'target' })).toBe(true);
    expect(filterRows(rows, NO_EVAL_FILTER)).toEqual(rows);
    expect(idsOf(filterRows(rows, { status: 'none', group: null }))).toEqual([
      'ln-01',
      'target-a',
      'other-target-a',
    ]);
    expect(idsOf(filterRows(rows, { status: null, group: 'target' }))).toEqual([
      'target-a',
      'other-target-a',
    ]);
    expect(idsOf(filterRows(rows, { status: 'none', group: 'project' }))).toEqual(['ln-01']);
    expect(mapFocus(rows, { status: 'none', group: null })).toEqual({ 'ln-01': 'none' });
    expect(mapFocus(rows, { status: null, group: 'other' })).toEqual({ 'other-a': 'behind' });
  });
});
