import { countyLevelWorksCount, worksWithoutCounty } from '../../analysis/countyWorks';
import { useData, useT } from '../context';
import { WorksList } from '../panel/WorksList';

/** The works layer's note: how many items are known only by county, where they are listed. */
export function WorksNote() {
  const t = useT();
  const data = useData();
  const orphans = worksWithoutCounty(data);
  return (
    <details className="quality-note works-note" data-testid="works-note">
      <summary>{t('works.layerNote', { n: countyLevelWorksCount(data), m: orphans.length })}</summary>
      <p>{t('works.noCounty')}</p>
      <WorksList items={orphans} testId="works-no-county" />
    </details>
  );
}
