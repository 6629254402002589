import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/app.css';
import { loadData } from './io/loadData';
import { startUrlSync } from './io/urlSync';
import { startStoryStorage } from './io/storyStorage';
import { startDrawingStorage } from './io/drawings';
import { startImportedStorage } from './io/importedLayers';
import { openDb } from './io/db';
import { t } from './i18n/strings';
import { createAppStore } from './state/store';
import { App } from './ui/App';
import { AppContext } from './ui/context';

const root = document.getElementById('root')!;
const store = createAppStore();
// Data and the map's style/worker start loading in parallel; the adapter adds sources on arrival.
const dataPromise = loadData();
startUrlSync(store, dataPromise);
startStoryStorage(store);
void startDrawingStorage(store);
void startImportedStorage(store, openDb(), (n) =>
  store.getState().pushNotice('error', t(store.getState().lang, n < 0 ? 'drawings.loadFailed' : 'import.storedUnreadable', { n })),
);

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
