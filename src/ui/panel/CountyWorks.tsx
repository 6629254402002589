import { countyLevelWorks } from '../../analysis/countyWorks';
import { useData, useT } from '../context';
import { WorksList } from './WorksList';

/** In a county profile: the county-plan items the plan places only by this district/county. */
export function CountyWorks({ county }: { county: string }) {
  const t = useT();
  const data = useData();
  return (
    <>
      <h3>{t('works.countyTitle')}</h3>
      <p className="hint">{t('works.countyNote')}</p>
      <WorksList items={countyLevelWorks(data, county)} testId="county-works" />
    </>
  );
}
