/** Titles of the plan documents (data/sources/), as shown next to every citation. */
import type { Citation } from './schema';

export const SOURCE_TITLES: Record<Citation['file'], string> = {
  '000_77204c780cdc6062.txt':
    '柳州市人大常委会《关于加快推进上汽通用五菱“一二五”工程的决议》（2023年8月30日）',
  '001_f39c1b8bb641a396.txt': '《柳东新区2024年高质量发展报告》（柳东发〔2024〕3号）',
  '002_cea03bdf2b5fe175.txt':
    '柳州市人民政府公报2024年第10期：《柳州市物流业发展“十四五”规划》（柳政办〔2022〕59号）、《柳州市县域经济发展“十四五”规划》（柳政办〔2022〕63号）',
  '003_c21faca217ef6869.txt': '2021年柳州市《政府工作报告》（柳政发〔2021〕17号）',
  '004_5dd11dd00263b247.txt': '柳州市人民政府公报2024年第3期：2024年、2023年《政府工作报告》分工方案',
};

/** The 002 gazette holds several documents; these line ranges are the two plans. */
const GAZETTE_002_DOCUMENTS: Array<[from: number, to: number, title: string]> = [
  [70, 733, '《柳州市物流业发展“十四五”规划》（柳政办〔2022〕59号）'],
  [938, 1676, '《柳州市县域经济发展“十四五”规划》（柳政办〔2022〕63号）'],
];

/** A citation as one line of text: document, section, file and line (for tables and CSV). */
export const citationLine = (c: Citation): string =>
  `${documentTitle(c)} ${c.section} ${c.file} 第${c.line}行`;

export function documentTitle(c: Citation): string {
  if (c.file === '002_cea03bdf2b5fe175.txt') {
    const doc = GAZETTE_002_DOCUMENTS.find(([from, to]) => c.line >= from && c.line <= to);
    if (doc) return doc[2];
  }
  return SOURCE_TITLES[c.file];
}
