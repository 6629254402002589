/** The records sheet read and written as plain rows (no workbook): every rule of a row, alone. */
import { describe, expect, it } from 'vitest';
import { LogEntrySchema, entry, type LogEntry } from '../../src/domain/recordLog';
import { RECORD_COLUMNS, logToRows, rowsToLog, type Cell } from '../../src/domain/recordSheet';
import { ticker, userRecord } from './fixtures';

const header: Cell[] = RECORD_COLUMNS.map(([, h]) => h);
const col = (key: string) => RECORD_COLUMNS.findIndex(([k]) => k === key);
const at = ticker();

const add = (): LogEntry => ({
  ...entry('add', userRecord({ author: '规划科', actual_value: 2.5, unit: '个' }), {}, at()),
  entry_id: 'entry-add-1',
});
const del = (): LogEntry => ({ ...entry('delete', userRecord(), {}, at()), entry_id: 'entry-del-1' });
const undo = (): LogEntry => ({
  ...entry('undo', userRecord(), { undoes: 'entry-del-1' }, at()),
  entry_id: 'entry-undo-1',
});

/** One sheet row with one cell changed. */
function rowWith(e: LogEntry, key: string, value: Cell): Cell[] {
  const cells = logToRows([e])[0]!;
  cells[col(key)] = value;
  return cells;
}
const read = (...rows: Cell[][]) =>
  rowsToLog(
    header,
    rows.map((cells, i) => ({ n: i + 2, cells })),
  );

describe('writing the records sheet', () => {
  it('an added record fills every column; a delete or an undo only the entry’s own', () => {
    const a = add();
    expect(logToRows([a])).toEqual([
      [
        'entry-add-1',
        a.at,
        '新增',
        'r1',
        'ln-01',
        '2025-06-01',
        '建成',
        2.5,
        '个',
        '现场核实已建成',
        '2025年第3次规委会纪要',
        '规划科',
        null,
      ],
    ]);
    const [d, u] = logToRows([del(), undo()]);
    expect(d).toEqual(['entry-del-1', expect.any(String), '删除', 'r1', 'ln-01', ...Array(8).fill(null)]);
    expect(u!.slice(2, 5)).toEqual(['撤销', 'r1', 'ln-01']);
    expect(u!.at(-1)).toBe('entry-del-1');
    expect(logToRows([{ ...a, op: 'edit' }])[0]![2]).toBe('修改');
  });
});

describe('reading the records sheet', () => {
  it('reads back every kind of entry', () => {
    const log = [add(), del(), undo()];
    expect(
      rowsToLog(
        header,
        logToRows(log).map((cells, i) => ({ n: i + 2, cells })),
      ),
    ).toEqual({
      ok: true,
      entries: log,
    });
  });

  it('refuses a sheet whose header is not the app’s, down to the last column', () => {
    const rows = logToRows([add()]).map((cells, n) => ({ n, cells }));
    expect(rowsToLog(header.slice(0, -1), rows)).toEqual({ ok: false, problem: { kind: 'header' } });
    expect(rowsToLog([...header.slice(0, -1), '撤销'], rows)).toEqual({
      ok: false,
      problem: { kind: 'header' },
    });
    // Spaces around a header are forgiven.
    expect(rowsToLog([` ${header[0]} `, ...header.slice(1)], rows).ok).toBe(true);
  });

  it('skips blank rows; a sheet of blank rows has nothing to take', () => {
    const blank: Cell[] = [null, '', '  ', ...Array(10).fill(null)];
    expect(read(blank)).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(read()).toEqual({ ok: false, problem: { kind: 'empty' } });
    const r = read(blank, logToRows([add()])[0]!);
    expect(r.ok && r.entries.map((e) => e.entry_id)).toEqual(['entry-add-1']);
  });

  it('a blank author is no author; a typed one is kept, trimmed', () => {
    const none = read(rowWith(add(), 'author', '  '));
    expect(none.ok && 'author' in none.entries[0]!.record!).toBe(false);
    const typed = read(rowWith(add(), 'author', ' 张工 '));
    expect(typed.ok && typed.entries[0]!.record!.author).toBe('张工');
  });

  it('a value typed as a number or as text; a blank value is none; words are refused', () => {
    const asText = read(rowWith(add(), 'actual_value', ' 312.5 '));
    expect(asText.ok && asText.entries[0]!.record!.actual_value).toBe(312.5);
    const blank = read(rowWith(add(), 'actual_value', ''));
    expect(blank.ok && blank.entries[0]!.record!.actual_value).toBeNull();
    expect(read(rowWith(add(), 'actual_value', '三百'))).toEqual({
      ok: false,
      problem: { kind: 'row', row: 2, column: '实际值' },
    });
    const blankStage = read(rowWith(add(), 'stage', ''));
    expect(blankStage.ok && blankStage.entries[0]!.record!.stage).toBeNull();
  });

  it('names the row and the column of the first bad cell, and takes nothing', () => {
    const good = logToRows([add()])[0]!;
    expect(read(good, rowWith(del(), 'op', '改写'))).toEqual({
      ok: false,
      problem: { kind: 'row', row: 3, column: '操作' },
    });
    expect(read(rowWith(add(), 'record_id', ''))).toEqual({
      ok: false,
      problem: { kind: 'row', row: 2, column: '记录编号' },
    });
    expect(read(rowWith(add(), 'item_id', ''))).toEqual({
      ok: false,
      problem: { kind: 'row', row: 2, column: '事项编号' },
    });
    expect(read(rowWith(add(), 'at', '昨天'))).toEqual({
      ok: false,
      problem: { kind: 'row', row: 2, column: '记入时间' },
    });
    // An undo without its target is a fault of the operation.
    expect(read(rowWith(undo(), 'undoes', ''))).toEqual({
      ok: false,
      problem: { kind: 'row', row: 2, column: '操作' },
    });
  });

  it('a row cut short after its last filled cell reads as blanks (spreadsheets drop trailing empties)', () => {
    const d = del();
    expect(read(logToRows([d])[0]!.slice(0, col('item_id') + 1))).toEqual({ ok: true, entries: [d] });
    const a = { ...entry('add', userRecord(), {}, at()), entry_id: 'entry-add-2' };
    expect(read(logToRows([a])[0]!.slice(0, col('source') + 1))).toEqual({ ok: true, entries: [a] });
  });

  it('a delete or undo row takes no record, whatever its record columns hold', () => {
    const r = read(rowWith(del(), 'note', '误删'));
    expect(r.ok && 'record' in r.entries[0]!).toBe(false);
    const u = read(logToRows([undo()])[0]!);
    expect(u.ok && u.entries[0]!.undoes).toBe('entry-del-1');
  });
});

describe('log entries', () => {
  it('an add or an edit carries its record; an undo names what it undoes', () => {
    const a = add();
    expect(LogEntrySchema.safeParse(a).success).toBe(true);
    const { record: _r, ...bare } = a;
    expect(LogEntrySchema.safeParse(bare).success).toBe(false);
    expect(LogEntrySchema.safeParse({ ...bare, op: 'edit' }).success).toBe(false);
    expect(LogEntrySchema.safeParse({ ...bare, op: 'delete' }).success).toBe(true);
    const { undoes: _u, ...noTarget } = undo();
    expect(LogEntrySchema.safeParse(noTarget).success).toBe(false);
    expect(LogEntrySchema.safeParse(undo()).success).toBe(true);
  });
});
