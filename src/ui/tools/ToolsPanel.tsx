import { DrawSection } from './DrawSection';
import { MeasureSection } from './MeasureSection';
import { WithinSection } from './WithinSection';
import { ImportSection } from './ImportSection';
import { ImportedLayersList } from './ImportedLayersList';
import { useT } from '../context';

/** The planners' tools tab: measure, draw and annotate, what lies within. */
export function ToolsPanel() {
  const t = useT();
  return (
    <section className="tools-panel" data-testid="tools-panel" aria-label={t('tab.tools')}>
      <MeasureSection />
      <DrawSection />
      <WithinSection />
      <ImportSection />
      <ImportedLayersList />
    </section>
  );
}
