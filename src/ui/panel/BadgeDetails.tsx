import { badgeCounty, badgeProjects, BADGE_SOURCE } from '../../analysis/countyBadges';
import { useT } from '../context';
import { useProjectResult } from '../useProjects';
import { FeatureLink } from './Related';

/** A district/county badge expanded: its county-level projects as a list that navigates. */
export function BadgeDetails({ id }: { id: string }) {
  const t = useT();
  const { list } = useProjectResult();
  const county = badgeCounty(id);
  if (!county) return null;
  const projects = badgeProjects(list, county);
  return (
    <>
      <p className="hint">{t('badge.note')}</p>
      {projects.length === 0 ? (
        <p className="empty">{t('badge.empty')}</p>
      ) : (
        <ul className="related" data-testid="badge-projects">
          {projects.map((p) => (
            <li key={p.properties.id}>
              <FeatureLink source="projects" feature={p} />
              <small>
                {' '}
                · {t(`type.${p.properties.type}`)} · {t(`status.${p.properties.status}`)}
              </small>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export const isBadge = (source: string) => source === BADGE_SOURCE;
