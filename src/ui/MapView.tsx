import { useEffect, useRef } from 'react';
import { mountMap } from '../map/mapController';
import { useApp, useAppState, useT } from './context';

/** Hosts the map; the adapter in src/map owns everything inside the element. */
export function MapView() {
  const { store, dataPromise } = useApp();
  const ref = useRef<HTMLDivElement>(null);
  const t = useT();
  useEffect(() => {
    if (!ref.current) return;
    return mountMap(ref.current, store, dataPromise);
  }, [store, dataPromise]);
  const reviewNumber = useAppState((s) => s.reviewNumber);
  return (
    <>
      <div ref={ref} className="map" data-testid="map" role="region" aria-label={t('map.label')} />
      {reviewNumber && (
        <div className="review-number" data-testid="review-number">
          {t('basemap.reviewNumber', { value: reviewNumber })}
        </div>
      )}
    </>
  );
}
