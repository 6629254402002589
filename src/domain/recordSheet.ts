/**
 * The planners' record log as a worksheet: one row per log entry, so a workbook exported by the
 * app can be read back and merged exactly as a JSON records file is. Pure (no spreadsheet library):
 * the workbook is written and read in io/, the rows are built and checked here.
 */
import { LogEntrySchema, type LogEntry } from './recordLog';

export const RECORD_SHEET = '用户记录日志';

/** Column keys in sheet order; the headers are the sheet's own (Chinese) words. */
export const RECORD_COLUMNS = [
  ['entry_id', '日志编号', 38],
  ['at', '记入时间', 26],
  ['op', '操作', 8],
  ['record_id', '记录编号', 38],
  ['item_id', '事项编号', 14],
  ['date', '日期', 12],
  ['stage', '阶段', 10],
  ['actual_value', '实际值', 10],
  ['unit', '单位', 8],
  ['note', '说明', 40],
  ['source', '来源', 24],
  ['author', '记录人', 10],
  ['undoes', '撤销的日志编号', 38],
] as const;
export type RecordColumn = (typeof RECORD_COLUMNS)[number][0];

const OP_LABELS: Record<LogEntry['op'], string> = { add: '新增', edit: '修改', delete: '删除', undo: '撤销' };

export type Cell = string | number | null;

export function logToRows(log: readonly LogEntry[]): Cell[][] {
  return log.map((e) => {
    const r = e.record;
    const cells: Record<RecordColumn, Cell> = {
      entry_id: e.entry_id,
      at: e.at,
      op: OP_LABELS[e.op],
      record_id: e.record_id,
      item_id: e.item_id,
      date: r?.date ?? null,
      stage: r?.stage ?? null,
      actual_value: r?.actual_value ?? null,
      unit: r?.unit ?? null,
      note: r?.note ?? null,
      source: r?.source ?? null,
      author: r?.author ?? null,
      undoes: e.undoes ?? null,
    };
    return RECORD_COLUMNS.map(([key]) => cells[key]);
  });
}

export type SheetProblem =
  { kind: 'header' } | { kind: 'row'; row: number; column: string } | { kind: 'empty' };

export type ParsedRecordSheet = { ok: true; entries: LogEntry[] } | { ok: false; problem: SheetProblem };

const text = (v: Cell | undefined) => (v === null || v === undefined ? '' : String(v).trim());
const orNull = (v: Cell | undefined) => (text(v) === '' ? null : text(v));

/** A number as typed or as text ('312.5'); anything else is left for the schema to refuse. */
function numberOrNull(v: Cell | undefined): number | string | null {
  if (typeof v === 'number') return v;
  const s = text(v);
  if (s === '') return null;
  return Number.isFinite(Number(s)) ? Number(s) : s;
}

/**
 * Reads the rows of the records sheet (header first, as 1-based sheet rows `rowNumbers`). Every row
 * must be a valid log entry; the first bad one is named and nothing is taken.
 */
export function rowsToLog(
  header: readonly Cell[],
  rows: ReadonlyArray<{ n: number; cells: Cell[] }>,
): ParsedRecordSheet {
  if (RECORD_COLUMNS.some(([, title], i) => text(header[i]) !== title)) {
    return { ok: false, problem: { kind: 'header' } };
  }
  const entries: LogEntry[] = [];
  for (const { n, cells } of rows) {
    if (cells.every((c) => text(c) === '')) continue;
    const at = (key: RecordColumn) => cells[RECORD_COLUMNS.findIndex(([k]) => k === key)];
    const column = (key: RecordColumn) => RECORD_COLUMNS.find(([k]) => k === key)![1];
    const op = (Object.keys(OP_LABELS) as LogEntry['op'][]).find((k) => OP_LABELS[k] === text(at('op')));
    if (!op) return { ok: false, problem: { kind: 'row', row: n, column: column('op') } };
    const author = orNull(at('author'));
    const undoes = orNull(at('undoes'));
    const candidate = {
      entry_id: text(at('entry_id')),
      at: text(at('at')),
      op,
      record_id: text(at('record_id')),
      item_id: text(at('item_id')),
      ...(op === 'add' || op === 'edit'
        ? {
            record: {
              id: text(at('record_id')),
              item_id: text(at('item_id')),
              date: text(at('date')),
              stage: orNull(at('stage')),
              note: text(at('note')),
              source: text(at('source')),
              actual_value: numberOrNull(at('actual_value')),
              unit: orNull(at('unit')),
              ...(author === null ? {} : { author }),
            },
          }
        : {}),
      ...(undoes === null ? {} : { undoes }),
    };
    const parsed = LogEntrySchema.safeParse(candidate);
    if (!parsed.success) {
      const path = parsed.error.issues[0]?.path ?? [];
      const key = (path[0] === 'record' ? path[1] : path[0]) as string | undefined;
      // record.id and record_id come from the same cell, and record_id is checked first.
      const known = RECORD_COLUMNS.find(([k]) => k === key);
      // A refinement (an add without its record, an undo without its target) names the operation.
      return { ok: false, problem: { kind: 'row', row: n, column: known ? known[1] : column('op') } };
    }
    entries.push(parsed.data);
  }
  return entries.length ? { ok: true, entries } : { ok: false, problem: { kind: 'empty' } };
}
