import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { nearest, projectsInArea } from '../../analysis/related';
import { isCountyLevel, sited } from '../../analysis/countyLevel';
import { featureBounds } from '../../analysis/resultBounds';
import type { PlanItemFeature, PlanSource, ProjectFeature } from '../../domain/data';
import { useApp, useData, useT } from '../context';
import { fmt } from '../../i18n/amounts';

/** A button that selects another feature: links between related items navigate. */
export function FeatureLink({
  source,
  feature,
}: {
  source: PlanSource;
  feature: PlanItemFeature | ProjectFeature;
}) {
  const { store } = useApp();
  const id = feature.properties.id;
  return (
    <button
      type="button"
      className="link"
      data-testid="related-link"
      data-id={id}
      onClick={() => {
        // Following a link moves the map to what it names.
        store.getState().select({ source, id });
        store.getState().requestCamera({ bounds: featureBounds(feature) }, 'app');
      }}
    >
      {feature.properties.name}
    </button>
  );
}

export function ProjectRelations({ project }: { project: ProjectFeature }) {
  const t = useT();
  const data = useData();
  const id = project.properties.id;
  const sites = data.themes.railport.features;
  const own = sites.find((s) => s.properties.project_ids?.includes(id));
  // Sites known only by their county have no position to measure from, nor has such a project.
  const measured = !isCountyLevel(project);
  const site = measured
    ? nearest(
        project,
        sited(sites).filter((s) => s !== own),
      )
    : null;
  const ports = sited(data.themes.water.features).filter((f) => f.properties.kind === '作业区');
  const port = measured ? nearest(project, ports) : null;
  return (
    <>
      <h3>{t('panel.nearestRailport')}</h3>
      {own && (
        <p data-testid="own-railport">
          {t('panel.isRailport', { kind: own.properties.kind })}{' '}
          <FeatureLink source="railport" feature={own} />
        </p>
      )}
      {site && (
        <p data-testid="nearest-railport">
          <FeatureLink source="railport" feature={site.feature} />（{site.feature.properties.kind}）·{' '}
          {t('panel.distance', { km: fmt(Math.round(site.km * 10) / 10) })}
        </p>
      )}
      {!measured && (
        <p className="hint" data-testid="no-distance">
          {t('panel.noDistance')}
        </p>
      )}
      {measured && <h3>{t('panel.nearestPort')}</h3>}
      {port && (
        <p data-testid="nearest-port">
          <FeatureLink source="water" feature={port.feature} /> ·{' '}
          {t('panel.distance', { km: fmt(Math.round(port.km * 10) / 10) })}
        </p>
      )}
    </>
  );
}

export function ProjectsInside({ area }: { area: PlanItemFeature }) {
  const t = useT();
  const data = useData();
  if (area.geometry.type !== 'Polygon' && area.geometry.type !== 'MultiPolygon') return null;
  const inside = projectsInArea(area as Feature<Polygon | MultiPolygon>, data.projects.features);
  return (
    <>
      <h3>{t('panel.projectsInside', { n: inside.length })}</h3>
      <ul className="related" data-testid="projects-inside">
        {inside.map((p) => (
          <li key={p.properties.id}>
            <FeatureLink source="projects" feature={p} />
          </li>
        ))}
      </ul>
    </>
  );
}
