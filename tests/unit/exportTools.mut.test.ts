/** Exports of the planners' tools: drawings GeoJSON, and the "what lies within" table as CSV and XLSX. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Drawing } from '../../src/domain/drawing';
import { drawingsGeoJsonText, tableCsv, tableXlsx } from '../../src/io/exportTools';

const line: Drawing = {
  id: 'd1',
  kind: 'line',
  geometry: {
    type: 'LineString',
    coordinates: [
      [109.4, 24.3],
      [109.5, 24.35],
    ],
  },
  color: '#e4572e',
  label: '规划道路',
  created_at: '2026-02-03T04:05:06.000Z',
};

describe('drawings as GeoJSON', () => {
  it('one feature per drawing with its id, geometry and every property, marked as not plan content', () => {
    const gj = JSON.parse(drawingsGeoJsonText([line]));
    expect(gj).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'd1',
          geometry: line.geometry,
          properties: {
            id: 'd1',
            kind: 'line',
            label: '规划道路',
            color: '#e4572e',
            created_at: '2026-02-03T04:05:06.000Z',
            origin: 'planner drawing (not plan content)',
          },
        },
      ],
    });
  });
});

describe('table as CSV', () => {
  it('starts with a BOM, quotes text (doubling inner quotes), leaves numbers bare and empty cells empty, CRLF ends', () => {
    const csv = tableCsv(
      ['名称', '距离 km'],
      [
        ['柳州港"鹧鸪江"作业区', 12.5],
        [null, 3],
      ],
    );
    expect(csv).toBe('\uFEFF"名称","距离 km"\r\n"柳州港""鹧鸪江""作业区",12.5\r\n,3\r\n');
  });
});

describe('table as XLSX', () => {
  it('one sheet (name cut to 31 characters), bold headers, rows with empty cells, notes after a blank row', async () => {
    const blob = await tableXlsx(
      'A'.repeat(40),
      ['名称', '距离 km'],
      [
        ['柳州港', 12.5],
        [null, 3],
      ],
      ['来源：柳州市物流规划'],
    );
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await blob.arrayBuffer());
    expect(wb.worksheets).toHaveLength(1);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('A'.repeat(31));
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(row(1)).toEqual(['名称', '距离 km']);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getRow(2).font?.bold).not.toBe(true);
    expect(row(2)).toEqual(['柳州港', 12.5]);
    expect(row(3)).toEqual(['', 3]);
    expect(row(4)).toEqual([]);
    expect(row(5)).toEqual(['来源：柳州市物流规划']);
    expect(ws.rowCount).toBe(5);
    expect(ws.getColumn(1).width).toBe(18);
  });

  it('without notes the sheet ends at the last row', async () => {
    const blob = await tableXlsx('结果', ['名称'], [['甲']]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await blob.arrayBuffer());
    expect(wb.worksheets[0]!.name).toBe('结果');
    expect(wb.worksheets[0]!.rowCount).toBe(2);
  });
});
