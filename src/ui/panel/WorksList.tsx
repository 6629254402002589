import type { PlanItemFeature } from '../../domain/data';
import { useApp, useT } from '../context';
import { CitationView } from './CitationView';

/**
 * County-plan items without a drawn position: name (opens the item's panel), kind and citation.
 * The camera stays put: there is no site to move to.
 */
export function WorksList({ items, testId }: { items: PlanItemFeature[]; testId: string }) {
  const { store } = useApp();
  const t = useT();
  if (items.length === 0) return <p className="empty">{t('works.none')}</p>;
  return (
    <ul className="related works-list" data-testid={testId}>
      {items.map((f) => (
        <li key={f.properties.id}>
          <button
            type="button"
            className="link"
            data-testid="works-link"
            data-id={f.properties.id}
            onClick={() => store.getState().select({ source: 'works', id: f.properties.id })}
          >
            {f.properties.name}
          </button>
          <small> · {f.properties.kind}</small> <CitationView c={f.properties.citation} />
        </li>
      ))}
    </ul>
  );
}
