import { sortProjects } from '../../analysis/filterProjects';
import { PROJECT_TYPE_COLORS } from '../../layers/palette';
import { useT } from '../context';
import { fmt } from '../../i18n/amounts';
import { useProjectResult } from '../useProjects';

/** A project-table step lists its projects beside the map: name, type, status and land area. */
export function SlideProjects() {
  const t = useT();
  const { list } = useProjectResult();
  const sorted = sortProjects(list, { key: 'table', dir: 'asc' });
  return (
    <table className="slide-projects" data-testid="slide-projects">
      <thead>
        <tr>
          <th scope="col">{t('present.col.name')}</th>
          <th scope="col">{t('present.col.type')}</th>
          <th scope="col">{t('present.col.status')}</th>
          <th scope="col" className="num">
            {t('present.col.area')}
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((p) => {
          const q = p.properties;
          return (
            <tr key={q.id} data-id={q.id}>
              <th scope="row" lang="zh-CN">
                <span
                  className="swatch"
                  style={{ background: PROJECT_TYPE_COLORS[q.type] }}
                  aria-hidden="true"
                />
                {q.name}
              </th>
              <td>{t(`type.${q.type}`)}</td>
              <td>{t(`status.${q.status}`)}</td>
              <td className="num">{q.area_mu === null ? t('present.areaNone') : fmt(q.area_mu)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
