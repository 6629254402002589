import { useEffect, useRef, useState } from 'react';
import { getBasemapSettings } from '../../io/settings';
import { useApp, useAppState, useT } from '../context';

/** Enter, replace or delete the planner's Tianditu key (kept in this browser only). */
export function TiandituKeyDialog() {
  const t = useT();
  const { store } = useApp();
  const open = useAppState((s) => s.basemapSettingsOpen);
  const hasKey = useAppState((s) => s.hasTiandituKey);
  const ref = useRef<HTMLDialogElement>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const close = () => store.getState().setBasemapSettingsOpen(false);
  const save = async () => {
    const settings = getBasemapSettings();
    const result = settings ? await settings.saveKey(value) : 'failed';
    if (result === 'saved') {
      setValue('');
      setError(null);
      close();
    } else setError(t(result === 'invalid' ? 'basemap.keyInvalid' : 'basemap.keyFailed'));
  };

  return (
    <dialog
      ref={ref}
      className="key-dialog"
      data-testid="basemap-key-dialog"
      aria-labelledby="key-dialog-title"
      onClose={close}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2 id="key-dialog-title">{t('basemap.dialogTitle')}</h2>
        <p>{t('basemap.dialogHelp')}</p>
        <label>
          {t('basemap.keyLabel')}
          <input
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={value}
            data-testid="basemap-key-input"
            aria-invalid={error !== null}
            onChange={(e) => setValue(e.target.value)}
          />
        </label>
        {error && (
          <p className="form-error" role="alert" data-testid="basemap-key-error">
            {error}
          </p>
        )}
        <p className="quality-note">{hasKey ? t('basemap.keySaved') : t('basemap.keyNone')}</p>
        <div className="button-row">
          <button type="submit" data-testid="basemap-key-save">
            {t('basemap.keySave')}
          </button>
          {hasKey && (
            <button
              type="button"
              data-testid="basemap-key-clear"
              onClick={() => void getBasemapSettings()?.clearKey()}
            >
              {t('basemap.keyClear')}
            </button>
          )}
          <button type="button" onClick={close}>
            {t('basemap.keyClose')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
