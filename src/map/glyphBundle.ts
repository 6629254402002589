/**
 * Label glyphs at first open in one request. MapLibre asks for glyphs one 256-character range at a
 * time: 34–37 files at first open, each a request the page sets up and answers while it is busiest.
 * The build also packs the ranges a first open needs into one file (scripts/build-glyphs.ts); this
 * protocol answers from it and fetches any other range on its own, as before, so a missing or
 * damaged bundle costs only speed.
 */
import type { GetResourceResponse, RequestParameters } from 'maplibre-gl';

export const GLYPH_PROTOCOL = 'lzglyph';
/** The style's glyphs URL: every range goes through the protocol below. */
export const GLYPHS_URL = `${GLYPH_PROTOCOL}://{fontstack}/{range}`;
/** Built next to the range files: the packed ranges, and where each lies in them. */
export const BUNDLE_FILES = { index: 'glyphs/first-open.json', bytes: 'glyphs/first-open.pbf' };

/** `"Noto Sans SC Regular/0-255"` → [offset, length] in the bundle. */
export type GlyphIndex = Record<string, [offset: number, length: number]>;

/** The bundle's index if it fits its bytes (whole numbers, inside the file), else null. */
export function readGlyphIndex(json: unknown, byteLength: number): GlyphIndex | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const index: GlyphIndex = {};
  for (const [key, at] of Object.entries(json)) {
    if (!Array.isArray(at) || at.length !== 2) return null;
    const [offset, length] = at as unknown[];
    if (!Number.isInteger(offset) || !Number.isInteger(length)) return null;
    if ((offset as number) < 0 || (length as number) <= 0) return null;
    if ((offset as number) + (length as number) > byteLength) return null;
    index[key] = [offset as number, length as number];
  }
  return index;
}

/** `lzglyph://Noto%20Sans%20SC%20Regular/0-255` → `Noto Sans SC Regular/0-255`. */
export function glyphKey(url: string): string {
  return decodeURIComponent(url.slice(`${GLYPH_PROTOCOL}://`.length));
}

type Load = (params: RequestParameters, abort: AbortController) => Promise<GetResourceResponse<ArrayBuffer>>;

/** The protocol's loader: ranges from the bundle when it has them, otherwise their own file. */
export function glyphLoader(baseUrl: string, fetchImpl: typeof fetch = fetch): Load {
  const get = async (path: string, init?: RequestInit) => {
    const res = await fetchImpl(new URL(path, baseUrl), init);
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return res;
  };
  const bundle = Promise.all([
    get(BUNDLE_FILES.index).then((r) => r.json() as Promise<unknown>),
    get(BUNDLE_FILES.bytes).then((r) => r.arrayBuffer()),
  ])
    .then(([json, bytes]) => {
      const index = readGlyphIndex(json, bytes.byteLength);
      return index && { index, bytes };
    })
    .catch(() => null);
  return async (params, abort) => {
    const key = glyphKey(params.url);
    const b = await bundle;
    const at = b && Object.hasOwn(b.index, key) ? b.index[key] : undefined;
    if (b && at) return { data: b.bytes.slice(at[0], at[0] + at[1]) };
    const res = await get(`glyphs/${key}.pbf`, { signal: abort.signal });
    return { data: await res.arrayBuffer() };
  };
}
