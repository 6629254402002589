import { useEffect, useRef } from 'react';
import { deleteImportedLayer } from '../../io/importedLayers';
import { openDb } from '../../io/db';
import { dateStamp, downloadBlob } from '../../io/download';
import type { ImportedLayer } from '../../state/importsSlice';
import { useApp, useAppState, useT } from '../context';

/** Imported layers with their legend swatch, visibility, attribute filter, export and removal. */
export function ImportedLayersList() {
  const t = useT();
  const imported = useAppState((s) => s.imported);
  if (!imported.length) return null;
  return (
    <fieldset className="layer-category" data-testid="imported-layers">
      <legend>{t('import.layers')}</legend>
      {imported.map((l) => (
        <ImportedRow key={l.meta.id} layer={l} />
      ))}
      <PickedAttributes />
    </fieldset>
  );
}

function ImportedRow({ layer }: { layer: ImportedLayer }) {
  const t = useT();
  const { store } = useApp();
  const filter = useAppState((s) => s.importFilters[layer.meta.id] ?? null);
  const { meta } = layer;
  return (
    <div className="layer-row" data-testid={`imported-${meta.id}`} data-count={meta.count}>
      <div className="layer-line">
        <label>
          <input
            type="checkbox"
            checked={layer.visible}
            data-testid="imported-toggle"
            onChange={(e) => store.getState().setImportedVisible(meta.id, e.target.checked)}
          />
          <span className="swatch-dot" style={{ background: meta.style.color }} aria-hidden="true" />
          <span className="group-title">
            {meta.name}（{meta.count}）
          </span>
        </label>
      </div>
      <p className="quality-note">
        {t('import.origin', { format: meta.format, crs: t(`import.crs.${meta.crs}`) })}
      </p>
      {meta.fields.length > 0 && (
        <div className="import-filter">
          <select
            aria-label={t('import.filterField')}
            data-testid="imported-filter-field"
            value={filter?.field ?? meta.fields[0]}
            onChange={(e) =>
              store.getState().setImportFilter(meta.id, { field: e.target.value, value: filter?.value ?? '' })
            }
          >
            {meta.fields.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
          <input
            type="search"
            placeholder={t('import.filterValue')}
            aria-label={t('import.filterValue')}
            data-testid="imported-filter-value"
            value={filter?.value ?? ''}
            onChange={(e) =>
              store
                .getState()
                .setImportFilter(meta.id, { field: filter?.field ?? meta.fields[0]!, value: e.target.value })
            }
          />
        </div>
      )}
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              new Blob([JSON.stringify(layer.features)], { type: 'application/geo+json' }),
              `${meta.name}-${dateStamp()}.geojson`,
            )
          }
        >
          {t('import.export')}
        </button>
        <button
          type="button"
          data-testid="imported-delete"
          onClick={() => {
            store.getState().removeImportedLayer(meta.id);
            void deleteImportedLayer(openDb(), meta.id).catch(() =>
              store.getState().pushNotice('error', t('import.deleteFailed')),
            );
          }}
        >
          {t('tools.delete')}
        </button>
      </div>
    </div>
  );
}

/** The clicked imported feature's attributes, as text (never HTML). */
function PickedAttributes() {
  const t = useT();
  const { store } = useApp();
  const picked = useAppState((s) => s.pickedImported);
  const ref = useRef<HTMLDivElement>(null);
  // A click on the map shows the attributes at the foot of the list: bring them into view.
  useEffect(() => ref.current?.scrollIntoView?.({ block: 'nearest' }), [picked]);
  if (!picked) return null;
  return (
    <div className="picked-attributes" data-testid="imported-attributes" ref={ref}>
      <h4>{t('import.attributes')}</h4>
      <dl>
        {Object.entries(picked.properties).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v == null || v === '' ? t('import.empty') : String(v)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={() => store.getState().pickImported(null)}>
        {t('import.close')}
      </button>
    </div>
  );
}
