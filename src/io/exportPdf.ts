/**
 * Print-quality PDF export: page 1 carries the finished map figure under a title, with the citation
 * footer; optional following pages list projects in a table. Text is drawn with an embedded CJK
 * font (public/fonts/NotoSansSC-subset.ttf, made by scripts/build-pdf-font.ts), subset again by
 * pdf-lib so the PDF only carries the glyphs it uses, and stays selectable/searchable.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PageSizes, rgb, type Color, type PDFFont, type PDFPage } from 'pdf-lib';

export interface PdfProjectRow {
  name: string;
  table: string;
  type: string;
  status: string;
  area: string;
  investment: string;
}

export interface PdfOptions {
  paper: 'A4' | 'A3';
  title: string;
  mapPng: Uint8Array;
  subtitle?: string;
  /** Text under the map (legend entries, a measurement): searchable, unlike the map image. */
  caption?: string;
  footer: string;
  table?: { headers: [string, string, string, string, string, string]; rows: PdfProjectRow[] };
  fontBytes: Uint8Array;
}

/** Where the app serves the font, relative to the page (Vite copies public/ to the root of dist/). */
export const PDF_FONT_URL = 'fonts/NotoSansSC-subset.ttf';

/** Fetches the bundled CJK font; call lazily, only when the user exports (it is ≈ 2.3 MB). */
export async function loadPdfFont(url = PDF_FONT_URL): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

const INK = rgb(0.169, 0.149, 0.125);
const MUTED = rgb(0.353, 0.322, 0.278);
const RULE = rgb(0.78, 0.76, 0.72);
const HEADER_FILL = rgb(0.91, 0.89, 0.85);
const ZEBRA_FILL = rgb(0.965, 0.957, 0.945);

/** Sizes in pt for A4; A3 scales everything by √2 so both papers look alike. */
const A4_STYLE = {
  margin: 36,
  gap: 10,
  title: 20,
  subtitle: 11,
  footer: 7.5,
  table: 9,
  running: 8,
  pageNo: 8,
  cellPadX: 4,
  cellPadY: 3,
};
type Style = typeof A4_STYLE;

const COLUMN_KEYS = ['name', 'table', 'type', 'status', 'area', 'investment'] as const;
/** Figures read best right-aligned. */
const RIGHT_ALIGNED = new Set<number>([4, 5]);
/** Line height as a multiple of the font size: CJK needs more air than latin. */
const LEADING = 1.45;

interface Ctx {
  doc: PDFDocument;
  font: PDFFont;
  style: Style;
  width: number;
  height: number;
}

export async function exportPdf(o: PdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(o.fontBytes, { subset: true });
  const [w, h] = o.paper === 'A3' ? PageSizes.A3 : PageSizes.A4;
  const width = Math.max(w, h); // always landscape
  const height = Math.min(w, h);
  const k = width / PageSizes.A4[1];
  const style = Object.fromEntries(Object.entries(A4_STYLE).map(([key, v]) => [key, v * k])) as Style;
  const ctx: Ctx = { doc, font, style, width, height };

  setMetadata(doc, o);
  // An empty table (nothing matched the filter) adds no pages; page numbers only for several pages.
  const rows = o.table?.rows ?? [];
  const numbered = rows.length > 0;
  await drawMapPage(ctx, o, numbered);
  if (o.table && numbered) drawTable(ctx, o.title, o.table.headers, rows);
  if (numbered) drawPageNumbers(ctx);
  return doc.save();
}

function setMetadata(doc: PDFDocument, o: PdfOptions): void {
  doc.setTitle(o.title, { showInWindowTitleBar: true });
  if (o.subtitle) doc.setSubject(o.subtitle);
  doc.setLanguage('zh-CN');
  doc.setCreator('柳州物流规划一张图');
}

// ---------------------------------------------------------------------------------------------
// Page 1: title, subtitle, map, footer

async function drawMapPage(c: Ctx, o: PdfOptions, numbered: boolean): Promise<void> {
  const { style: s, font } = c;
  const page = c.doc.addPage([c.width, c.height]);
  const contentW = c.width - 2 * s.margin;
  let top = c.height - s.margin;

  top = drawLines(page, font, wrapText(o.title, font, s.title, contentW), s.margin, top, s.title, INK);
  if (o.subtitle) {
    const lines = wrapText(o.subtitle, font, s.subtitle, contentW);
    top = drawLines(page, font, lines, s.margin, top - s.gap / 3, s.subtitle, MUTED);
  }

  // The footer shares its last line with the page number, so it wraps short of it.
  const footerW = numbered ? contentW - pageNoWidth(c) - s.gap : contentW;
  const footer = wrapText(o.footer, font, s.footer, footerW);
  const footerTop = s.margin + footer.length * s.footer * LEADING;
  drawLines(page, font, footer, s.margin, footerTop, s.footer, MUTED);
  const ruleY = footerTop + s.gap / 2;
  page.drawLine({
    start: { x: s.margin, y: ruleY },
    end: { x: c.width - s.margin, y: ruleY },
    thickness: 0.5,
    color: RULE,
  });

  const caption = o.caption ? wrapText(o.caption, font, s.subtitle, contentW) : [];
  const captionTop = ruleY + s.gap / 2 + caption.length * s.subtitle * LEADING;
  drawLines(page, font, caption, s.margin, captionTop, s.subtitle, INK);

  const image = await c.doc.embedPng(o.mapPng);
  const mapBottom = captionTop + s.gap / 2;
  const box = { x: s.margin, y: mapBottom, w: contentW, h: top - s.gap - mapBottom };
  const fit = Math.max(0, Math.min(box.w / image.width, box.h / image.height));
  const [iw, ih] = [image.width * fit, image.height * fit];
  // Centred horizontally, hugging the title so spare room collects above the footer.
  page.drawImage(image, { x: box.x + (box.w - iw) / 2, y: box.y + box.h - ih, width: iw, height: ih });
}

// ---------------------------------------------------------------------------------------------
// Table pages

interface LaidRow {
  cells: string[][];
  height: number;
}

function drawTable(c: Ctx, title: string, headers: readonly string[], rows: PdfProjectRow[]): void {
  const { style: s, font } = c;
  const tableW = c.width - 2 * s.margin;
  const texts = rows.map((r) => COLUMN_KEYS.map((key) => r[key]));
  const widths = columnWidths(font, s, headers, texts, tableW);
  const header = layRow(font, s, headers, widths);
  const laid = texts.map((t) => layRow(font, s, t, widths));
  const bottom = s.margin + s.pageNo * LEADING + s.gap; // room for the page number

  const rule = (page: PDFPage, y: number, thickness: number, color: Color) =>
    page.drawLine({ start: { x: s.margin, y }, end: { x: s.margin + tableW, y }, thickness, color });

  let page: PDFPage | undefined;
  let y = 0;
  let rowsOnPage = 0;
  laid.forEach((row, i) => {
    // A row that does not fit starts a new page; a page's first row goes there even if too tall.
    if (!page || (y - row.height < bottom && rowsOnPage > 0)) {
      page = c.doc.addPage([c.width, c.height]);
      // Running title, then the header row repeated on every page.
      const top = drawLines(page, font, [title], s.margin, c.height - s.margin, s.running, MUTED);
      y = drawRow(c, page, header, widths, top - s.gap / 2, HEADER_FILL);
      rule(page, y, 0.8, MUTED);
      rowsOnPage = 0;
    }
    y = drawRow(c, page, row, widths, y, i % 2 === 1 ? ZEBRA_FILL : undefined);
    rule(page, y, 0.3, RULE);
    rowsOnPage++;
  });
}

function layRow(font: PDFFont, s: Style, texts: readonly string[], widths: number[]): LaidRow {
  const cells = texts.map((t, i) => wrapText(t, font, s.table, (widths[i] ?? 0) - 2 * s.cellPadX));
  const lines = Math.max(1, ...cells.map((l) => l.length));
  return { cells, height: lines * s.table * LEADING + 2 * s.cellPadY };
}

/** Draws one row with its top at y; returns the row's bottom. */
function drawRow(c: Ctx, page: PDFPage, row: LaidRow, widths: number[], y: number, fill?: Color): number {
  const { style: s, font } = c;
  const bottom = y - row.height;
  if (fill) {
    page.drawRectangle({ x: s.margin, y: bottom, width: sum(widths), height: row.height, color: fill });
  }
  let x = s.margin;
  row.cells.forEach((lines, i) => {
    const w = widths[i] ?? 0;
    const align = RIGHT_ALIGNED.has(i) ? 'right' : 'left';
    drawLines(page, font, lines, x + s.cellPadX, y - s.cellPadY, s.table, INK, w - 2 * s.cellPadX, align);
    x += w;
  });
  return bottom;
}

/**
 * Columns get their natural (unwrapped) width, capped so no short column hogs the page; the name
 * column takes the rest but never less than 30 %. Spare width is shared in proportion.
 */
function columnWidths(
  font: PDFFont,
  s: Pick<Style, 'table' | 'cellPadX'>,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  tableW: number,
): number[] {
  const natural = headers.map((h, i) => {
    const texts = [h, ...rows.map((r) => r[i] ?? '')];
    return Math.max(...texts.map((t) => font.widthOfTextAtSize(clean(t), s.table))) + 2 * s.cellPadX + 1;
  });
  const capped = natural.map((n, i) => (i === 0 ? n : Math.min(n, 0.2 * tableW)));
  const total = sum(capped);
  if (total <= tableW) return capped.map((w) => (w * tableW) / total);
  const name = Math.max(0.3 * tableW, tableW - sum(capped.slice(1)));
  const others = capped.slice(1);
  const shrink = (tableW - name) / sum(others);
  return [name, ...others.map((w) => w * shrink)];
}

// ---------------------------------------------------------------------------------------------
// Page numbers

const pageNoLabel = (n: number, m: number) => `第 ${n} 页 / 共 ${m} 页`;

function pageNoWidth(c: Ctx): number {
  return c.font.widthOfTextAtSize(pageNoLabel(888, 888), c.style.pageNo);
}

/** Drawn last, when the page count is known; right-aligned on the bottom margin line. */
function drawPageNumbers(c: Ctx): void {
  const pages = c.doc.getPages();
  const s = c.style;
  pages.forEach((page, i) => {
    const top = s.margin + s.pageNo * LEADING;
    const label = [pageNoLabel(i + 1, pages.length)];
    drawLines(page, c.font, label, s.margin, top, s.pageNo, MUTED, c.width - 2 * s.margin, 'right');
  });
}

// ---------------------------------------------------------------------------------------------
// Text

/**
 * Draws lines downwards from `top` (the top of the first line box); returns the bottom of the last.
 * Baselines sit so the ideographic em box (−0.12…0.88 em) is centred in each line box.
 */
function drawLines(
  page: PDFPage,
  font: PDFFont,
  lines: readonly string[],
  x: number,
  top: number,
  size: number,
  color: Color,
  boxW = 0,
  align: 'left' | 'right' = 'left',
): number {
  const lh = size * LEADING;
  lines.forEach((line, i) => {
    const baseline = top - i * lh - lh / 2 - 0.38 * size;
    const dx = align === 'right' ? boxW - font.widthOfTextAtSize(line, size) : 0;
    page.drawText(line, { x: x + dx, y: baseline, size, font, color });
  });
  return top - lines.length * lh;
}

/** Characters that must not start a line (Chinese line-breaking rule): they pull a character down. */
const NO_LINE_START = new Set([...'，。、；：！？）》〉」』】〕”’…·%,.;:!?)]}']);

/**
 * Greedy line wrapping measured with the embedded font. CJK has no spaces, so any character is a
 * break opportunity; a latin run breaks at its last space when it has one, else anywhere.
 * Explicit newlines are kept.
 */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  return clean(text, true)
    .split('\n')
    .flatMap((para) => wrapParagraph(para, font, size, maxWidth));
}

function wrapParagraph(para: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const ch of para) {
    if (line === '' && ch === ' ') continue; // no leading spaces on wrapped lines
    if (line === '' || fits(line + ch)) {
      line += ch;
      continue;
    }
    const [kept, carried] = breakLine(line, ch, fits);
    lines.push(kept.trimEnd());
    line = carried.trimStart();
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/**
 * Splits a full `line` before `next`. A latin word being cut moves whole to the next line (it starts
 * after a space or a CJK character); closing punctuation pulls the previous character along. The
 * carried part must itself fit, else it is a plain break before `next`.
 */
function breakLine(line: string, next: string, fits: (s: string) => boolean): [string, string] {
  const chars = [...line];
  const last = chars[chars.length - 1] ?? '';
  if (isWordChar(next) && isWordChar(last)) {
    let start = chars.length;
    while (start > 0 && isWordChar(chars[start - 1] ?? '')) start--;
    const carried = chars.slice(start).join('') + next;
    if (start > 0 && fits(carried)) return [chars.slice(0, start).join(''), carried];
  }
  if (NO_LINE_START.has(next) && chars.length > 1 && fits(last + next)) {
    return [chars.slice(0, -1).join(''), last + next];
  }
  return [line, next];
}

/** Part of a latin word: visible ASCII or a latin letter (so "(ODbL)," or a URL stays whole). */
const isWordChar = (ch: string) => /[!-~\p{Script=Latin}]/u.test(ch);

/** Tabs and other control characters have no glyph: make them spaces (keeping \n if asked). */
function clean(text: string, keepNewlines = false): string {
  const t = text.replace(/\r\n?/g, '\n');
  return t.replace(keepNewlines ? /[^\P{Cc}\n]/gu : /\p{Cc}/gu, ' ');
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
