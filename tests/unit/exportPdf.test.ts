// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdf, wrapText, type PdfOptions, type PdfProjectRow } from '../../src/io/exportPdf';
import { dataCharacters, FONT_OUT } from '../../scripts/build-pdf-font';
import { ADMIN_COUNTIES } from '../../src/domain/schema';

const fontBytes = new Uint8Array(readFileSync(FONT_OUT));
const TITLE = '柳州物流规划一张图 · 重点物流项目';
const SHORT_NAME = '柳州铁路港多式联运物流园';

/** Fails (never skips) when poppler is missing: these checks are the point of the test. */
function requirePoppler(tool: 'pdftotext' | 'pdftoppm'): void {
  const probe = spawnSync(tool, ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error(
      `${tool} not found (${probe.error.message}). Install poppler-utils: ` +
        '`sudo apt-get install -y poppler-utils` (Debian/Ubuntu) or `brew install poppler` (macOS).',
    );
  }
}

function solidPng(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) {
    const x = i % width;
    png.data.set(x < width / 2 ? [46, 125, 160, 255] : [230, 160, 60, 255], i * 4);
  }
  return new Uint8Array(PNG.sync.write(png));
}

function rows(n: number): PdfProjectRow[] {
  const counties = ADMIN_COUNTIES;
  return Array.from({ length: n }, (_, i) => ({
    name:
      i === 0
        ? SHORT_NAME
        : i % 7 === 3
          ? `柳州市第${i}号综合物流园区冷链仓储、城市配送及多式联运（公铁联运）一体化建设项目（二期）`
          : `${counties[i % counties.length]}物流中心项目 ${i}`,
    table: counties[i % counties.length] ?? '',
    type: i % 2 ? '生产服务型物流枢纽' : '商贸服务型',
    status: i % 3 ? '在建' : '规划',
    area: i % 5 ? `${(i * 13.7).toFixed(1)} 亩` : '',
    investment: `${(i * 1.35).toFixed(2)} 亿元`,
    quality: i % 4 ? '近似' : '近似 · 仅到区县',
  }));
}

function options(paper: 'A4' | 'A3', n = 60): PdfOptions {
  return {
    paper,
    title: TITLE,
    subtitle: '2024-05-01 · 筛选：全部区县，在建与规划项目',
    mapPng: solidPng(200, 120),
    footer:
      '资料来源：《柳州市物流业发展“十四五”规划》（柳政办发〔2022〕12号）。底图数据 © OpenStreetMap contributors (ODbL), ' +
      'Natural Earth (public domain), GSHHG (LGPL). '.repeat(4),
    table: {
      headers: ['项目名称', '所在区县', '类型', '状态', '用地面积', '总投资', '位置精度'],
      rows: rows(n),
    },
    fontBytes,
  };
}

describe('exportPdf', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'export-pdf-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the font covers every character of the data and UI strings (else run scripts/build-pdf-font.ts)', () => {
    const font = fontkit.create(fontBytes);
    const missing = [...dataCharacters()].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
    // Characters the source font lacks cannot be fixed by rebuilding; none exist today.
    expect(missing.join(' ')).toBe('');
    expect(fontBytes.length).toBeLessThan(2.5 * 1024 * 1024);
  });

  it.each([
    ['A4', 841.89, 595.28],
    ['A3', 1190.55, 841.89],
  ] as const)(
    'makes a landscape %s PDF with extractable Chinese text and a multi-page table',
    async (paper, w, h) => {
      requirePoppler('pdftotext');
      requirePoppler('pdftoppm');
      const bytes = await exportPdf(options(paper));
      expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');

      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBeGreaterThan(2);
      const size = doc.getPage(0).getSize();
      expect(size.width).toBeCloseTo(w, 1);
      expect(size.height).toBeCloseTo(h, 1);
      expect(doc.getTitle()).toBe(TITLE);

      const pdf = join(dir, `${paper}.pdf`);
      writeFileSync(pdf, bytes);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('柳州物流规划一张图');
      expect(text).toContain('重点物流项目');
      expect(text).toContain(SHORT_NAME);
      expect(text).toContain('鹿寨县物流中心项目');
      // The location-quality column: header and each row's words.
      expect(text.split('位置精度').length - 1).toBe(doc.getPageCount() - 1);
      expect(text).toContain('仅到区县');
      // pdftotext drops the spaces between CJK characters.
      const flat = text.replace(/\s+/g, '');
      const m = doc.getPageCount();
      expect(flat).toContain(`第1页/共${m}页`);
      expect(flat).toContain(`第${m}页/共${m}页`);
      // The header row is repeated on every table page.
      expect(text.split('项目名称').length - 1).toBe(m - 1);

      execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', pdf, join(dir, paper)]);
      const png = join(dir, `${paper}-1.png`);
      expect(statSync(png).size).toBeGreaterThan(5000);
    },
  );

  it("pdf-lib's glyph subsetting draws the same glyphs as the whole font", async () => {
    // Guards the fontkit short-loca bug that scripts/build-pdf-font.ts works around (padGlyphs):
    // with odd-length glyphs most characters silently vanish from the page while pdftotext still
    // finds them, so only a rendering comparison catches it.
    requirePoppler('pdftoppm');
    const sample = `${TITLE} ${SHORT_NAME} 融水苗族自治县（2021—2025年）Hello, Liuzhou 123`;
    const render = async (subset: boolean) => {
      const doc = await PDFDocument.create();
      doc.registerFontkit(fontkit);
      const font = await doc.embedFont(fontBytes, { subset });
      doc.addPage([900, 60]).drawText(sample, { x: 10, y: 25, size: 18, font });
      const pdf = join(dir, `glyphs-${subset}.pdf`);
      writeFileSync(pdf, await doc.save());
      execFileSync('pdftoppm', ['-r', '72', '-png', '-gray', pdf, pdf]);
      return PNG.sync.read(readFileSync(`${pdf}-1.png`)).data;
    };
    const [whole, subset] = [await render(false), await render(true)];
    let inked = 0;
    let differing = 0;
    for (let i = 0; i < whole.length; i += 4) {
      if ((whole[i] ?? 255) < 128) inked++;
      if (Math.abs((whole[i] ?? 0) - (subset[i] ?? 0)) > 64) differing++;
    }
    expect(inked).toBeGreaterThan(1000);
    expect(differing).toBeLessThan(inked / 100);
  });

  it('embeds only the glyphs it uses', async () => {
    const bytes = await exportPdf({ ...options('A4', 3), table: undefined });
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(bytes.length).toBeLessThan(200_000);
  });
});

describe('wrapText', () => {
  let font: Awaited<ReturnType<PDFDocument['embedFont']>>;
  beforeAll(async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    font = await doc.embedFont(fontBytes, { subset: true });
  });
  const width = (s: string) => font.widthOfTextAtSize(s, 10);

  it('wraps CJK per character within the width', () => {
    const text = '柳州市物流业发展规划空间布局一核三区多组团';
    const lines = wrapText(text, font, 10, 55);
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(55);
  });

  it('breaks latin at spaces when it can, anywhere when it must', () => {
    const lines = wrapText('OpenStreetMap contributors ODbL', font, 10, 80);
    expect(lines[0]).toBe('OpenStreetMap');
    expect(wrapText('Supercalifragilistic', font, 10, 40).length).toBeGreaterThan(1);
    // A word after CJK text moves whole; the CJK part stays put.
    const mixed = wrapText('底图数据来自 OpenStreetMap', font, 10, 110);
    expect(mixed).toEqual(['底图数据来自', 'OpenStreetMap']);
  });

  it('never starts a line with closing punctuation and keeps explicit newlines', () => {
    const lines = wrapText('一二三四五。六七', font, 10, 50); // 5 characters fit on a line
    expect(lines[1]?.startsWith('。')).toBe(false);
    expect(lines.join('')).toBe('一二三四五。六七');
    expect(wrapText('甲\n乙', font, 10, 500)).toEqual(['甲', '乙']);
  });
});
