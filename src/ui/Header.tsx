import { useApp, useAppState, useT } from './context';

export function Header({
  sidebarOpen,
  onToggleSidebar,
}: {
  sidebarOpen: boolean;
  onToggleSidebar: () => void;
}) {
  const { store } = useApp();
  const lang = useAppState((s) => s.lang);
  const t = useT();
  return (
    <header className="app-header">
      <button
        type="button"
        className="sidebar-toggle"
        data-testid="sidebar-toggle"
        aria-expanded={sidebarOpen}
        aria-label={t('app.toggleSidebar')}
        onClick={onToggleSidebar}
      >
        ☰
      </button>
      <div className="titles">
        <h1 data-testid="app-title">{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      <div className="header-actions">
        <button
          type="button"
          className="lang-toggle"
          data-testid="lang-toggle"
          aria-label={t('app.lang.label')}
          lang={lang === 'zh' ? 'en' : 'zh'}
          onClick={() => store.getState().setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {t('app.lang.toggle')}
        </button>
      </div>
    </header>
  );
}
