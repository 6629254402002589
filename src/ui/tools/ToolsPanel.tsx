import { lazy, Suspense } from 'react';
import { DrawSection } from './DrawSection';
import { MeasureSection } from './MeasureSection';
import { ImportSection } from './ImportSection';
import { ImportedLayersList } from './ImportedLayersList';
import { useT } from '../context';
import { ErrorBoundary } from '../ErrorBoundary';

// "What lies within" brings the buffer code (≈ 270 KB), loaded when the tab first opens.
const WithinSection = lazy(() => import('./WithinSection').then((m) => ({ default: m.WithinSection })));

/** The planners' tools tab: measure, draw and annotate, what lies within. */
export function ToolsPanel() {
  const t = useT();
  return (
    <section className="tools-panel" data-testid="tools-panel" aria-label={t('tab.tools')}>
      <MeasureSection />
      <DrawSection />
      {/* If its file cannot be fetched (offline after an update), only this section says so. */}
      <ErrorBoundary scope="panel">
        <Suspense fallback={null}>
          <WithinSection />
        </Suspense>
      </ErrorBoundary>
      <ImportSection />
      <ImportedLayersList />
    </section>
  );
}
