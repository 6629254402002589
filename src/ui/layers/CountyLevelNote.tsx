import {
  countyLevelCount,
  countyLevelWithoutCounty,
  type CountyLevelSource,
} from '../../analysis/countyLevel';
import { useData, useT } from '../context';
import { CountyLevelList } from '../panel/CountyLevelList';

/** A layer's note: how many of its items are known only by county and where they are listed. */
export function CountyLevelNote({ source }: { source: CountyLevelSource }) {
  const t = useT();
  const data = useData();
  const n = countyLevelCount(data, source);
  if (n === 0) return null;
  const orphans = countyLevelWithoutCounty(data, source);
  return (
    <details className="quality-note works-note" data-testid={`county-level-note-${source}`}>
      <summary>{t('countyLevel.layerNote', { n })}</summary>
      {orphans.length > 0 && (
        <>
          <p>{t('countyLevel.noCounty', { m: orphans.length })}</p>
          <CountyLevelList items={orphans} testId={`county-level-orphans-${source}`} />
        </>
      )}
    </details>
  );
}
