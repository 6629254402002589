/**
 * Writes a PMTiles v3 archive (single root directory, tiles ordered by tile id) — enough for small
 * archives such as the test basemap. Layout: 127-byte header, root directory, JSON metadata, tile data.
 * Spec: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
 */
import { zxyToTileId } from 'pmtiles';

export interface TileIn {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface ArchiveInfo {
  minZoom: number;
  maxZoom: number;
  /** west, south, east, north (WGS84). */
  bounds: [number, number, number, number];
  center: [lon: number, lat: number, zoom: number];
  metadata: Record<string, unknown>;
  /** 1 none, 2 gzip (the tiles as given are already compressed so). */
  tileCompression: 1 | 2;
  /** 1 = Mapbox Vector Tile. */
  tileType: 1;
}

const HEADER_BYTES = 127;
const ROOT_MAX = 16384 - HEADER_BYTES;

function varint(out: number[], n: number) {
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
}

function directoryBytes(entries: Entry[]): Uint8Array {
  const out: number[] = [];
  varint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    varint(out, e.tileId - last);
    last = e.tileId;
  }
  for (let i = 0; i < entries.length; i++) varint(out, 1);
  for (const e of entries) varint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0 means "right after the previous tile's data".
    varint(out, prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

export function writePmtiles(tilesIn: TileIn[], info: ArchiveInfo): Uint8Array {
  const tiles = tilesIn
    .map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  let offset = 0;
  for (const t of tiles) {
    entries.push({ tileId: t.tileId, offset, length: t.data.length });
    offset += t.data.length;
  }
  const root = directoryBytes(entries);
  if (root.length > ROOT_MAX) throw new Error(`root directory too large (${root.length} bytes): fewer tiles`);
  const meta = new TextEncoder().encode(JSON.stringify(info.metadata));
  const rootOffset = HEADER_BYTES;
  const metaOffset = rootOffset + root.length;
  const dataOffset = metaOffset + meta.length;
  const total = dataOffset + offset;

  const buf = new Uint8Array(total);
  const view = new DataView(buf.buffer);
  buf.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const u64 = (at: number, n: number) => view.setBigUint64(at, BigInt(n), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metaOffset);
  u64(32, meta.length);
  u64(40, 0); // no leaf directories
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, offset);
  u64(72, tiles.length); // addressed tiles
  u64(80, entries.length); // tile entries
  u64(88, tiles.length); // tile contents
  view.setUint8(96, 1); // clustered: data in tile-id order
  view.setUint8(97, 1); // internal compression: none
  view.setUint8(98, info.tileCompression);
  view.setUint8(99, info.tileType);
  view.setUint8(100, info.minZoom);
  view.setUint8(101, info.maxZoom);
  const e7 = (v: number) => Math.round(v * 1e7);
  view.setInt32(102, e7(info.bounds[0]), true);
  view.setInt32(106, e7(info.bounds[1]), true);
  view.setInt32(110, e7(info.bounds[2]), true);
  view.setInt32(114, e7(info.bounds[3]), true);
  view.setUint8(118, info.center[2]);
  view.setInt32(119, e7(info.center[0]), true);
  view.setInt32(123, e7(info.center[1]), true);

  buf.set(root, rootOffset);
  buf.set(meta, metaOffset);
  let at = dataOffset;
  for (const t of tiles) {
    buf.set(t.data, at);
    at += t.data.length;
  }
  return buf;
}
