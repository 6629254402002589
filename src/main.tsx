import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/app.css';
import { loadDataReport } from './io/loadData';
import { dataProblemsText } from './io/dataNotice';
import { startUrlSync } from './io/urlSync';
import { startStoryStorage } from './io/storyStorage';
import { watchResourceFailures } from './io/resourceFailures';
import { startDeployConfig } from './io/deployConfig';
import { startBasemapSettings } from './io/settings';
import { startDrawingStorage } from './io/drawings';
import { startImportedStorage } from './io/importedLayers';
import { openDb } from './io/db';
import { t } from './i18n/strings';
import { startRecordLog } from './io/recordStore';
import { createAppStore } from './state/store';
import { App } from './ui/App';
import { AppContext } from './ui/context';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { MAP_FIRST_CAP_MS, startMap } from './ui/mapStart';

// Start-up milestones (lz:*) are read by the bench to say where the load time goes.
performance.mark('lz:app-start');

const root = document.getElementById('root')!;
const store = createAppStore();
// Data and the map's style/worker start loading in parallel; the adapter adds sources on arrival.
// A broken data file never rejects this promise: it is replaced by an empty one and reported.
const report = loadDataReport();
const dataPromise = report.then((r) => r.data);
startUrlSync(store, dataPromise);
// The page shell's map element, laid out at its final size before any script ran; labelled in the
// language the link asked for (applied just above).
const mapElement = root.querySelector<HTMLElement>('.map')!;
mapElement.setAttribute('aria-label', t(store.getState().lang, 'map.label'));
const mapStarted = startMap(mapElement, store, dataPromise);
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
void startRecordLog(store);
void report.then(({ problems }) => {
  if (!problems.length) return;
  const lang = store.getState().lang;
  store.getState().pushNotice('error', dataProblemsText(lang, problems), { key: 'data', action: 'reload' });
});
watchResourceFailures(store);
// A style sheet of a lazily loaded part that fails must not stop that part (it works unstyled);
// the failure itself is reported by watchResourceFailures.
window.addEventListener('vite:preloadError', (e) => {
  const err = (e as Event & { payload?: unknown }).payload;
  if (err instanceof Error && /css/i.test(err.message)) e.preventDefault();
});

// The panels render once the map is built (or failed), so building it is not queued behind their
// first render; on a slow network they wait no longer than the cap.
void Promise.race([mapStarted, new Promise((wait) => setTimeout(wait, MAP_FIRST_CAP_MS))]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <AppContext.Provider value={{ store, dataPromise, mapElement }}>
        <ErrorBoundary scope="app">
          <App />
        </ErrorBoundary>
      </AppContext.Provider>
    </StrictMode>,
  ),
);
// The start-up check in boot.js stops waiting once the app runs.
document.documentElement.dataset.appStarted = 'true';
