import { useApp, useAppState, useT } from './context';

export function Header() {
  const { store } = useApp();
  const lang = useAppState((s) => s.lang);
  const t = useT();
  return (
    <header className="app-header">
      <div className="titles">
        <h1 data-testid="app-title">{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
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
    </header>
  );
}
