import type { StoryStep } from '../../domain/story';
import { isOverlay } from '../../domain/layerGroups';
import { LAYER_GROUPS } from '../../layers';
import { gatheredLegendLabel } from '../../layers/planItems';
import { LegendSwatch } from '../LegendSwatch';
import { useT } from '../context';

/** The legend of exactly the layers the step shows, on the slide itself. */
export function SlideLegend({ step }: { step: StoryStep }) {
  const t = useT();
  const groups = LAYER_GROUPS.filter(
    (g) => !isOverlay(g.id) && step.layers.includes(g.id) && g.legend.length,
  );
  // Entries shared by several layers (a boundary, a river) are listed once; those that read alike
  // but differ by layer (approximate locations, in each layer's colour) name their layer.
  const seen = new Set<string>();
  const entries = groups.flatMap((g) =>
    g.legend
      .map((e) => ({ group: g.id, text: gatheredLegendLabel(e, t), symbol: e.symbol }))
      .filter((e) => !seen.has(e.text) && seen.add(e.text)),
  );
  if (!entries.length) return null;
  return (
    <section className="slide-legend" aria-label={t('legend.title')} data-testid="slide-legend">
      <h3>{t('legend.title')}</h3>
      <ul>
        {entries.map((e) => (
          <li key={e.text} data-group={e.group}>
            <LegendSwatch symbol={e.symbol} />
            <span>{e.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
