import { countyLevelIn } from '../../analysis/countyLevel';
import { useData, useT } from '../context';
import { CountyLevelList } from './CountyLevelList';

/** In a county profile: the plan items of every layer that the plan places only by this district/county. */
export function CountyLevelItems({ county }: { county: string }) {
  const t = useT();
  const data = useData();
  return (
    <>
      <h3>{t('countyLevel.title')}</h3>
      <p className="hint">{t('countyLevel.note')}</p>
      <CountyLevelList items={countyLevelIn(data, county)} testId="county-level-items" />
    </>
  );
}
