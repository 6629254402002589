/**
 * The evaluation workbook (exceljs, loaded only when exported): sheet 1 projects and plan items,
 * sheet 2 targets, sheet 3 every document event and planner's record, with citations and Chinese
 * headers; sheet 4 the planners' record log, entry by entry, which the app can import back.
 */
import ExcelJS from 'exceljs';
import type { EvaluationRow } from '../analysis/evaluation';
import type { DocEvent, UserRecord } from '../domain/implementation';
import type { Citation } from '../domain/schema';
import type { LogEntry } from '../domain/recordLog';
import { RECORD_COLUMNS, RECORD_SHEET, logToRows } from '../domain/recordSheet';
import { documentTitle } from '../domain/sources';

export const SHEET_NAMES = ['项目与规划事项', '发展目标', '事件与用户记录', RECORD_SHEET] as const;

export const EVALUATION_LABELS = {
  achieved: '已实现',
  progress: '推进中',
  behind: '滞后',
  none: '无后续文件记载',
} as const;

const cite = (c: Citation) => `${documentTitle(c)} ${c.section} ${c.file} 第${c.line}行`;
const SILENT = '规划未载明';

type Column = [header: string, width: number];

function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: Column[],
  rows: Array<Array<string | number | null>>,
) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map(([header, width]) => ({ header, width }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((v) => v ?? ''));
  ws.getColumn(columns.length).alignment = { wrapText: true, vertical: 'top' };
  return ws;
}

export interface WorkbookInput {
  rows: readonly EvaluationRow[];
  events: readonly DocEvent[];
  records: readonly UserRecord[];
  /** The record log the records fold from (sheet 4, importable). */
  log: readonly LogEntry[];
  /** Item id → name, for the events sheet. */
  names: ReadonlyMap<string, string>;
  /** The year the table is evaluated as of. */
  year: number;
}

export async function evaluationWorkbook(input: WorkbookInput): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '柳州物流规划一张图';
  wb.created = new Date();
  const recordCells = (r: UserRecord | null) => [
    r?.date ?? null,
    r?.stage ?? null,
    r?.actual_value ?? null,
    r?.unit ?? null,
    r?.note ?? null,
    r?.source ?? null,
  ];
  const recordHeaders: Column[] = [
    ['用户记录日期', 12],
    ['用户记录阶段', 10],
    ['用户记录实际值', 12],
    ['单位', 8],
    ['用户记录说明', 30],
    ['用户记录来源', 20],
  ];
  const evidenceCells = (r: EvaluationRow) => [
    r.stage ?? '无后续文件记载',
    r.evidence?.verb ?? null,
    r.evidence?.quote ?? null,
    r.evidence ? r.evidence.doc_date : null,
    r.evidence ? cite(r.evidence.citation) : null,
    r.tasks,
    EVALUATION_LABELS[r.evaluation],
  ];
  const evidenceHeaders: Column[] = [
    [`最新文件阶段（截至${input.year}年）`, 14],
    ['原文动词', 10],
    ['依据原文', 40],
    ['文件日期', 10],
    ['依据出处', 40],
    ['任务条数', 8],
    ['评估', 10],
  ];
  sheet(
    wb,
    SHEET_NAMES[0],
    [
      ['编号', 10],
      ['名称', 30],
      ['类别', 22],
      ['规划状态（原文）', 12],
      ['规划出处', 40],
      ...evidenceHeaders,
      ...recordHeaders,
    ],
    input.rows
      .filter((r) => r.group !== 'target')
      .map((r) => [
        r.id,
        r.name,
        r.category,
        r.plan ?? SILENT,
        cite(r.planCitation),
        ...evidenceCells(r),
        ...recordCells(r.record),
      ]),
  );
  sheet(
    wb,
    SHEET_NAMES[1],
    [
      ['编号', 12],
      ['指标', 30],
      ['规划目标（原文）', 40],
      ['规划出处', 40],
      ...evidenceHeaders,
      ...recordHeaders,
    ],
    input.rows
      .filter((r) => r.group === 'target')
      .map((r) => [
        r.id,
        r.name,
        r.plan ?? SILENT,
        cite(r.planCitation),
        ...evidenceCells(r),
        ...recordCells(r.record),
      ]),
  );
  const name = (id: string) => input.names.get(id) ?? id;
  sheet(
    wb,
    SHEET_NAMES[2],
    [
      ['类别', 10],
      ['事项编号', 14],
      ['事项名称', 30],
      ['所述年份/日期', 12],
      ['阶段', 10],
      ['原文动词', 10],
      ['结果/任务', 8],
      ['文件日期', 10],
      ['出处/来源', 40],
      ['原文/说明', 60],
    ],
    [
      ...input.events.flatMap((e) =>
        e.item_ids.map((id) => [
          '文件记载',
          id,
          name(id),
          e.period_year,
          e.stage,
          e.verb,
          e.kind === 'result' ? '结果' : '任务',
          e.doc_date,
          cite(e.citation),
          e.quote,
        ]),
      ),
      ...input.records.map((r) => [
        '用户记录',
        r.item_id,
        name(r.item_id),
        r.date,
        r.stage,
        null,
        null,
        null,
        r.source,
        r.actual_value === null ? r.note : `${r.note}（实际值 ${r.actual_value} ${r.unit ?? ''}）`,
      ]),
    ],
  );
  sheet(
    wb,
    SHEET_NAMES[3],
    RECORD_COLUMNS.map(([, header, width]) => [header, width]),
    logToRows(input.log),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}
