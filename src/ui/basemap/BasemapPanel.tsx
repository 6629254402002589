import { FileButton } from '../FileButton';
import { BASEMAP_IDS, isOnline } from '../../domain/basemaps';
import { useApp, useAppState, useT } from '../context';
import { TiandituKeyDialog } from './TiandituKeyDialog';

/** The basemap choice: offline by default, online services only when the planner picks one. */
export function BasemapPanel() {
  const t = useT();
  const { store } = useApp();
  const basemap = useAppState((s) => s.basemap);
  const offline = useAppState((s) => s.offlineBasemap);
  const hasKey = useAppState((s) => s.hasTiandituKey);

  const openFile = async (file: File) => {
    const s = store.getState();
    try {
      // The PMTiles reader loads with the first file opened, not with the page.
      const { openPmtilesFile } = await import('../../io/pmtilesFile');
      const opened = await openPmtilesFile(file);
      s.setOfflineBasemap(opened);
      s.chooseBasemap('offline');
      s.pushNotice('info', t('basemap.fileOpened', { name: file.name }));
    } catch (e) {
      const code = e instanceof Error && e.message === 'not-vector' ? 'not-vector' : 'not-pmtiles';
      s.pushNotice('error', t(`basemap.fileBad.${code}`, { name: file.name }));
    }
  };

  return (
    <fieldset className="layer-category basemap-panel" data-testid="basemap-panel">
      <legend>{t('basemap.title')}</legend>
      {BASEMAP_IDS.map((id) => (
        <label key={id} className="check basemap-choice">
          <input
            type="radio"
            name="basemap"
            value={id}
            checked={basemap === id}
            data-testid={`basemap-${id}`}
            onChange={() => store.getState().chooseBasemap(id)}
          />
          <span>
            {t(`basemap.${id}`)}
            {isOnline(id) && <small className="basemap-note">（{t('basemap.online')}）</small>}
          </span>
        </label>
      ))}
      <p className="quality-note" data-testid="basemap-offline-file">
        {offline ? t('basemap.offlineFile', { name: offline.label }) : t('basemap.offlineNone')}
      </p>
      <div className="button-row">
        <FileButton
          accept=".pmtiles"
          testId="basemap-open-file"
          inputTestId="basemap-file-input"
          onFile={(file) => void openFile(file)}
        >
          {t('basemap.openFile')}
        </FileButton>
        <button
          type="button"
          data-testid="basemap-key-open"
          onClick={() => store.getState().setBasemapSettingsOpen(true)}
        >
          {t('basemap.settings')}
        </button>
      </div>
      <p className="quality-note" data-testid="basemap-key-status">
        {hasKey ? t('basemap.keySaved') : t('basemap.keyNone')}
      </p>
      <TiandituKeyDialog />
    </fieldset>
  );
}
