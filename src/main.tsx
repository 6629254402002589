import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/app.css';
import { loadData } from './io/loadData';
import { startUrlSync } from './io/urlSync';
import { startStoryStorage } from './io/storyStorage';
import { startDeployConfig } from './io/deployConfig';
import { startBasemapSettings } from './io/settings';
import { startDrawingStorage } from './io/drawings';
import { startImportedStorage } from './io/importedLayers';
import { openDb } from './io/db';
import { t } from './i18n/strings';
import { startPresentEffect } from './present/presentEffect';
import { createAppStore } from './state/store';
import { App } from './ui/App';
import { AppContext } from './ui/context';

const root = document.getElementById('root')!;
const store = createAppStore();
// Data and the map's style/worker start loading in parallel; the adapter adds sources on arrival.
const dataPromise = loadData();
startUrlSync(store, dataPromise);
// A link that names a basemap wins over the one saved in this browser.
startBasemapSettings(store, new URLSearchParams(location.search).has('bm'));
void startDeployConfig(store);
startStoryStorage(store);
void startDrawingStorage(store);
void startImportedStorage(store, openDb(), (n) =>
  store
    .getState()
    .pushNotice(
      'error',
      t(store.getState().lang, n < 0 ? 'drawings.loadFailed' : 'import.storedUnreadable', { n }),
    ),
);
void dataPromise.then((data) => startPresentEffect(store, data));

createRoot(root).render(
  <StrictMode>
    <AppContext.Provider value={{ store, dataPromise }}>
      <App />
    </AppContext.Provider>
  </StrictMode>,
);

dataPromise.catch((err: unknown) => {
  // Plain text only: the message may contain file names.
  const msg = `数据加载失败 / Failed to load data: ${err instanceof Error ? err.message : String(err)}`;
  store.getState().pushNotice('error', msg);
});
