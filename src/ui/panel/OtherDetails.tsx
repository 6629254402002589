import { findById } from '../../domain/lookup';
import { useAppState, useData, useT } from '../context';
import { CitationView } from './CitationView';
import { ItemDetails } from './ItemDetails';
import { fmt } from './format';
import { FeatureLink } from './Related';

/**
 * A record of another document: the plan-item view (its basis in the interface language), marked as
 * document evidence apart from the plan, with the document's own targets and the plan items it
 * relates to.
 */
export function OtherDetails({ id }: { id: string }) {
  const t = useT();
  const data = useData();
  const lang = useAppState((s) => s.lang);
  const feature = data.others.features.find((f) => f.properties.id === id);
  if (!feature) return null;
  const p = feature.properties;
  const shown = {
    ...feature,
    properties: { ...p, location_basis: lang === 'en' ? p.location_basis_en : p.location_basis },
  };
  const targets = data.otherTargets.filter((x) => x.item_id === id);
  const related = (p.related_ids ?? []).map((r) => findById(data, r)).filter((f) => f !== null);
  return (
    <div data-testid="other-details">
      <p className="other-origin" data-testid="other-origin">
        {t('others.origin')}
      </p>
      <ItemDetails feature={shown} />
      {targets.length > 0 && (
        <>
          <h3>{t('others.targets')}</h3>
          <dl className="facts" data-testid="other-targets">
            {targets.map((x) => (
              <div key={x.id} className="fact">
                <dt>{lang === 'en' ? x.indicator_en : x.indicator}</dt>
                <dd lang="zh-CN" className="verbatim">
                  {x.value === null
                    ? x.text
                    : t('others.targetLine', { year: x.year, value: fmt(x.value), unit: x.unit ?? '' })}
                  <CitationView c={x.citation} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {related.length > 0 && (
        <>
          <h3>{t('others.related')}</h3>
          <ul className="related">
            {related.map((f) => (
              <li key={f.feature.properties.id}>
                <FeatureLink source={f.source} feature={f.feature} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
