import { Suspense, useEffect } from 'react';
import { Header } from './Header';
import { Legend } from './Legend';
import { MapView } from './MapView';
import { Notices } from './Notices';
import { FeaturePanel } from './panel/FeaturePanel';
import { useAppState, useT } from './context';

export function App() {
  const lang = useAppState((s) => s.lang);
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return (
    <div className="app">
      <Header />
      <main className="app-main">
        <MapView />
        <aside className="side">
          <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
            <FeaturePanel />
          </Suspense>
          <Legend />
        </aside>
        <Notices />
      </main>
    </div>
  );
}
