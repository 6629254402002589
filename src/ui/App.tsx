import { Suspense, useEffect, useState } from 'react';
import { Header } from './Header';
import { MapView } from './MapView';
import { MapChooser } from './MapChooser';
import { Notices } from './Notices';
import { Sidebar } from './Sidebar';
import { FeaturePanel } from './panel/FeaturePanel';
import { PresentationView } from './present/PresentationView';
import { TimeControl } from './monitor/TimeControl';
import { CompareView } from './monitor/CompareView';
import { useAppState, useT } from './context';
import { MeasureReadout } from './tools/MeasureSection';

export function App() {
  const lang = useAppState((s) => s.lang);
  const t = useT();
  const [sidebarOpen, setSidebarOpen] = useState(true);
  const presenting = useAppState((s) => s.presentation !== null);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [lang, t]);
  return (
    <div className={`app${sidebarOpen ? '' : ' sidebar-closed'}${presenting ? ' presenting' : ''}`}>
      {!presenting && <Header sidebarOpen={sidebarOpen} onToggleSidebar={() => setSidebarOpen((o) => !o)} />}
      <main className="app-main">
        {sidebarOpen && !presenting && <Sidebar />}
        <div className="map-wrap">
          <MapView />
          <MeasureReadout />
          <Suspense fallback={null}>
            <FeaturePanel />
            <PresentationView />
            <CompareView />
            <TimeControl />
            <MapChooser />
          </Suspense>
          <Notices />
        </div>
      </main>
    </div>
  );
}
