import { findById } from '../../domain/lookup';
import { useAppState, useData, useT } from '../context';
import { CitationView } from './CitationView';
import { FactList, MentionList } from './Evidence';
import { Field } from './Field';
import { QualityBadge } from './QualityBadge';
import { fmt } from '../../i18n/amounts';
import { FeatureLink } from './Related';

/**
 * A record of another document, marked as document evidence apart from the plan: how it was
 * located (in the interface language), the document's own words and targets, the plan items it
 * relates to and where it is cited.
 */
export function OtherDetails({ id }: { id: string }) {
  const t = useT();
  const data = useData();
  const lang = useAppState((s) => s.lang);
  const feature = data.others.features.find((f) => f.properties.id === id);
  if (!feature) return null;
  const p = feature.properties;
  const targets = data.otherTargets.filter((x) => x.item_id === id);
  const related = (p.related_ids ?? []).map((r) => findById(data, r)).filter((f) => f !== null);
  return (
    <div data-testid="other-details">
      <p className="other-origin" data-testid="other-origin">
        {t('others.origin')}
      </p>
      <p className="chips">
        <span className="chip">{p.kind}</span>
      </p>
      <QualityBadge
        quality={p.location_quality}
        basis={lang === 'en' ? p.location_basis_en : p.location_basis}
      />
      {p.counties.length > 0 && (
        <dl className="fields">
          <Field label={t('panel.counties')} value={p.counties.join('、')} />
        </dl>
      )}
      {p.facts.length > 0 && (
        <>
          <h3>{t('others.facts')}</h3>
          <FactList facts={p.facts} />
        </>
      )}
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
      <h3>{t('panel.citation')}</h3>
      <CitationView c={p.citation} />
      {p.mentions.length > 0 && (
        <>
          <h3>
            {t('others.mentions')}（{p.mentions.length}）
          </h3>
          <MentionList mentions={p.mentions} />
        </>
      )}
    </div>
  );
}
