/** Exports of the planners' tools: drawings as GeoJSON, "what lies within" results as CSV / XLSX. */
import type { Drawing } from '../domain/drawing';

/** The drawings as a GeoJSON FeatureCollection (WGS84), each marked as the planner's own. */
export function drawingsGeoJsonText(drawings: readonly Drawing[]): string {
  return JSON.stringify(
    {
      type: 'FeatureCollection',
      features: drawings.map((d) => ({
        type: 'Feature',
        id: d.id,
        geometry: d.geometry,
        properties: {
          id: d.id,
          kind: d.kind,
          label: d.label,
          color: d.color,
          created_at: d.created_at,
          origin: 'planner drawing (not plan content)',
        },
      })),
    },
    null,
    1,
  );
}

type Cell = string | number | null;

const csvCell = (v: Cell) => {
  if (v === null) return '';
  return typeof v === 'number' ? String(v) : `"${v.replace(/"/g, '""')}"`;
};

/** UTF-8 CSV with BOM (Excel opens Chinese text correctly), CRLF line ends. */
export function tableCsv(headers: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const lines = [headers.map(csvCell).join(','), ...rows.map((r) => r.map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** An XLSX workbook of one sheet; exceljs is loaded only when someone asks for it. */
export async function tableXlsx(
  sheet: string,
  headers: readonly string[],
  rows: ReadonlyArray<readonly Cell[]>,
  notes: readonly string[] = [],
): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.slice(0, 31));
  ws.addRow([...headers]).font = { bold: true };
  rows.forEach((r) => ws.addRow(r.map((c) => c ?? '')));
  if (notes.length) {
    ws.addRow([]);
    notes.forEach((n) => ws.addRow([n]));
  }
  ws.columns.forEach((c) => (c.width = 18));
  const buf = await wb.xlsx.writeBuffer();
  return new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
