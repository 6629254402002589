import { countyLevelIn, type CountyLevelItem } from '../../analysis/countyLevel';
import { useData, useT } from '../context';
import { CountyLevelList } from './CountyLevelList';

/**
 * In a county profile: the plan items of every layer that the plan places only by this
 * district/county, one short list per layer so a planner finds a port or a road among the works.
 */
export function CountyLevelItems({ county }: { county: string }) {
  const t = useT();
  const data = useData();
  const items = countyLevelIn(data, county);
  const bySource = new Map<string, CountyLevelItem[]>();
  for (const i of items) bySource.set(i.source, [...(bySource.get(i.source) ?? []), i]);
  return (
    <>
      <h3>{t('countyLevel.title')}</h3>
      <p className="hint">{t('countyLevel.note')}</p>
      <div data-testid="county-level-items" data-count={items.length}>
        {items.length === 0 && <p className="empty">{t('countyLevel.none')}</p>}
        {[...bySource].map(([source, list]) => (
          <section key={source} data-source={source}>
            <h4>
              {t(`layer.${source}`)}（{list.length}）
            </h4>
            <CountyLevelList items={list} testId={`county-level-${source}`} showLayer={false} />
          </section>
        ))}
      </div>
    </>
  );
}
