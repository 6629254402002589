/**
 * Adds UTF-8 text chunks (PNG iTXt) to a PNG, so an exported figure carries its credits and 审图号
 * as machine-readable text as well as drawn on the image.
 */
let crcTable: Uint32Array | null = null;
/** Built at the first export, not as the page loads. */
function crcTableOf(): Uint32Array {
  if (crcTable) return crcTable;
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return (crcTable = table);
}

function crc32(bytes: Uint8Array): number {
  const table = crcTableOf();
  let c = 0xffffffff;
  for (const b of bytes) c = table[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** iTXt: keyword, NUL, no compression, empty language and translated keyword, then UTF-8 text. */
function itxt(keyword: string, text: string): Uint8Array {
  const enc = new TextEncoder();
  const k = enc.encode(keyword);
  const t = enc.encode(text);
  const data = new Uint8Array(k.length + 5 + t.length);
  data.set(k, 0);
  data.set(t, k.length + 5); // the 5 bytes in between are already zero
  return chunk('iTXt', data);
}

/** Inserts the entries right after the header chunk (IHDR, always 33 bytes into the file). */
export function withPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  const at = 8 + 25;
  const chunks = Object.entries(entries).map(([k, v]) => itxt(k, v));
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, at), 0);
  let pos = at;
  for (const c of chunks) {
    out.set(c, pos);
    pos += c.length;
  }
  out.set(png.subarray(at), pos);
  return out;
}

/** Reads the iTXt entries back (used by tests and to check an export). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const dec = new TextDecoder();
  for (let pos = 8; pos + 8 <= png.length;) {
    const len = view.getUint32(pos);
    const type = dec.decode(png.subarray(pos + 4, pos + 8));
    if (type === 'iTXt') {
      const data = png.subarray(pos + 8, pos + 8 + len);
      const nul = data.indexOf(0);
      out[dec.decode(data.subarray(0, nul))] = dec.decode(data.subarray(nul + 5));
    }
    pos += 12 + len;
  }
  return out;
}
