import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import {
  evaluate,
  itemStateAsOf,
  planConflict,
  stageCounts,
  stageMapAsOf,
  timelineOf,
} from '../../src/analysis/implementation';
import { evaluationRows, filterRows, mapFocus } from '../../src/analysis/evaluation';
import type { UserRecord } from '../../src/domain/implementation';
import { IMPLEMENTATION_LAYERS, implementationGroup } from '../../src/layers/implementation';
import { docEvent, makeData, pointFeature } from './fixtures';

const ev = docEvent;

function rec(p: Partial<UserRecord> = {}): UserRecord {
  return {
    id: 'r1',
    item_id: 'a',
    date: '2025-06-01',
    stage: '建成',
    note: '现场核实',
    source: '会议纪要',
    actual_value: null,
    unit: null,
    ...p,
  };
}

describe('stage as of a year', () => {
  const events = [
    ev({ item_ids: ['a'], period_year: 2020, stage: '开工' }),
    ev({ item_ids: ['a'], period_year: 2023, stage: '投入运营', doc_date: '2024-01-25' }),
    ev({ item_ids: ['a', 'b'], period_year: 2024, kind: 'task', stage: '在建', doc_date: '2024-02-08' }),
  ];

  it('is the latest result known by that year; tasks never count', () => {
    expect(itemStateAsOf('a', events, 2019).stage).toBeNull();
    expect(itemStateAsOf('a', events, 2021).stage).toBe('开工');
    // The 2023 result is published in January 2024: not known in 2023.
    expect(itemStateAsOf('a', events, 2023).stage).toBe('开工');
    expect(itemStateAsOf('a', events, 2024).stage).toBe('投入运营');
    expect(itemStateAsOf('b', events, 2026).stage).toBeNull();
    expect(itemStateAsOf('b', events, 2026).tasks).toHaveLength(1);
  });

  it('statements of a figure move no stage', () => {
    const fig = [ev({ item_ids: ['t'], period_year: 2022, stage: null, value: 3, unit: '个' })];
    expect(itemStateAsOf('t', fig, 2026).stage).toBeNull();
  });

  it('maps and counts stages, with "none" for items no later document mentions', () => {
    const map = stageMapAsOf(['a', 'b', 'c'], events, 2026);
    expect(map).toEqual({ a: '投入运营', b: 'none', c: 'none' });
    expect(stageCounts(map)).toMatchObject({ 投入运营: 1, none: 2, 开工: 0 });
  });

  it('keeps disagreeing documents both, and flags a plan that lists as under way what was reported built', () => {
    const a = ev({ item_ids: ['x'], period_year: 2020, stage: '建成', verb: '建成通车' });
    const b = ev({ item_ids: ['x'], period_year: 2020, stage: '在建', doc: '004_5dd11dd00263b247.txt' });
    const state = itemStateAsOf('x', [a, b], 2026);
    expect(state.conflicts).toEqual([[a, b]]);
    expect(planConflict('续建', itemStateAsOf('x', [a], 2026))).toBe(a);
    expect(planConflict(null, itemStateAsOf('x', [a], 2026))).toBeNull();
  });

  it('evaluates by the written rules', () => {
    expect(evaluate(itemStateAsOf('a', events, 2026))).toBe('achieved');
    expect(evaluate(itemStateAsOf('a', events, 2021))).toBe('progress');
    expect(evaluate(itemStateAsOf('b', events, 2026))).toBe('behind');
    expect(evaluate(itemStateAsOf('c', events, 2026))).toBe('none');
  });
});

describe('timeline', () => {
  it('puts the plan, document events and user records in date order, records marked apart', () => {
    const events = [
      ev({ item_ids: ['a'], period_year: 2023, stage: '建成' }),
      ev({ item_ids: ['a'], period_year: 2020 }),
    ];
    const tl = timelineOf('a', events, [rec({ date: '2022-03-01' }), rec({ id: 'r2', item_id: 'other' })]);
    expect(tl.map((e) => [e.kind, e.date.slice(0, 4)])).toEqual([
      ['event', '2020'],
      ['plan', '2022'],
      ['record', '2022'],
      ['event', '2023'],
    ]);
  });
});

describe('evaluation rows', () => {
  it('cover projects, targets and other-document items, with the latest user record', () => {
    const data = makeData();
    data.projects.features.push(
      pointFeature(109.4, 24.3, {
        id: 'ln-01',
        name: '项目甲',
        table: '柳南区',
        type: '生产服务型',
        status: '在建',
        citation: { file: '002_cea03bdf2b5fe175.txt', line: 1, section: '附件' },
      }) as never,
    );
    data.targets.push({
      id: 'target-x',
      plan: 'logistics',
      indicator: '指标',
      value: 1,
      unit: '个',
      text: '指标 1 个',
      citation: { file: '002_cea03bdf2b5fe175.txt', line: 2, section: '目标' },
    });
    const events = [ev({ item_ids: ['ln-01'], period_year: 2021, stage: '建成' })];
    const rows = evaluationRows(
      data,
      events,
      [rec({ item_id: 'target-x', actual_value: 2, unit: '个' })],
      null,
    );
    expect(rows.map((r) => [r.id, r.group, r.evaluation])).toEqual([
      ['ln-01', 'project', 'achieved'],
      ['target-x', 'target', 'none'],
    ]);
    expect(rows[1]!.record?.actual_value).toBe(2);
  });

  it('the map follows the table’s filters: only placed items of the filtered rows, with their light', () => {
    const data = makeData();
    const project = (id: string, lon: number) =>
      pointFeature(lon, 24.3, {
        id,
        name: id,
        table: '柳南区',
        type: '生产服务型',
        status: '在建',
        citation: { file: '002_cea03bdf2b5fe175.txt', line: 1, section: '附件' },
      }) as never;
    data.projects.features.push(project('p-done', 109.4), project('p-late', 109.5), project('p-none', 109.6));
    data.targets.push({
      id: 'target-x',
      plan: 'logistics',
      indicator: '指标',
      value: 1,
      unit: '个',
      text: '指标 1 个',
      citation: { file: '002_cea03bdf2b5fe175.txt', line: 2, section: '目标' },
    });
    const events = [
      ev({ item_ids: ['p-done'], period_year: 2021, stage: '建成' }),
      ev({ item_ids: ['p-late', 'target-x'], period_year: 2023, kind: 'task', stage: '开工' }),
    ];
    const rows = evaluationRows(data, events, [], null);
    expect(mapFocus(rows, { status: null, group: null })).toBeNull();
    expect(mapFocus(rows, { status: 'behind', group: null })).toEqual({ 'p-late': 'behind' });
    expect(filterRows(rows, { status: 'behind', group: null }).map((r) => r.id)).toEqual([
      'p-late',
      'target-x',
    ]);
    expect(mapFocus(rows, { status: null, group: 'project' })).toEqual({
      'p-done': 'achieved',
      'p-late': 'behind',
      'p-none': 'none',
    });
    expect(mapFocus(rows, { status: 'behind', group: 'target' })).toEqual({});
  });
});

describe('implementation layer spec', () => {
  const sources = implementationGroup.sources(makeData());
  const style = (stages: Record<string, never> | Record<string, string> | null) => ({
    version: 8 as const,
    sources,
    layers: implementationGroup.layers({
      group: { visible: true, opacity: 1 },
      lang: 'zh',
      stages: stages as never,
    }),
  });

  it('is valid with and without stages, and hidden for the plan as written', () => {
    expect(validateStyleMin(style(null))).toEqual([]);
    expect(validateStyleMin(style({}))).toEqual([]);
    expect(validateStyleMin(style({ a: '建成', b: 'none' }))).toEqual([]);
    expect(style(null).layers.every((l) => l.layout?.visibility === 'none')).toBe(true);
    const stageLayers = (x: ReturnType<typeof style>) =>
      x.layers.filter((l) => !l.id.startsWith(IMPLEMENTATION_LAYERS.focus));
    expect(stageLayers(style({ a: '建成' })).every((l) => l.layout?.visibility === 'visible')).toBe(true);
  });

  it('while the table is filtered, draws only its items by light, instead of the stages', () => {
    const spec = (focus: Record<string, string> | null) =>
      implementationGroup.layers({
        group: { visible: true, opacity: 1 },
        lang: 'zh',
        stages: { a: '建成', b: 'none' },
        focus: focus as never,
      });
    const lights = { a: 'achieved', c: 'behind' };
    const layers = spec(lights);
    expect(validateStyleMin({ version: 8, sources, layers })).toEqual([]);
    expect(validateStyleMin({ version: 8, sources, layers: spec({}) })).toEqual([]);
    const shown = layers.filter((l) => l.layout?.visibility === 'visible').map((l) => l.id);
    expect(shown).toEqual([IMPLEMENTATION_LAYERS.focus, IMPLEMENTATION_LAYERS.focusLabel]);
    const focus = layers.find((l) => l.id === IMPLEMENTATION_LAYERS.focus) as {
      filter?: unknown;
      paint: Record<string, unknown>;
    };
    expect(focus.filter).toEqual(['has', ['get', 'id'], ['literal', lights]]);
    expect(focus.paint['circle-color']).toEqual(
      expect.arrayContaining(['match', ['get', ['get', 'id'], ['literal', lights]], 'behind', '#c62828']),
    );
    expect(
      spec(null)
        .filter((l) => l.layout?.visibility === 'visible')
        .map((l) => l.id),
    ).toEqual([IMPLEMENTATION_LAYERS.none, IMPLEMENTATION_LAYERS.stage, IMPLEMENTATION_LAYERS.label]);
  });

  it('colours each item by its stage', () => {
    const layer = style({ a: '建成', b: '开工', c: 'none' }).layers.find(
      (l) => l.id === IMPLEMENTATION_LAYERS.stage,
    )!;
    const paint = (layer as { paint: Record<string, unknown> }).paint;
    const staged = { a: '建成', b: '开工' };
    expect(paint['circle-color']).toEqual(
      expect.arrayContaining(['match', ['get', ['get', 'id'], ['literal', staged]], '建成', '#5aae61']),
    );
    expect((layer as { filter?: unknown }).filter).toEqual(['has', ['get', 'id'], ['literal', staged]]);
  });
});
