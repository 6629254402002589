import 'fake-indexeddb/auto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { entry, foldRecords, mergeLogs, type LogEntry } from '../../src/domain/recordLog';
import { RECORD_COLUMNS, RECORD_SHEET, logToRows, rowsToLog } from '../../src/domain/recordSheet';
import { openDb } from '../../src/io/db';
import { evaluationWorkbook } from '../../src/io/exportXlsx';
import { appendEntries, loadLog } from '../../src/io/recordStore';
import { readRecordsWorkbook } from '../../src/io/recordsXlsx';
import { ticker, userRecord } from './fixtures';

const rec = userRecord;
const at = ticker();

/** A planner's log with every kind of entry, as the app writes it. */
function plannerLog(prefix: string): LogEntry[] {
  const a = rec({ id: `${prefix}-1`, author: '规划科' });
  const target = rec({
    id: `${prefix}-2`,
    item_id: 'target-a',
    stage: null,
    note: '',
    actual_value: 312.5,
    unit: '亿元',
  });
  const add = entry('add', a, {}, at());
  const edit = entry('edit', { ...a, note: '一期已投入运营', stage: '投入运营' }, {}, at());
  const addT = entry('add', target, {}, at());
  const del = entry('delete', target, {}, at());
  const undo = { ...entry('undo', target, {}, at()), undoes: del.entry_id };
  return [add, edit, addT, del, undo];
}

async function workbook(log: LogEntry[]): Promise<ArrayBuffer> {
  const bytes = await evaluationWorkbook({
    rows: [],
    events: [],
    records: foldRecords(log),
    log,
    names: new Map(),
    year: 2026,
  });
  return bytes.buffer;
}

async function edited(log: LogEntry[], change: (ws: ExcelJS.Worksheet) => void): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await workbook(log));
  change(wb.getWorksheet(RECORD_SHEET)!);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

const header = RECORD_COLUMNS.map(([, h]) => h);

describe('the records sheet of the evaluation workbook', () => {
  it('reads back the exported log exactly, entry by entry', async () => {
    const log = plannerLog('a');
    const parsed = await readRecordsWorkbook(await workbook(log));
    expect(parsed).toEqual({ ok: true, entries: log });
    if (parsed.ok) expect(foldRecords(parsed.entries)).toEqual(foldRecords(log));
  });

  it('two planners’ workbooks merge without losing either’s records', async () => {
    const db = openDb(`records-xlsx-${Math.random()}`);
    const mine = plannerLog('a');
    const theirs = plannerLog('b');
    await appendEntries(mine, db);
    for (const log of [theirs, mine]) {
      const parsed = await readRecordsWorkbook(await workbook(log));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
      await appendEntries(parsed.entries, db);
    }
    const { entries } = await loadLog(db);
    expect(entries).toHaveLength(mine.length + theirs.length);
    expect(
      foldRecords(entries)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['a-1', 'a-2', 'b-1', 'b-2']);
    expect(mergeLogs(mine, theirs)).toHaveLength(entries.length);
    db.close();
  });

  it('takes dates a spreadsheet retyped as dates and numbers typed as text', async () => {
    const log = plannerLog('a');
    const bytes = await edited(log, (ws) => {
      ws.getCell('F2').value = new Date(Date.UTC(2025, 5, 1));
      ws.getCell('H4').value = '312.5';
    });
    expect(await readRecordsWorkbook(bytes)).toEqual({ ok: true, entries: log });
  });

  it('names the sheet row and column of a bad row, and takes nothing', async () => {
    const log = plannerLog('a');
    const cases: Array<[string, string | number, string]> = [
      ['F3', '去年', '日期'],
      ['G2', '差不多建成', '阶段'],
      ['C4', '改写', '操作'],
      ['A5', '', '日志编号'],
      ['H4', '三百', '实际值'],
      ['M6', '', '操作'],
    ];
    for (const [cell, value, column] of cases) {
      const bytes = await edited(log, (ws) => {
        ws.getCell(cell).value = value;
      });
      const row = Number(cell.slice(1));
      expect(await readRecordsWorkbook(bytes), cell).toEqual({
        ok: false,
        problem: { kind: 'row', row, column },
      });
    }
  });

  it('refuses what is not the app’s workbook', async () => {
    const zipButNot = new TextEncoder().encode('PK\u0003\u0004 not really a zip').buffer;
    expect(await readRecordsWorkbook(zipButNot)).toEqual({ ok: false, problem: { kind: 'xlsx' } });
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').addRow(['a']);
    const noSheet = (await other.xlsx.writeBuffer()) as ArrayBuffer;
    expect(await readRecordsWorkbook(noSheet)).toEqual({ ok: false, problem: { kind: 'noSheet' } });
    const renamed = await edited(plannerLog('a'), (ws) => {
      ws.getCell('A1').value = 'ID';
    });
    expect(await readRecordsWorkbook(renamed)).toEqual({ ok: false, problem: { kind: 'header' } });
    expect(await readRecordsWorkbook(await workbook([]))).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('writes one row per entry under the sheet’s header', () => {
    const log = plannerLog('a');
    const rows = logToRows(log);
    expect(rows).toHaveLength(log.length);
    expect(
      rowsToLog(
        header,
        rows.map((cells, i) => ({ n: i + 2, cells })),
      ),
    ).toEqual({ ok: true, entries: log });
  });
});
