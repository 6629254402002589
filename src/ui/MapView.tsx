import { useEffect, useRef, useState } from 'react';
import type { MapFault } from '../map/mapController';
import { useApp, useAppState, useT } from './context';

/** After this long without a first complete render the user is told (the map keeps trying). */
export const MAP_SLOW_MS = 30_000;

const MESSAGES: Record<MapFault | 'library' | 'slow', string> = {
  worker: 'error.mapWorker',
  webgl: 'error.webgl',
  library: 'error.mapLibrary',
  slow: 'error.mapSlow',
};

/**
 * Hosts the map; the adapter in src/map owns everything inside the element. The adapter (and the
 * map library with it) is loaded on its own, so a map that cannot start leaves the panels working
 * and says why instead of staying blank.
 */
export function MapView() {
  const { store, dataPromise } = useApp();
  const ref = useRef<HTMLDivElement>(null);
  const t = useT();
  const ready = useAppState((s) => s.mapReady);
  const [fault, setFault] = useState<keyof typeof MESSAGES | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let cancelled = false;
    let unmount: (() => void) | undefined;
    performance.mark('lz:map-view');
    const slow = setTimeout(() => setFault((f) => f ?? 'slow'), MAP_SLOW_MS);
    import('../map/mapController').then(
      ({ mountMap }) => {
        if (cancelled) return;
        try {
          unmount = mountMap(el, store, dataPromise, { onFault: (f) => setFault(f) });
        } catch {
          // MapLibre throws at construction when no WebGL context can be created.
          setFault('webgl');
        }
      },
      () => !cancelled && setFault('library'),
    );
    return () => {
      cancelled = true;
      clearTimeout(slow);
      unmount?.();
    };
  }, [store, dataPromise]);
  const shown = fault === 'slow' && ready ? null : fault;
  const reviewNumber = useAppState((s) => s.reviewNumber);
  return (
    <>
      <div ref={ref} className="map" data-testid="map" role="region" aria-label={t('map.label')} />
      {reviewNumber && (
        <div className="review-number" data-testid="review-number">
          {t('basemap.reviewNumber', { value: reviewNumber })}
        </div>
      )}
      {shown && (
        <div className="map-message" role="alert" data-testid="map-error" data-fault={shown}>
          <p>{t(MESSAGES[shown])}</p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('notice.action.reload')}
          </button>
        </div>
      )}
    </>
  );
}
