import { useEffect, useRef, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { IMPORT_CRS, type ImportCrs } from '../../domain/importedLayer';
import { ImportError, type LoadedFile } from '../../io/import/importTypes';
import { detectCoordColumns, guessCrs, tableToFeatures, toWgs84, withIds } from '../../io/import/loaders';
import { readImportFile } from '../../io/import/readFile';
import { saveImportedLayer } from '../../io/importedLayers';
import { openDb } from '../../io/db';
import { IMPORT_COLORS } from '../../layers/imported';
import { useApp, useAppState, useT } from '../context';

interface Pending {
  name: string;
  file: LoadedFile;
  crs: ImportCrs;
  cols: { lon: number; lat: number } | null;
}

/** Import: choose a file → parsed in a worker with progress → confirm CRS (and columns) against a preview → add. */
export function ImportSection() {
  const t = useT();
  const { store } = useApp();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const count = useAppState((s) => s.imported.length);
  const confirmRef = useRef<HTMLDivElement>(null);
  // The confirmation sits low in the panel: bring it into view when a file has been read.
  const shownName = pending?.name;
  useEffect(() => {
    if (shownName) confirmRef.current?.scrollIntoView({ block: 'nearest' });
  }, [shownName]);

  const localise = (e: unknown) =>
    e instanceof ImportError ? t(e.key, e.vars) : t('import.err.unknown', { reason: String(e) });

  /** Converts with the chosen CRS and columns; a bad row is reported and nothing changes. */
  const featuresOf = (p: Pending): FeatureCollection | null => {
    try {
      const raw = p.file.features ?? (p.file.table && p.cols ? tableToFeatures(p.file.table, p.cols) : null);
      return raw ? withIds(toWgs84(raw, p.crs)) : null;
    } catch (e) {
      setError(localise(e));
      return null;
    }
  };
  const preview = (p: Pending) => {
    setPending(p);
    setError(null);
    const fc = featuresOf(p);
    store.getState().setImportPreview(fc ? { name: p.name, crs: p.crs, features: fc } : null);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setPending(null);
    store.getState().setImportPreview(null);
    setProgress(0);
    try {
      const loaded = await readImportFile(file, setProgress);
      const headers = loaded.table?.headers ?? [];
      preview({
        name: file.name.replace(/\.[^.]+$/, ''),
        file: loaded,
        crs: loaded.statedCrs ?? guessCrs(file.name, headers),
        cols: loaded.table ? detectCoordColumns(loaded.table) : null,
      });
    } catch (e) {
      setError(localise(e));
    } finally {
      setProgress(null);
    }
  };

  const commit = async () => {
    if (!pending) return;
    // The preview already holds the converted features for these choices: no second conversion.
    const shown = store.getState().importPreview;
    const fc = shown && shown.crs === pending.crs ? shown.features : featuresOf(pending);
    if (!fc) return;
    const fields = [...new Set(fc.features.slice(0, 200).flatMap((f) => Object.keys(f.properties ?? {})))];
    const nameField = fields.find((f) => /^(name|名称|项目名称|站名|title)$/i.test(f)) ?? fields[0] ?? null;
    const layer = {
      meta: {
        id: `imp-${Date.now().toString(36)}`,
        name: pending.name.slice(0, 200) || 'import',
        format: pending.file.format,
        crs: pending.crs,
        count: fc.features.length,
        fields,
        nameField,
        style: { color: IMPORT_COLORS[count % IMPORT_COLORS.length]! },
        imported_at: new Date().toISOString(),
      },
      features: fc,
      visible: true,
    };
    store.getState().addImportedLayers([layer]);
    store.getState().setImportPreview(null);
    setPending(null);
    try {
      await saveImportedLayer(openDb(), layer);
    } catch {
      store.getState().pushNotice('error', t('import.saveFailed', { name: layer.meta.name }));
    }
  };

  const cancel = () => {
    setPending(null);
    store.getState().setImportPreview(null);
  };

  const table = pending?.file.table;
  return (
    <>
      <h3>{t('import.title')}</h3>
      <label className="import-file">
        {t('import.choose')}
        <input
          type="file"
          data-testid="import-file"
          accept=".geojson,.json,.kml,.kmz,.zip,.csv,.txt,.xlsx"
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      <p className="hint">{t('import.formats')}</p>
      {progress !== null && (
        <progress data-testid="import-progress" max={100} value={progress} aria-label={t('import.reading')} />
      )}
      {error && (
        <p className="import-error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      {pending && (
        <div className="import-confirm" data-testid="import-confirm" ref={confirmRef}>
          <p>{t('import.previewNote', { name: pending.name })}</p>
          {pending.file.notes.map(([k, v]) => (
            <p key={k} className="hint">
              {t(k, v)}
            </p>
          ))}
          {table && (
            <div className="import-cols">
              {(['lon', 'lat'] as const).map((axis) => (
                <label key={axis}>
                  {t(`import.col.${axis}`)}
                  <select
                    data-testid={`import-col-${axis}`}
                    value={pending.cols?.[axis] ?? -1}
                    onChange={(e) =>
                      preview({
                        ...pending,
                        cols: { lon: -1, lat: -1, ...pending.cols, [axis]: Number(e.target.value) },
                      })
                    }
                  >
                    <option value={-1}>—</option>
                    {table.headers.map((h, i) => (
                      <option key={i} value={i}>
                        {h || `#${i + 1}`}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          )}
          <label>
            {t('import.crs')}
            <select
              data-testid="import-crs"
              value={pending.crs}
              onChange={(e) => preview({ ...pending, crs: e.target.value as ImportCrs })}
            >
              {IMPORT_CRS.map((c) => (
                <option key={c} value={c}>
                  {t(`import.crs.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <p className="hint">{t('import.crsNote')}</p>
          <div className="button-row">
            <button
              type="button"
              data-testid="import-commit"
              disabled={!!error}
              onClick={() => void commit()}
            >
              {t('import.commit')}
            </button>
            <button type="button" data-testid="import-cancel" onClick={cancel}>
              {t('import.cancel')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
