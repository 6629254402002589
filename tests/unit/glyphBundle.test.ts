/** Label glyphs from the first-open bundle, and from their own files when the bundle lacks them. */
import { describe, expect, it, vi } from 'vitest';
import { GLYPHS_URL, glyphKey, glyphLoader, readGlyphIndex } from '../../src/map/glyphBundle';

const BASE = 'https://x.org/app/index.html?lang=en#m';
const bytes = (...xs: number[]) => Uint8Array.from(xs).buffer;
const reply = (body: unknown, status = 200) =>
  new Response(body instanceof ArrayBuffer ? body : JSON.stringify(body), { status });

/** A fetch that answers from a table of URLs (anything else: 404), recording what was asked. */
function server(files: Record<string, unknown>) {
  const asked: string[] = [];
  const impl = vi.fn(async (url: URL | RequestInfo) => {
    const u = String(url);
    asked.push(u);
    const body = files[u];
    return body === undefined
      ? reply('missing', 404)
      : body instanceof Error
        ? Promise.reject(body)
        : reply(body);
  }) as unknown as typeof fetch;
  return { impl, asked };
}
const load = (l: ReturnType<typeof glyphLoader>, key: string) =>
  l(
    { url: GLYPHS_URL.replace('{fontstack}/{range}', encodeURIComponent(key).replace('%2F', '/')) },
    new AbortController(),
  ).then((r) => [...new Uint8Array(r.data)]);
const INDEX = 'https://x.org/app/glyphs/first-open.json';
const BIN = 'https://x.org/app/glyphs/first-open.pbf';
const own = (key: string) => new URL(`glyphs/${key}.pbf`, BASE).href;

describe('glyph bundle', () => {
  it('reads an index whose entries lie inside the file, and refuses any other', () => {
    expect(readGlyphIndex({ 'A/0-255': [0, 2], 'A/256-511': [2, 3] }, 5)).toEqual({
      'A/0-255': [0, 2],
      'A/256-511': [2, 3],
    });
    expect(readGlyphIndex({}, 0)).toEqual({});
    for (const bad of [
      null,
      [],
      'x',
      { a: [0, 6] }, // past the end
      { a: [-1, 2] },
      { a: [0, 0] },
      { a: [0.5, 2] },
      { a: [0, '2'] },
      { a: [0] },
      { a: { 0: 0, 1: 2 } },
    ])
      expect(readGlyphIndex(bad, 5), JSON.stringify(bad)).toBeNull();
    expect(readGlyphIndex({ a: [3, 2] }, 5)).toEqual({ a: [3, 2] });
  });

  it('names a range by its font stack and range, spaces decoded', () => {
    expect(glyphKey('lzglyph://Noto%20Sans%20SC%20Bold/19968-20223')).toBe('Noto Sans SC Bold/19968-20223');
  });

  it('answers bundled ranges from the one file, and fetches the others on their own', async () => {
    const { impl, asked } = server({
      [INDEX]: { 'Noto Sans SC Regular/0-255': [1, 2], 'Noto Sans SC Bold/0-255': [3, 1] },
      [BIN]: bytes(9, 1, 2, 3),
      [own('Noto Sans SC Regular/256-511')]: bytes(7, 7),
    });
    const l = glyphLoader(BASE, impl);
    expect(await load(l, 'Noto Sans SC Regular/0-255')).toEqual([1, 2]);
    expect(await load(l, 'Noto Sans SC Bold/0-255')).toEqual([3]);
    expect(await load(l, 'Noto Sans SC Regular/256-511')).toEqual([7, 7]);
    // The bundle is asked for once, as the loader is made; each other range once.
    expect(asked.filter((u) => u === INDEX || u === BIN)).toHaveLength(2);
    expect(asked.at(-1)).toBe('https://x.org/app/glyphs/Noto%20Sans%20SC%20Regular/256-511.pbf');
    expect(asked).toHaveLength(3);
  });

  it('without a usable bundle every range comes from its own file', async () => {
    for (const files of [
      {}, // neither file
      { [INDEX]: { 'A/0-255': [0, 9] }, [BIN]: bytes(1) }, // index past the end
      { [INDEX]: { 'A/0-255': [0, 1] } }, // bytes missing
      { [INDEX]: new Error('offline'), [BIN]: bytes(1) },
    ]) {
      const { impl } = server({ ...files, [own('A/0-255')]: bytes(4, 2) });
      expect(await load(glyphLoader(BASE, impl), 'A/0-255')).toEqual([4, 2]);
    }
  });

  it('a range that cannot be fetched fails with its name and status', async () => {
    const { impl } = server({});
    await expect(load(glyphLoader(BASE, impl), 'A/512-767')).rejects.toThrow(
      'glyphs/A/512-767.pbf: HTTP 404',
    );
  });
});
