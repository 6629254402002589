import type { StoryStep } from '../../domain/story';
import { isOverlay } from '../../domain/layerGroups';
import { LAYER_GROUPS } from '../../layers';
import { LegendSwatch } from '../LegendSwatch';
import { useT } from '../context';

/** The legend of exactly the layers the step shows, on the slide itself. */
export function SlideLegend({ step }: { step: StoryStep }) {
  const t = useT();
  const groups = LAYER_GROUPS.filter(
    (g) => !isOverlay(g.id) && step.layers.includes(g.id) && g.legend.length,
  );
  const seen = new Set<string>();
  const entries = groups.flatMap((g) =>
    g.legend.filter((e) => !seen.has(e.label) && seen.add(e.label)).map((e) => ({ group: g.id, ...e })),
  );
  if (!entries.length) return null;
  return (
    <section className="slide-legend" aria-label={t('legend.title')} data-testid="slide-legend">
      <h3>{t('legend.title')}</h3>
      <ul>
        {entries.map((e) => (
          <li key={e.label} data-group={e.group}>
            <LegendSwatch symbol={e.symbol} />
            <span>{t(e.label)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
