/**
 * Builds public/glyphs/{fontstack}/{range}.pbf: signed-distance-field glyphs for exactly the
 * characters the map labels can show (every string in the shipped GeoJSON properties, the label
 * literals of src/layers and printable ASCII), drawn from the project's Noto Sans SC subset. With
 * them MapLibre fetches a few small ranges instead of drawing each Chinese glyph on the main
 * thread at first open. Rendering uses @mapbox/tiny-sdf (MapLibre's own SDF renderer) in headless
 * Chromium, with MapLibre's glyph parameters (24 px, buffer 3, radius 8, cutoff 0.25); the
 * output is the standard glyph PBF. Deterministic: unchanged input gives identical files.
 * The ranges a first open asks for (listed in scripts/glyphs-first-open.json, kept complete by a
 * browser test) are also packed into one file with an index (BUNDLE_FILES), which the map reads
 * in one request (src/map/glyphBundle.ts).
 *
 *   npx tsx scripts/build-glyphs.ts   (run by the build via vite.config.ts; skips when up to date)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from '../tests/e2e/browser';
import { GLYPH_STACKS } from '../src/layers/paint';
import { BUNDLE_FILES, type GlyphIndex } from '../src/map/glyphBundle';

const ROOT = new URL('../', import.meta.url);
const SITE = new URL('public/', ROOT);
const OUT = new URL('glyphs/', SITE);
const FONT = new URL('public/fonts/NotoSansSC-subset.ttf', ROOT);
const FIRST_OPEN = new URL('scripts/glyphs-first-open.json', ROOT);
/** Characters the layer specs write themselves (icons and suffixes in text-field expressions). */
const LABEL_LITERALS = '✈▶站';

function labelCharacters(): string[] {
  const chars = new Set<string>();
  const add = (s: string) => {
    for (const c of s) if (!/[\p{Cc}\p{Cf}]/u.test(c)) chars.add(c);
  };
  for (let cp = 0x20; cp <= 0x7e; cp++) chars.add(String.fromCodePoint(cp));
  add(LABEL_LITERALS);
  for (const dir of ['data/base/', 'data/plan/']) {
    for (const f of readdirSync(new URL(dir, ROOT)).filter((n) => n.endsWith('.geojson'))) {
      const fc = JSON.parse(readFileSync(new URL(dir + f, ROOT), 'utf8')) as {
        features: Array<{ properties: Record<string, unknown> | null }>;
      };
      for (const feat of fc.features)
        JSON.stringify(feat.properties ?? {}, (_, v: unknown) => (typeof v === 'string' && add(v), v));
    }
  }
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

interface Drawn {
  id: number;
  data: number[];
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

/** What TinySDF.draw returns (pixel sizes at the drawing size). */
interface Sdf {
  data: Uint8ClampedArray;
  glyphWidth: number;
  glyphHeight: number;
  glyphLeft: number;
  glyphTop: number;
  glyphAdvance: number;
}

/** Protobuf writer for the glyph PBF schema (fontstacks → glyphs), just the wire types it needs. */
class Writer {
  bytes: number[] = [];
  varint(n: number) {
    while (n > 0x7f) {
      this.bytes.push((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    this.bytes.push(n);
  }
  uint(tag: number, n: number) {
    this.varint(tag << 3);
    this.varint(n);
  }
  sint(tag: number, n: number) {
    this.uint(tag, n < 0 ? -2 * n - 1 : 2 * n);
  }
  bytesField(tag: number, b: ArrayLike<number>) {
    this.varint((tag << 3) | 2);
    this.varint(b.length);
    for (let i = 0; i < b.length; i++) this.bytes.push(b[i]!);
  }
}

function encodeRange(stack: string, begin: number, glyphs: Drawn[]): Uint8Array {
  const fontstack = new Writer();
  fontstack.bytesField(1, new TextEncoder().encode(stack));
  fontstack.bytesField(2, new TextEncoder().encode(`${begin}-${begin + 255}`));
  for (const g of glyphs) {
    const w = new Writer();
    w.uint(1, g.id);
    if (g.width && g.height) w.bytesField(2, g.data);
    w.uint(3, g.width);
    w.uint(4, g.height);
    w.sint(5, g.left);
    w.sint(6, g.top);
    w.uint(7, g.advance);
    fontstack.bytesField(3, w.bytes);
  }
  const top = new Writer();
  top.bytesField(1, fontstack.bytes);
  return Uint8Array.from(top.bytes);
}

async function drawAll(chars: string[]): Promise<Record<string, Drawn[]>> {
  const require = createRequire(import.meta.url);
  const tinySdf = readFileSync(require.resolve('@mapbox/tiny-sdf'), 'utf8').replace(
    'export default class TinySDF',
    'window.TinySDF = class TinySDF',
  );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: tinySdf });
    return await page.evaluate(
      async ({ font, chars, stacks }) => {
        const face = new FontFace(
          'LZ Glyphs',
          Uint8Array.from(atob(font), (c) => c.charCodeAt(0)),
        );
        document.fonts.add(await face.load());
        const out: Record<string, Drawn[]> = {};
        for (const { name, weight } of stacks) {
          await document.fonts.load(`${weight} 24px "LZ Glyphs"`);
          const TinySDF = (window as unknown as { TinySDF: new (o: object) => { draw(c: string): Sdf } })
            .TinySDF;
          const sdf = new TinySDF({
            fontSize: 24,
            buffer: 3,
            radius: 8,
            cutoff: 0.25,
            fontFamily: '"LZ Glyphs", sans-serif',
            fontWeight: weight,
          });
          out[name] = chars.map((c) => {
            const g = sdf.draw(c);
            // The same metric mapping MapLibre applies to glyphs it draws itself (at 1× here).
            return {
              id: c.codePointAt(0)!,
              data: Array.from(g.data),
              width: g.glyphWidth,
              height: g.glyphHeight,
              left: Math.round(g.glyphLeft + 0.5),
              top: Math.round(g.glyphTop - 27.5),
              advance: Math.round(g.glyphAdvance),
            };
          });
        }
        return out;
      },
      { font: readFileSync(FONT).toString('base64'), chars, stacks: GLYPH_STACKS },
    );
  } finally {
    await browser.close();
  }
}

const chars = labelCharacters();
// Up to date when the characters, stacks, font and this script are what the last run drew.
const stamp = createHash('sha256')
  .update(JSON.stringify([chars, GLYPH_STACKS]))
  .update(readFileSync(FONT))
  .update(readFileSync(FIRST_OPEN))
  .update(readFileSync(new URL(import.meta.url)))
  .digest('hex');
const STAMP = new URL('stamp.txt', OUT);
if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp) process.exit(0);
const drawn = await drawAll(chars);
rmSync(OUT, { recursive: true, force: true });
let bytes = 0;
const pbfs = new Map<string, Uint8Array>();
for (const [stack, glyphs] of Object.entries(drawn)) {
  mkdirSync(new URL(`${stack}/`, OUT), { recursive: true });
  const ranges = new Map<number, Drawn[]>();
  for (const g of glyphs) ranges.set(g.id >> 8, [...(ranges.get(g.id >> 8) ?? []), g]);
  for (const [range, list] of ranges) {
    const key = `${stack}/${range * 256}-${range * 256 + 255}`;
    const pbf = encodeRange(stack, range * 256, list);
    writeFileSync(new URL(`${key}.pbf`, OUT), pbf);
    pbfs.set(key, pbf);
    bytes += pbf.length;
  }
}
// The first open's ranges in one file; a listed range the labels no longer use is left out.
const firstOpen = (JSON.parse(readFileSync(FIRST_OPEN, 'utf8')) as string[]).filter((k) => pbfs.has(k));
const index: GlyphIndex = {};
let offset = 0;
for (const key of firstOpen) {
  const { length } = pbfs.get(key)!;
  index[key] = [offset, length];
  offset += length;
}
writeFileSync(new URL(BUNDLE_FILES.bytes, SITE), Buffer.concat(firstOpen.map((k) => pbfs.get(k)!)));
writeFileSync(new URL(BUNDLE_FILES.index, SITE), JSON.stringify(index));
writeFileSync(STAMP, stamp);
console.log(
  `glyphs: ${chars.length} characters × ${Object.keys(drawn).length} stacks → ${pbfs.size} range files, ${(bytes / 1024).toFixed(0)} KiB; ${firstOpen.length} of them packed for the first open, ${(offset / 1024).toFixed(0)} KiB`,
);
