import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { MapFault } from '../state/viewSlice';
import { useApp, useAppState, useT } from './context';

/** After this long without a first complete render the user is told (the map keeps trying). */
export const MAP_SLOW_MS = 30_000;

const MESSAGES: Record<MapFault | 'slow', string> = {
  worker: 'error.mapWorker',
  webgl: 'error.webgl',
  library: 'error.mapLibrary',
  slow: 'error.mapSlow',
};

/**
 * Hosts the map. The map is built before the first render in the page shell's element (see
 * ui/mapStart); this takes that element into the rendered layout, and says why when the map
 * cannot draw. The adapter in src/map owns everything inside the element.
 */
export function MapView() {
  const { mapElement } = useApp();
  const host = useRef<HTMLDivElement>(null);
  const t = useT();
  const ready = useAppState((s) => s.mapReady);
  const fault = useAppState((s) => s.mapFault);
  const [slow, setSlow] = useState(false);
  // Before the browser lays out the committed page, so the map's size never changes in between.
  useLayoutEffect(() => {
    host.current?.append(mapElement);
    performance.mark('lz:map-view');
  }, [mapElement]);
  const label = t('map.label');
  // The map's region and its canvas are named in the interface language, and follow a switch.
  useEffect(() => {
    mapElement.setAttribute('aria-label', label);
    mapElement.querySelector('canvas')?.setAttribute('aria-label', label);
  }, [mapElement, label]);
  useEffect(() => {
    const id = setTimeout(() => setSlow(true), MAP_SLOW_MS);
    return () => clearTimeout(id);
  }, []);
  const shown = fault ?? (slow && !ready ? 'slow' : null);
  const reviewNumber = useAppState((s) => s.reviewNumber);
  return (
    <>
      <div ref={host} className="map-host" />
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
