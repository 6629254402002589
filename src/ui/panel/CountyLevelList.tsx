import type { CountyLevelItem } from '../../analysis/countyLevel';
import { useApp, useT } from '../context';
import { CitationView } from './CitationView';

/**
 * Plan items without a drawn position: name (opens the item's panel), layer, kind and citation.
 * The camera stays put: there is no site to move to.
 */
export function CountyLevelList({
  items,
  testId,
  showLayer = true,
}: {
  items: CountyLevelItem[];
  testId: string;
  /** Off where a heading already names the layer. */
  showLayer?: boolean;
}) {
  const { store } = useApp();
  const t = useT();
  if (items.length === 0) return <p className="empty">{t('countyLevel.none')}</p>;
  return (
    <ul className="related works-list" data-testid={testId}>
      {items.map(({ source, feature: f }) => (
        <li key={`${source}/${f.properties.id}`}>
          <button
            type="button"
            className="link"
            data-testid="county-level-link"
            data-source={source}
            data-id={f.properties.id}
            onClick={() => store.getState().select({ source, id: f.properties.id })}
          >
            {f.properties.name}
          </button>
          <small>
            {' '}
            {showLayer && `· ${t(`layer.${source}`)} `}· {f.properties.kind} · {t('scope.county')}
          </small>{' '}
          <CitationView c={f.properties.citation} />
        </li>
      ))}
    </ul>
  );
}
