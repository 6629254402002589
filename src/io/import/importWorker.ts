/// <reference lib="webworker" />
/**
 * Parses an imported file off the page's thread, reporting progress, so a large file never freezes
 * the page. KML/KMZ are parsed on the page (XML needs a DOMParser, which workers lack).
 */
import { ImportError } from './importTypes';
import { formatOf, loadCsv, loadGeoJson } from './loaders';
import { loadShapefile, loadXlsx } from './loadersBinary';

export type WorkerRequest = { name: string; bytes: ArrayBuffer };
export type WorkerReply =
  | { type: 'progress'; pct: number }
  | { type: 'done'; file: import('./importTypes').LoadedFile }
  | { type: 'error'; key: string; vars: Record<string, string | number> };

/** UTF-8 first; files saved by Chinese Excel are often GB18030. */
export function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const post = (m: WorkerReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const { name, bytes } = e.data;
  try {
    post({ type: 'progress', pct: 10 });
    const format = formatOf(name);
    let file;
    if (format === 'geojson') file = loadGeoJson(decodeText(bytes));
    else if (format === 'csv') file = loadCsv(decodeText(bytes));
    else if (format === 'shapefile') file = await loadShapefile(bytes);
    else if (format === 'xlsx') file = await loadXlsx(bytes);
    else throw new ImportError('import.err.format', { name });
    post({ type: 'progress', pct: 90 });
    post({ type: 'done', file });
  } catch (err) {
    if (err instanceof ImportError) post({ type: 'error', key: err.key, vars: err.vars });
    else post({ type: 'error', key: 'import.err.unknown', vars: { reason: String(err) } });
  }
};
