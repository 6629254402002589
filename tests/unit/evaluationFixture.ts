/** One project with a later document's event and one target with a planner's record (exports' tests). */
import { evaluationRows } from '../../src/analysis/evaluation';
import type { DocEvent, UserRecord } from '../../src/domain/implementation';
import { entry } from '../../src/domain/recordLog';
import { makeData, pointFeature } from './fixtures';

export function workbookInput() {
  const data = makeData();
  data.projects.features.push(
    pointFeature(109.4, 24.3, {
      id: 'ln-01',
      name: '柳州西鹅铁路物流中心',
      table: '柳南区',
      type: '国家物流枢纽',
      status: '在建',
      citation: { file: '002_cea03bdf2b5fe175.txt', line: 645, section: '附件 柳南区重点物流项目表' },
    }) as never,
  );
  data.targets.push({
    id: 'target-a',
    plan: 'logistics',
    indicator: '物流业增加值',
    value: 300,
    unit: '亿元',
    text: '物流业增加值达到300亿元',
    citation: { file: '002_cea03bdf2b5fe175.txt', line: 200, section: '第二章 发展目标' },
  });
  const events: DocEvent[] = [
    {
      id: 'ev-a',
      item_ids: ['ln-01'],
      doc: '004_5dd11dd00263b247.txt',
      doc_part: 'div-2024',
      doc_date: '2024-02-08',
      period_year: 2023,
      kind: 'result',
      stage: '投入运营',
      verb: '投入运营',
      quote: '西鹅铁路物流中心投入运营',
      citation: { file: '004_5dd11dd00263b247.txt', line: 12, section: '一、2023年工作' },
    },
  ];
  const records: UserRecord[] = [
    {
      id: 'rec-1',
      item_id: 'target-a',
      date: '2025-12-31',
      stage: null,
      note: '统计快报',
      source: '2025年统计公报',
      actual_value: 312.5,
      unit: '亿元',
    },
  ];
  const rows = evaluationRows(data, events, records, null);
  const log = records.map((r) => entry('add', r, {}, '2026-01-05T08:00:00.000Z'));
  return { rows, events, records, log, names: new Map(rows.map((r) => [r.id, r.name])), year: 2026 };
}
