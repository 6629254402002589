import type { AppData, PlanItemFeature } from '../../domain/data';
import { findById } from '../../domain/lookup';
import { useData, useT } from '../context';
import { FactList } from './Evidence';
import { Field } from './Field';
import { Sources } from './ProjectDetails';
import { QualityBadge } from './QualityBadge';
import { fmt } from '../../i18n/amounts';
import { FeatureLink, ProjectsInside } from './Related';

export function ItemDetails({ feature }: { feature: PlanItemFeature }) {
  const t = useT();
  const data = useData();
  const p = feature.properties;
  return (
    <>
      <p className="chips">
        <span className="chip">{p.kind}</span>
      </p>
      <QualityBadge quality={p.location_quality} basis={p.location_basis} basisEn={p.location_basis_en} />
      <dl className="fields">
        <Field label={t('panel.statusText')} value={p.status_text} verbatim />
        <Field label={t('panel.counties')} value={p.counties.join('、')} />
      </dl>
      {p.numbers.length > 0 && (
        <>
          <h3>{t('panel.numbers')}</h3>
          <dl className="fields">
            {p.numbers.map((n, i) => (
              <Field key={i} label={n.label} value={`${fmt(n.value)} ${n.unit}`} />
            ))}
          </dl>
        </>
      )}
      <h3>{t('panel.facts')}</h3>
      {p.facts.length === 0 ? (
        <p className="not-stated">{t('panel.notStated')}</p>
      ) : (
        <FactList facts={p.facts} />
      )}
      {p.project_ids && p.project_ids.length > 0 && <RelatedProjects ids={p.project_ids} data={data} />}
      <ProjectsInside area={feature} />
      <Sources citation={p.citation} mentions={p.mentions} ocr={p.ocr_corrections} />
    </>
  );
}

function RelatedProjects({ ids, data }: { ids: string[]; data: AppData }) {
  const t = useT();
  return (
    <>
      <h3>{t('panel.related')}</h3>
      <ul className="related">
        {ids.map((id) => {
          const f = findById(data, id);
          if (!f) return null;
          return (
            <li key={id}>
              <FeatureLink source={f.source} feature={f.feature} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
