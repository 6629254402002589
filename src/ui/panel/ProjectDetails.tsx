import type { ProjectFeature } from '../../domain/data';
import { fmt, formatYi } from '../../i18n/amounts';
import { useAppState, useT } from '../context';
import { CitationView } from './CitationView';
import { MentionList } from './Evidence';
import { Field } from './Field';
import { QualityBadge } from './QualityBadge';
import { muToKm2 } from './format';
import { ProjectRelations } from './Related';

export function ProjectDetails({ feature }: { feature: ProjectFeature }) {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const p = feature.properties;
  const table = p.table === '柳东新区' ? '柳东新区' : p.table;
  return (
    <>
      <p className="chips">
        <span className="chip" data-type={p.type}>
          {t(`type.${p.type}`)}
        </span>
        <span className="chip chip-status" data-testid="project-status">
          {t(`status.${p.status}`)}
        </span>
      </p>
      <QualityBadge quality={p.location_quality} basis={p.location_basis} basisEn={p.location_basis_en} />
      <dl className="fields">
        <Field label={t('panel.table')} value={`“十四五”${table}重点物流项目表 · 序号 ${p.seq}`} />
        <Field label={t('panel.adminCounty')} value={p.admin_county} />
        <Field label={t('panel.type')} value={p.type} verbatim />
        <Field
          label={p.table === '鹿寨县' ? t('panel.statusLuzhai') : t('panel.status')}
          value={p.status}
          verbatim
        />
        <Field
          label={t('panel.area')}
          value={
            p.area_mu === null
              ? null
              : `${fmt(p.area_mu)} ${t('unit.mu')}（≈ ${fmt(muToKm2(p.area_mu))} ${t('unit.km2')}）`
          }
        />
        <Field
          label={t('panel.floorArea')}
          value={p.floor_area_m2 === null ? null : `${fmt(p.floor_area_m2)} ${t('unit.m2')}`}
        />
        <Field
          label={t('panel.investment')}
          value={p.investment_yi === null ? null : formatYi(p.investment_yi, lang)}
        />
        <Field label={t('panel.scale')} value={p.scale_text} verbatim />
        <Field label={t('panel.summary')} value={p.summary} verbatim />
        <Field label={t('panel.locationText')} value={p.location_text} verbatim />
      </dl>
      <ProjectRelations project={feature} />
      <Sources citation={p.citation} mentions={p.mentions} ocr={p.ocr_corrections} />
    </>
  );
}

export function Sources({
  citation,
  mentions,
  ocr,
}: {
  citation: ProjectFeature['properties']['citation'];
  mentions: ProjectFeature['properties']['mentions'];
  ocr?: string[] | undefined;
}) {
  const t = useT();
  return (
    <>
      <h3>{t('panel.citation')}</h3>
      <CitationView c={citation} />
      {ocr && ocr.length > 0 && <p className="ocr">{t('panel.ocr', { list: ocr.join(t('list.sep')) })}</p>}
      {mentions.length > 0 && (
        <>
          <h3>
            {t('panel.mentions')}（{mentions.length}）
          </h3>
          <MentionList mentions={mentions} />
        </>
      )}
    </>
  );
}
