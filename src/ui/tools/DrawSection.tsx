import { DRAWING_COLORS, type Drawing } from '../../domain/drawing';
import { drawingsGeoJsonText } from '../../io/exportTools';
import { dateStamp, downloadBlob } from '../../io/download';
import { useApp, useAppState, useT } from '../context';
import { ToolButton } from './ToolButton';

export function DrawSection() {
  const t = useT();
  const { store } = useApp();
  const drawings = useAppState((s) => s.drawings);
  const style = useAppState((s) => s.drawStyle);
  const canUndo = useAppState((s) => s.drawingsUndo.length > 0);
  const reshaping = useAppState((s) => s.toolMode === 'draw-edit');
  const exportGeoJson = () =>
    downloadBlob(
      new Blob([drawingsGeoJsonText(store.getState().drawings)], { type: 'application/geo+json' }),
      `liuzhou-plan-map-drawings-${dateStamp()}.geojson`,
    );
  return (
    <>
      <h3>{t('tools.draw')}</h3>
      <div className="button-row">
        <ToolButton mode="draw-point" label={t('tools.drawPoint')} />
        <ToolButton mode="draw-line" label={t('tools.drawLine')} />
        <ToolButton mode="draw-polygon" label={t('tools.drawPolygon')} />
        <ToolButton mode="draw-note" label={t('tools.drawNote')} />
      </div>
      <div className="draw-style">
        <span>{t('tools.color')}</span>
        {DRAWING_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            className="swatch-button"
            style={{ background: c }}
            aria-pressed={style.color === c}
            aria-label={t('tools.colorN', { c })}
            data-testid={`draw-color-${c.slice(1)}`}
            onClick={() => store.getState().setDrawStyle({ color: c })}
          />
        ))}
      </div>
      <label className="draw-label">
        {t('tools.label')}
        <input
          type="text"
          maxLength={200}
          value={style.label}
          data-testid="draw-label"
          onChange={(e) => store.getState().setDrawStyle({ label: e.target.value })}
        />
      </label>
      <p className="hint">{t('tools.own')}</p>
      {reshaping && (
        <p className="hint" role="status" data-testid="reshape-hint">
          {t('tools.reshapeHint')}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          disabled={!canUndo}
          data-testid="draw-undo"
          onClick={() => store.getState().undoDrawings()}
        >
          {t('tools.undo')}
        </button>
        <button type="button" disabled={!drawings.length} data-testid="draw-export" onClick={exportGeoJson}>
          {t('tools.exportGeoJson')}
        </button>
      </div>
      <h4 data-testid="drawings-count" data-count={drawings.length}>
        {t('tools.count', { n: drawings.length })}
      </h4>
      {drawings.length === 0 ? (
        <p className="hint">{t('tools.none')}</p>
      ) : (
        <ul className="drawing-list" data-testid="drawing-list">
          {drawings.map((d) => (
            <DrawingRow key={d.id} d={d} />
          ))}
        </ul>
      )}
    </>
  );
}

function DrawingRow({ d }: { d: Drawing }) {
  const t = useT();
  const { store } = useApp();
  const editing = useAppState((s) => s.toolMode === 'draw-edit' && s.editing === d.id);
  return (
    <li data-testid="drawing-item" data-id={d.id} data-kind={d.kind}>
      <span className="swatch-dot" style={{ background: d.color }} aria-hidden="true" />
      <span className="kind">{t(`tools.kind.${d.kind}`)}</span>
      <input
        type="text"
        maxLength={200}
        value={d.label}
        aria-label={t('tools.label')}
        onChange={(e) => store.getState().updateDrawing(d.id, { label: e.target.value })}
      />
      <select
        value={d.color}
        aria-label={t('tools.color')}
        onChange={(e) => store.getState().updateDrawing(d.id, { color: e.target.value })}
      >
        {DRAWING_COLORS.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <button
        type="button"
        aria-pressed={editing}
        title={t('tools.reshapeHint')}
        data-testid="drawing-edit"
        onClick={() => store.getState().editDrawing(editing ? null : d.id)}
      >
        {t('tools.reshape')}
      </button>
      <button
        type="button"
        data-testid="drawing-within"
        onClick={() =>
          store.getState().setWithin({
            geometry: d.geometry,
            km: store.getState().within?.km ?? 5,
            label: d.label || t(`tools.kind.${d.kind}`),
          })
        }
      >
        {t('tools.withinDrawing')}
      </button>
      <button type="button" data-testid="drawing-delete" onClick={() => store.getState().deleteDrawing(d.id)}>
        {t('tools.delete')}
      </button>
    </li>
  );
}
