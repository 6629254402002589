// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkerReply, WorkerRequest } from '../../src/io/import/importWorker';
import { ImportError } from '../../src/io/import/importTypes';

/** The worker module's message handler, run here with its replies collected. */
let replies: WorkerReply[] = [];
let handle: (data: WorkerRequest) => Promise<void>;
let decodeText: (bytes: ArrayBuffer) => string;
/** Where the module's replies go (a fake worker below points them at its page side instead). */
const collectReplies = () =>
  ((self as unknown as { postMessage: (m: WorkerReply) => void }).postMessage = (m) => replies.push(m));
beforeAll(async () => {
  collectReplies();
  // The module registers its handler on `self` when it runs. Test files share modules, so another
  // file may have run it already: a query makes this file's own copy (its imports stay shared).
  const url = `../../src/io/import/importWorker.ts?run=${Date.now()}`;
  ({ decodeText } = (await import(
    /* @vite-ignore */ url
  )) as typeof import('../../src/io/import/importWorker'));
  const onmessage = self.onmessage as unknown as (e: { data: WorkerRequest }) => Promise<void>;
  handle = (data) => onmessage({ data });
});
afterEach(() => {
  replies = [];
  collectReplies();
  vi.unstubAllGlobals();
});

const buf = (b: Uint8Array | Buffer) =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const utf8 = (s: string) => buf(new TextEncoder().encode(s));
/** A chosen file, as the page's file input gives it. */
const fileOf = (text: string, name: string) => {
  const bytes = utf8(text);
  return { name, size: bytes.byteLength, arrayBuffer: () => Promise.resolve(bytes) } as unknown as File;
};
const csv = 'name,lon,lat\n甲,109.4,24.3\n乙,109.5,24.4\n';

describe('import worker', () => {
  it('reads UTF-8, and GB18030 from Chinese Excel', () => {
    expect(decodeText(utf8('名称,经度'))).toBe('名称,经度');
    // "柳州,经度" as GB18030 bytes: not valid UTF-8.
    const gb = new Uint8Array([0xc1, 0xf8, 0xd6, 0xdd, 0x2c, 0xbe, 0xad, 0xb6, 0xc8]);
    expect(decodeText(buf(gb))).toBe('柳州,经度');
  });

  it('parses a CSV and a GeoJSON file, reporting progress then the result', async () => {
    await handle({ name: 'points.CSV', bytes: utf8(csv) });
    expect(replies.map((r) => r.type)).toEqual(['progress', 'progress', 'done']);
    expect(replies.slice(0, 2)).toEqual([
      { type: 'progress', pct: 10 },
      { type: 'progress', pct: 90 },
    ]);
    const done = replies[2] as Extract<WorkerReply, { type: 'done' }>;
    expect(done.file.table?.rows).toHaveLength(2);
    replies = [];
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [109.4, 24.3] }, properties: { a: 1 } },
      ],
    };
    await handle({ name: 'a.geojson', bytes: utf8(JSON.stringify(fc)) });
    const gj = replies.at(-1) as Extract<WorkerReply, { type: 'done' }>;
    expect(gj.type).toBe('done');
    expect(gj.file.features?.features).toHaveLength(1);
  });

  it('parses a zipped Shapefile and a workbook from their bytes', async () => {
    const file = (f: string) => buf(readFileSync(`tests/fixtures/import/${f}`));
    await handle({ name: 'sites-utm49-shp.zip', bytes: file('sites-utm49-shp.zip') });
    await handle({ name: 'sites.xlsx', bytes: file('sites.xlsx') });
    const done = replies.filter((r) => r.type === 'done');
    expect(done).toHaveLength(2);
  });

  it('answers a refusal with its message key, and anything else as unknown', async () => {
    await handle({ name: 'notes.doc', bytes: utf8('x') });
    expect(replies.at(-1)).toEqual({ type: 'error', key: 'import.err.format', vars: { name: 'notes.doc' } });
    await handle({ name: 'broken.geojson', bytes: utf8('{"type":') });
    const refused = replies.at(-1) as Extract<WorkerReply, { type: 'error' }>;
    expect(refused.type).toBe('error');
    expect(refused.key).not.toBe('import.err.unknown');
    expect(replies.filter((r) => r.type === 'done')).toEqual([]);
  });
});

describe('readImportFile', () => {
  /** A Worker that runs the worker module's handler in this thread. */
  function stubWorker() {
    const made: Array<{ terminate: ReturnType<typeof vi.fn>; args: unknown[]; sent: unknown[] }> = [];
    class FakeWorker {
      args: unknown[];
      sent: unknown[] = [];
      onmessage: ((e: { data: WorkerReply }) => void) | null = null;
      onerror: ((e: { message: string }) => void) | null = null;
      terminate = vi.fn();
      constructor(...args: unknown[]) {
        this.args = args;
        made.push(this);
      }
      postMessage(data: WorkerRequest, transfer: unknown[]) {
        this.sent = [data, transfer];
        (self as unknown as { postMessage: (m: WorkerReply) => void }).postMessage = (m) =>
          this.onmessage?.({ data: m });
        void handle(data);
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    return made;
  }

  it('refuses a file too large or of an unknown kind before reading it', async () => {
    const { readImportFile, MAX_IMPORT_BYTES } = await import('../../src/io/import/readFile');
    const big = { name: 'big.csv', size: 300e6, arrayBuffer: vi.fn() } as unknown as File;
    const e1 = await readImportFile(big, () => undefined).catch((e: ImportError) => e);
    expect(e1).toBeInstanceOf(ImportError);
    expect(e1).toMatchObject({ key: 'import.err.tooLarge', vars: { mb: 300 } });
    expect(big.arrayBuffer).not.toHaveBeenCalled();
    expect(MAX_IMPORT_BYTES).toBe(209_715_200);
    const atLimit = { name: 'a.doc', size: MAX_IMPORT_BYTES, arrayBuffer: vi.fn() } as unknown as File;
    const e2 = await readImportFile(atLimit, () => undefined).catch((e: ImportError) => e);
    expect(e2).toMatchObject({ key: 'import.err.format', vars: { name: 'a.doc' } });
  });

  it('reads CSV in the worker with progress, and closes the worker after', async () => {
    const made = stubWorker();
    const { readImportFile } = await import('../../src/io/import/readFile');
    const progress: number[] = [];
    const file = await readImportFile(fileOf(csv, 'p.csv'), (p) => progress.push(p));
    expect(file.table?.rows).toHaveLength(2);
    expect(progress).toEqual([5, 10, 90]);
    expect(made).toHaveLength(1);
    expect(made[0]!.terminate).toHaveBeenCalledOnce();
    // A module worker, given the bytes (moved, not copied) and the name.
    expect(String(made[0]!.args[0])).toMatch(/importWorker/);
    expect(made[0]!.args[1]).toEqual({ type: 'module' });
    const [sent, transfer] = made[0]!.sent as [WorkerRequest, unknown[]];
    expect(sent.name).toBe('p.csv');
    expect(transfer).toEqual([sent.bytes]);
    const refused = await readImportFile(fileOf('{', 'x.geojson'), () => undefined).catch(
      (e: ImportError) => e,
    );
    expect(refused).toBeInstanceOf(ImportError);
    expect(made[1]!.terminate).toHaveBeenCalledOnce();
  });

  it('reads KML on the page (no worker), and reports a worker that fails to start', async () => {
    const made = stubWorker();
    const { readImportFile } = await import('../../src/io/import/readFile');
    const kml = readFileSync('tests/fixtures/import/sites.kml', 'utf8');
    const file = await readImportFile(fileOf(kml, 'p.kml'), () => undefined);
    expect(file.features?.features).toHaveLength(3);
    const kmzBytes = readFileSync('tests/fixtures/import/sites.kmz');
    const kmz = { name: 'p.kmz', size: kmzBytes.length, arrayBuffer: () => Promise.resolve(buf(kmzBytes)) };
    expect((await readImportFile(kmz as unknown as File, () => undefined)).format).toBe('kmz');
    expect(made).toHaveLength(0);

    class BrokenWorker {
      onmessage = null;
      onerror: ((e: { message: string }) => void) | null = null;
      terminate = vi.fn();
      postMessage() {
        this.onerror?.({ message: 'script failed' });
      }
    }
    vi.stubGlobal('Worker', BrokenWorker);
    const e = await readImportFile(fileOf(csv, 'p.csv'), () => undefined).catch((x: ImportError) => x);
    expect(e).toMatchObject({ key: 'import.err.unknown', vars: { reason: 'script failed' } });
  });
});
