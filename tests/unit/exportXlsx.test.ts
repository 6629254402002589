import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SHEET_NAMES, evaluationWorkbook } from '../../src/io/exportXlsx';
import { workbookInput } from './evaluationFixture';

describe('evaluation workbook', () => {
  it('reads back with exceljs: four sheets, Chinese headers, citations, events and records', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await evaluationWorkbook(workbookInput())).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...SHEET_NAMES]);
    const [items, targets, log] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
    const row = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(row(items, 1).slice(0, 3)).toEqual(['编号', '名称', '类别']);
    const first = row(items, 2);
    expect(first[1]).toBe('柳州西鹅铁路物流中心');
    expect(first).toContain('投入运营');
    expect(first).toContain('已实现');
    expect(String(first[4])).toContain('002_cea03bdf2b5fe175.txt 第645行');
    expect(row(targets, 2)).toContain(312.5);
    const logRows = [2, 3].map((n) => row(log, n));
    expect(logRows[0]).toContain('文件记载');
    expect(logRows[0]).toContain('西鹅铁路物流中心投入运营');
    expect(logRows[1]).toContain('用户记录');
    expect(logRows[1]).toContain('2025年统计公报');
  });

  it('converts with LibreOffice to a CSV holding the same rows', async (ctx) => {
    const soffice = '/usr/bin/libreoffice';
    // Under mutation testing every mutant of the evaluation would start LibreOffice (seconds each);
    // the in-process read-back above judges those mutants, this check guards the file format.
    if (process.env.STRYKER_MUTATOR_WORKER !== undefined) {
      ctx.skip('mutation run: the independent-reader check runs in the ordinary unit tests');
      return;
    }
    if (!existsSync(soffice)) {
      ctx.skip('LibreOffice not installed (/usr/bin/libreoffice): the independent-reader check is skipped');
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
    try {
      writeFileSync(join(dir, 'eval.xlsx'), await evaluationWorkbook(workbookInput()));
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          dir,
          join(dir, 'eval.xlsx'),
        ],
        { timeout: 120_000, stdio: 'ignore' },
      );
      const csv = readFileSync(join(dir, 'eval.csv'), 'utf8');
      const lines = csv.trim().split(/\r?\n/);
      expect(lines[0]).toMatch(/^编号,名称,类别,规划状态（原文）/);
      expect(lines[1]).toContain('柳州西鹅铁路物流中心');
      expect(lines[1]).toContain('已实现');
      expect(lines).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
