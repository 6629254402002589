import { useEffect } from 'react';
import { Header } from './Header';
import { Legend } from './Legend';
import { MapView } from './MapView';
import { Notices } from './Notices';
import { useAppState } from './context';

export function App() {
  const lang = useAppState((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return (
    <div className="app">
      <Header />
      <main className="app-main">
        <MapView />
        <aside className="side">
          <Legend />
        </aside>
        <Notices />
      </main>
    </div>
  );
}
