/** Reads a chosen file: in the worker for most formats, on the page for KML/KMZ; progress 0–100. */
import { ImportError, type LoadedFile } from './importTypes';
import { formatOf } from './loaders';
import { loadKml, loadKmz } from './loadersBinary';
import type { WorkerReply } from './importWorker';

/** Files larger than this are refused before reading (the browser would struggle anyway). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export async function readImportFile(file: File, onProgress: (pct: number) => void): Promise<LoadedFile> {
  if (file.size > MAX_IMPORT_BYTES) throw new ImportError('import.err.tooLarge', { mb: Math.round(file.size / 1e6) });
  const format = formatOf(file.name);
  if (!format) throw new ImportError('import.err.format', { name: file.name });
  onProgress(5);
  const bytes = await file.arrayBuffer();
  if (format === 'kml') return loadKml(new TextDecoder().decode(bytes));
  if (format === 'kmz') return loadKmz(bytes);
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<LoadedFile>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<WorkerReply>) => {
        const m = e.data;
        if (m.type === 'progress') onProgress(m.pct);
        else if (m.type === 'done') resolve(m.file);
        else reject(new ImportError(m.key, m.vars));
      };
      worker.onerror = (e) => reject(new ImportError('import.err.unknown', { reason: e.message }));
      worker.postMessage({ name: file.name, bytes }, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}
