import { useLayoutEffect, type RefObject } from 'react';
import { NO_INSETS } from '../../state/uiSlice';
import { useApp } from '../context';

/**
 * Measures how much of the map the slide's text box and controls cover and reports it, so each
 * step frames its subject in the part of the screen that stays visible.
 */
export function useSlideInsets(
  frame: RefObject<HTMLElement | null>,
  box: RefObject<HTMLElement | null>,
  controls: RefObject<HTMLElement | null>,
  key: string,
): void {
  const { store } = useApp();
  useLayoutEffect(() => {
    const measure = () => {
      const f = frame.current?.getBoundingClientRect();
      const b = box.current?.getBoundingClientRect();
      const c = controls.current?.getBoundingClientRect();
      if (!f || !b) {
        store.getState().setMapInsets(NO_INSETS);
        return;
      }
      // The map's own zoom buttons sit in the top-right corner.
      const nav = frame.current?.parentElement
        ?.querySelector('.maplibregl-ctrl-top-right')
        ?.getBoundingClientRect();
      store.getState().setMapInsets({
        top: 0,
        left: Math.max(0, Math.round(b.right - f.left)),
        bottom: c ? Math.max(0, Math.round(f.bottom - c.top)) : 0,
        right: nav && nav.width ? Math.max(0, Math.round(f.right - nav.left)) : 0,
      });
    };
    measure();
    const ro = new ResizeObserver(measure);
    for (const el of [frame.current, box.current, controls.current]) if (el) ro.observe(el);
    return () => ro.disconnect();
  }, [frame, box, controls, key, store]);
}
