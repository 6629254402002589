/**
 * Reads the planners' records back from a workbook the app exported (its records sheet). Loaded
 * only when a planner imports one, with exceljs.
 */
import ExcelJS from 'exceljs';
import {
  RECORD_COLUMNS,
  RECORD_SHEET,
  rowsToLog,
  type Cell,
  type ParsedRecordSheet,
} from '../domain/recordSheet';

/** Larger than any records workbook a bureau keeps; refused before unzipping. */
export const MAX_RECORDS_XLSX_BYTES = 20 * 1024 * 1024;

export type ParsedRecordsWorkbook =
  ParsedRecordSheet | { ok: false; problem: { kind: 'xlsx' } | { kind: 'noSheet' } | { kind: 'tooLarge' } };

/** A cell as the sheet shows it: dates (a spreadsheet may retype '2025-11-20') back to ISO text. */
function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in v) return v.richText.map((p) => p.text).join('');
  if ('result' in v) return cellValue((v.result ?? null) as ExcelJS.CellValue);
  if ('text' in v) return String(v.text);
  return null;
}

function rowCells(row: ExcelJS.Row, width: number): Cell[] {
  return Array.from({ length: width }, (_, i) => cellValue(row.getCell(i + 1).value));
}

export async function readRecordsWorkbook(bytes: ArrayBuffer): Promise<ParsedRecordsWorkbook> {
  if (bytes.byteLength > MAX_RECORDS_XLSX_BYTES) return { ok: false, problem: { kind: 'tooLarge' } };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch {
    return { ok: false, problem: { kind: 'xlsx' } };
  }
  const ws = wb.getWorksheet(RECORD_SHEET);
  if (!ws) return { ok: false, problem: { kind: 'noSheet' } };
  const width = Math.max(ws.columnCount, RECORD_COLUMNS.length);
  const rows: Array<{ n: number; cells: Cell[] }> = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push({ n, cells: rowCells(row, width) });
  });
  return rowsToLog(rowCells(ws.getRow(1), width), rows);
}
