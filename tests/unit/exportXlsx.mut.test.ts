import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { evaluationWorkbook } from '../../src/io/exportXlsx';
import { workbookInput } from './evaluationFixture';

const PLAN = '《柳州市物流业发展“十四五”规划》（柳政办〔2022〕59号）';
const REPORT = '柳州市人民政府公报2024年第3期：2024年、2023年《政府工作报告》分工方案';
const EVENT_CITED = `${REPORT} 一、2023年工作 004_5dd11dd00263b247.txt 第12行`;
const EVIDENCE = ['原文动词', '依据原文', '文件日期', '依据出处', '任务条数', '评估'];
const RECORD = ['用户记录日期', '用户记录阶段', '用户记录实际值', '单位', '用户记录说明', '用户记录来源'];

async function readBack() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await evaluationWorkbook(workbookInput())).buffer as ArrayBuffer);
  const rows = (ws: ExcelJS.Worksheet) => {
    const out: unknown[][] = [];
    ws.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
    return out;
  };
  return { wb, sheets: wb.worksheets.map((ws) => ({ ws, rows: rows(ws) })) };
}

describe('evaluation workbook, cell by cell', () => {
  it('projects and plan items: plan, latest document, planner record, each cited', async () => {
    const { sheets } = await readBack();
    expect(sheets[0]!.rows).toEqual([
      [
        '编号',
        '名称',
        '类别',
        '规划状态（原文）',
        '规划出处',
        '最新文件阶段（截至2026年）',
        ...EVIDENCE,
        ...RECORD,
      ],
      [
        'ln-01',
        '柳州西鹅铁路物流中心',
        '柳南区 · 国家物流枢纽',
        '在建',
        `${PLAN} 附件 柳南区重点物流项目表 002_cea03bdf2b5fe175.txt 第645行`,
        '投入运营',
        '投入运营',
        '西鹅铁路物流中心投入运营',
        '2024-02-08',
        EVENT_CITED,
        0,
        '已实现',
        ...['', '', '', '', '', ''],
      ],
    ]);
  });

  it('targets: the planner’s recorded value with its unit, note and source; no document says so', async () => {
    const { sheets } = await readBack();
    expect(sheets[1]!.rows).toEqual([
      ['编号', '指标', '规划目标（原文）', '规划出处', '最新文件阶段（截至2026年）', ...EVIDENCE, ...RECORD],
      [
        'target-a',
        '物流业增加值',
        '物流业增加值达到300亿元',
        `${PLAN} 第二章 发展目标 002_cea03bdf2b5fe175.txt 第200行`,
        '无后续文件记载',
        ...['', '', '', ''],
        0,
        '无后续文件记载',
        '2025-12-31',
        '',
        312.5,
        '亿元',
        '统计快报',
        '2025年统计公报',
      ],
    ]);
  });

  it('events and records, apart by kind; the record log entry by entry', async () => {
    const { sheets } = await readBack();
    expect(sheets[2]!.rows).toEqual([
      [
        '类别',
        '事项编号',
        '事项名称',
        '所述年份/日期',
        '阶段',
        '原文动词',
        '结果/任务',
        '文件日期',
        '出处/来源',
        '原文/说明',
      ],
      [
        '文件记载',
        'ln-01',
        '柳州西鹅铁路物流中心',
        2023,
        '投入运营',
        '投入运营',
        '结果',
        '2024-02-08',
        EVENT_CITED,
        '西鹅铁路物流中心投入运营',
      ],
      [
        '用户记录',
        'target-a',
        '物流业增加值',
        '2025-12-31',
        '',
        '',
        '',
        '',
        '2025年统计公报',
        '统计快报（实际值 312.5 亿元）',
      ],
    ]);
    expect(sheets[3]!.rows).toEqual([
      [
        '日志编号',
        '记入时间',
        '操作',
        '记录编号',
        '事项编号',
        '日期',
        '阶段',
        '实际值',
        '单位',
        '说明',
        '来源',
        '记录人',
        '撤销的日志编号',
      ],
      [
        expect.any(String),
        '2026-01-05T08:00:00.000Z',
        '新增',
        'rec-1',
        'target-a',
        '2025-12-31',
        '',
        312.5,
        '亿元',
        '统计快报',
        '2025年统计公报',
        '',
        '',
      ],
    ]);
  });

  it('every sheet: header row frozen and bold, column widths, the last column wrapped', async () => {
    const { wb, sheets } = await readBack();
    expect(wb.creator).toBe('柳州物流规划一张图');
    const widths = [
      [10, 30, 22, 12, 40, 14, 10, 40, 10, 40, 8, 10, 12, 10, 12, 8, 30, 20],
      [12, 30, 40, 40, 14, 10, 40, 10, 40, 8, 10, 12, 10, 12, 8, 30, 20],
      [10, 14, 30, 12, 10, 10, 8, 10, 40, 60],
      [38, 26, 8, 38, 14, 12, 10, 10, 8, 40, 24, 10, 38],
    ];
    sheets.forEach(({ ws }, i) => {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).font).toMatchObject({ bold: true });
      expect(ws.columns.map((c) => c.width)).toEqual(widths[i]);
      expect(ws.getColumn(ws.columnCount).alignment).toEqual({ vertical: 'top', wrapText: true });
    });
  });
});
