/**
 * Builds public/fonts/NotoSansSC-subset.ttf, the CJK font the PDF export embeds (see src/io/exportPdf.ts).
 * The full Noto Sans SC is 10 MB; this keeps ASCII, common symbols and punctuation, the 6,763 hanzi of
 * GB 2312 (so typed or future text almost always renders) and every character in the shipped data and
 * UI strings (so the app's own text always renders). Output is TrueType (glyf), which pdf-lib + fontkit
 * embed and re-subset reliably. Also copies the font's licence to public/fonts/OFL.txt.
 *
 *   npm install --no-save @expo-google-fonts/noto-sans-sc@0.4.3   # the source font (~90 MB), only to rebuild
 *   npx tsx scripts/build-pdf-font.ts
 *
 * Re-run after the data or UI strings gain new characters (tests/unit/exportPdf.test.ts checks this).
 */
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import subsetFont from 'subset-font';

const ROOT = new URL('../', import.meta.url);
const SOURCE_PACKAGE = '@expo-google-fonts/noto-sans-sc';
export const FONT_OUT = new URL('public/fonts/NotoSansSC-subset.ttf', ROOT);
const LICENCE_OUT = new URL('public/fonts/OFL.txt', ROOT);
const MAX_BYTES = 2.5 * 1024 * 1024;

/** Files whose every character must be in the font (paths relative to the repo root). */
export function textSourceFiles(): string[] {
  const inDir = (dir: string, ext: string) =>
    readdirSync(new URL(dir, ROOT))
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => dir + f);
  return [
    ...inDir('data/sources/', '.txt'),
    ...inDir('data/plan/', '.geojson'),
    'data/plan/targets.json',
    'src/i18n/strings.ts',
  ];
}

/** Every distinct non-control character in the shipped data and UI strings. */
export function dataCharacters(): Set<string> {
  const chars = new Set<string>();
  for (const f of textSourceFiles()) {
    for (const c of readFileSync(new URL(f, ROOT), 'utf8')) if (!/\p{Cc}/u.test(c)) chars.add(c);
  }
  return chars;
}

function range(from: number, to: number): string {
  let s = '';
  for (let cp = from; cp <= to; cp++) s += String.fromCodePoint(cp);
  return s;
}

/**
 * The 6,763 hanzi of GB 2312 (rows 0xB0–0xF7), decoded with Node's built-in GBK decoder so the list
 * needs no data file. Level 1 (3,755 most common) plus level 2 covers nearly all modern text.
 */
function gb2312Hanzi(): string {
  const bytes: number[] = [];
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      if (hi === 0xd7 && lo > 0xf9) break; // row 55 ends early (unassigned cells)
      bytes.push(hi, lo);
    }
  }
  return new TextDecoder('gbk').decode(new Uint8Array(bytes));
}

/** Symbols and punctuation that plan text and map captions commonly use. */
function commonSymbols(): string {
  return [
    range(0x20, 0x7e), // ASCII printable
    range(0xa0, 0xff), // Latin-1 (° ± × · é …)
    range(0x2010, 0x203b), // dashes, quotes, ‰, ※
    range(0x2100, 0x2122), // ℃ № ™
    range(0x2160, 0x217f), // Roman numerals Ⅰ–ⅿ
    range(0x2190, 0x2199), // arrows
    '−√∞∩∪∼≈≠≤≥', // maths
    range(0x2460, 0x249b), // ①–⒛
    '■□▲△▼▽◆◇○●★☆',
    range(0x3000, 0x303f), // CJK symbols and punctuation
    range(0x3200, 0x32ff), // ㈠ ㊣ …
    range(0x3380, 0x33ff), // ㎡ ㎞ …
    range(0xfe30, 0xfe4f), // CJK compatibility forms
    range(0xff01, 0xff5e), // full-width ASCII forms
    range(0xffe0, 0xffe6), // full-width ￥ ￠ …
  ].join('');
}

function sourceFontPath(): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve(`${SOURCE_PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`);
  } catch {
    // The source font package is ~90 MB, so it is not a regular dependency: install it only to rebuild.
    throw new Error(`Install the source font first: npm install --no-save ${SOURCE_PACKAGE}@0.4.3`);
  }
}

async function main(): Promise<void> {
  const sourcePath = sourceFontPath();
  const source = readFileSync(sourcePath);
  const dataChars = dataCharacters();
  const wanted = new Set([...commonSymbols(), ...gb2312Hanzi(), ...dataChars]);

  // Characters the source font itself lacks cannot be added; report the ones the app really uses.
  const full = fontkit.create(source);
  const missing = [...dataChars].filter((c) => !full.hasGlyphForCodePoint(c.codePointAt(0)!));
  if (missing.length) console.warn(`not in Noto Sans SC (will not render): ${missing.join(' ')}`);

  const subset = padGlyphs(await subsetFont(source, [...wanted].join(''), { targetFormat: 'sfnt' }));
  const font = fontkit.create(subset);
  mkdirSync(new URL('.', FONT_OUT), { recursive: true });
  writeFileSync(FONT_OUT, subset);
  writeLicence(sourcePath);

  const size = statSync(FONT_OUT).size;
  console.log(
    `${fileURLToPath(FONT_OUT)}: ${(size / 1024 / 1024).toFixed(2)} MB, ` +
      `${font.characterSet.length} characters, ${font.numGlyphs} glyphs (${font.copyright})`,
  );
  if (size > MAX_BYTES)
    throw new Error(`font subset is larger than ${MAX_BYTES} bytes: trim the character set`);
}

/**
 * Rewrites glyf/loca so every glyph's data is 4-byte aligned (as the OpenType spec recommends).
 * Why: fontkit's TTF subsetter (used by pdf-lib's `subset: true`) copies glyph data as-is and then
 * writes a short loca (offset / 2) when the subset is small; an odd-length glyph shifts every later
 * offset and those glyphs vanish from the PDF. Noto Sans SC and harfbuzz leave glyphs unpadded.
 */
export function padGlyphs(font: Uint8Array): Uint8Array {
  const tables = readTables(font);
  const head = tables.get('head');
  const maxp = tables.get('maxp');
  const glyf = tables.get('glyf');
  const loca = tables.get('loca');
  if (!head || !maxp || !glyf || !loca) throw new Error('not a TrueType (glyf) font');
  const numGlyphs = view(maxp).getUint16(4);
  const longLoca = view(head).getInt16(50) === 1;
  const offsetAt = (i: number) => (longLoca ? view(loca).getUint32(i * 4) : view(loca).getUint16(i * 2) * 2);

  const parts: Uint8Array[] = [];
  const newLoca = new DataView(new ArrayBuffer((numGlyphs + 1) * 4));
  let pos = 0;
  for (let g = 0; g < numGlyphs; g++) {
    const data = glyf.subarray(offsetAt(g), offsetAt(g + 1));
    newLoca.setUint32(g * 4, pos);
    parts.push(data, new Uint8Array(pad4(data.length) - data.length));
    pos += pad4(data.length);
  }
  newLoca.setUint32(numGlyphs * 4, pos);

  const newHead = head.slice();
  view(newHead).setInt16(50, 1); // indexToLocFormat: long offsets
  tables.set('head', newHead);
  tables.set('loca', new Uint8Array(newLoca.buffer));
  tables.set('glyf', concat(parts));
  return writeTables(font.subarray(0, 4), tables);
}

const pad4 = (n: number) => (n + 3) & ~3;
const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const tagOf = (b: Uint8Array, at: number) => String.fromCharCode(...b.subarray(at, at + 4));

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** SFNT table directory → tag → table bytes (in file order). */
function readTables(font: Uint8Array): Map<string, Uint8Array> {
  const dv = view(font);
  const records = Array.from({ length: dv.getUint16(4) }, (_, i) => {
    const at = 12 + i * 16;
    return { tag: tagOf(font, at), offset: dv.getUint32(at + 8), length: dv.getUint32(at + 12) };
  }).sort((a, b) => a.offset - b.offset);
  return new Map(records.map((r) => [r.tag, font.subarray(r.offset, r.offset + r.length)]));
}

function checksum(b: Uint8Array): number {
  const padded = new Uint8Array(pad4(b.length));
  padded.set(b);
  const dv = view(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + dv.getUint32(i)) >>> 0;
  return sum;
}

/** Writes an SFNT with tables 4-byte aligned, fresh checksums and head.checkSumAdjustment. */
function writeTables(sfntVersion: Uint8Array, tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort(); // the directory must be sorted by tag
  const n = tags.length;
  const log2 = Math.floor(Math.log2(n));
  const dirSize = 12 + n * 16;
  const total = dirSize + [...tables.values()].reduce((s, t) => s + pad4(t.length), 0);
  const out = new Uint8Array(total);
  const dv = view(out);
  out.set(sfntVersion, 0);
  dv.setUint16(4, n);
  dv.setUint16(6, 16 * 2 ** log2);
  dv.setUint16(8, log2);
  dv.setUint16(10, n * 16 - 16 * 2 ** log2);
  let at = dirSize;
  let headAt = 0;
  for (const [i, tag] of tags.entries()) {
    const data = tables.get(tag)!.slice();
    if (tag === 'head') view(data).setUint32(8, 0); // checkSumAdjustment is summed as 0
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[rec + k] = tag.charCodeAt(k);
    dv.setUint32(rec + 4, checksum(data));
    dv.setUint32(rec + 8, at);
    dv.setUint32(rec + 12, data.length);
    out.set(data, at);
    if (tag === 'head') headAt = at;
    at += pad4(data.length);
  }
  dv.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** OFL 1.1 requires the licence (with the copyright line) to travel with the font. */
function writeLicence(sourcePath: string): void {
  const pkgDir = new URL('../', pathToFileURL(sourcePath));
  const pkg = JSON.parse(readFileSync(new URL('package.json', pkgDir), 'utf8')) as { version: string };
  const licence = readFileSync(new URL('LICENSE_FONT', pkgDir), 'utf8');
  const note =
    'NotoSansSC-subset.ttf is a subset of Noto Sans SC Regular (Google Fonts build, from the npm package\n' +
    `${SOURCE_PACKAGE}@${pkg.version}), made by scripts/build-pdf-font.ts. It is licensed under the\n` +
    'SIL Open Font License, Version 1.1, reproduced below.\n\n';
  writeFileSync(LICENCE_OUT, note + licence);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
