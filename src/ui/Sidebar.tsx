import { Suspense, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { FiltersPanel } from './filters/FiltersPanel';
import { LayerPanel } from './layers/LayerPanel';
import { ResultsList } from './results/ResultsList';
import { StatsPanel } from './stats/StatsPanel';
import { StoryPanel } from './present/StoryPanel';
import { ExportPanel } from './export/ExportPanel';
import { ToolsPanel } from './tools/ToolsPanel';
import { EvaluationPanel } from './monitor/EvaluationPanel';
import { useData, useT } from './context';
import { useProjectResult } from './useProjects';

const TABS = ['filters', 'layers', 'stats', 'monitor', 'tools', 'present', 'export'] as const;
type Tab = (typeof TABS)[number];

/** Left sidebar: the result count is always visible; tabs for filters+results, layers and statistics. */
export function Sidebar() {
  const t = useT();
  const [tab, setTabState] = useState<Tab>('filters');
  // Each tab keeps its own scroll position.
  const panel = useRef<HTMLDivElement>(null);
  const scrolls = useRef<Partial<Record<Tab, number>>>({});
  const firstPanel = useRef(true);
  const setTab = (next: Tab) => {
    if (panel.current) scrolls.current[tab] = panel.current.scrollTop;
    setTabState(next);
  };
  useLayoutEffect(() => {
    const el = panel.current;
    if (!el) return;
    // The first panel opens at the top: there is nothing to restore, and reading the position here
    // would lay the page out once more during the first render, while the map is still loading.
    if (firstPanel.current) {
      firstPanel.current = false;
      return;
    }
    const want = scrolls.current[tab] ?? 0;
    el.scrollTop = want;
    if (el.scrollTop === want) return;
    // Lazy panels (and their data) render later: restore as soon as the content is tall enough,
    // and stop once done, when the user scrolls, or after two seconds.
    const retry = () => {
      el.scrollTop = want;
      if (Math.abs(el.scrollTop - want) < 1) stop();
    };
    const watch = new MutationObserver(retry);
    const stop = () => {
      watch.disconnect();
      clearTimeout(timer);
      el.removeEventListener('wheel', stop);
      el.removeEventListener('touchmove', stop);
    };
    const timer = setTimeout(stop, 2000);
    watch.observe(el, { childList: true, subtree: true });
    el.addEventListener('wheel', stop, { passive: true });
    el.addEventListener('touchmove', stop, { passive: true });
    return stop;
  }, [tab]);
  const onKey = (e: KeyboardEvent) => {
    // Arrow keys move between tabs (WAI-ARIA tabs pattern).
    const i = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : null;
    if (next) {
      setTab(next);
      document.getElementById(`tab-${next}`)?.focus();
    }
  };
  return (
    <nav className="sidebar" aria-label={t('app.sidebar')} data-testid="sidebar">
      <Suspense fallback={<p className="result-count">…</p>}>
        <ResultCount />
      </Suspense>
      <div role="tablist" aria-label={t('tab.label')} className="tabs" onKeyDown={onKey}>
        {TABS.map((id) => (
          <button
            key={id}
            id={`tab-${id}`}
            role="tab"
            type="button"
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            data-testid={`tab-${id}`}
            onClick={() => setTab(id)}
          >
            {t(`tab.${id}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className="tabpanel"
        ref={panel}
        data-testid="tabpanel"
      >
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          {tab === 'filters' && (
            <>
              <FiltersPanel />
              <ResultsList />
            </>
          )}
          {tab === 'layers' && <LayerPanel />}
          {tab === 'stats' && <StatsPanel />}
          {tab === 'monitor' && <EvaluationPanel />}
          {tab === 'present' && <StoryPanel />}
          {tab === 'export' && <ExportPanel />}
          {tab === 'tools' && <ToolsPanel />}
        </Suspense>
      </div>
    </nav>
  );
}

function ResultCount() {
  const t = useT();
  const total = useData().projects.features.length;
  const { list } = useProjectResult();
  return (
    <p className="result-count" data-testid="result-count" data-count={list.length} aria-live="polite">
      {list.length === total
        ? t('results.count', { n: total })
        : t('results.countOf', { n: list.length, total })}
    </p>
  );
}
