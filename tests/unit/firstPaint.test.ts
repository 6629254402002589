import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRAME_GAP_MS, paintWhenLoaded } from '../../src/map/firstPaint';

type MapLibreMap = Parameters<typeof paintWhenLoaded>[0];

/** A stand-in for the map: sources that load when told, and a painter that counts paints. */
function fakeMap(sources: Record<string, { type: string }>) {
  const loaded = new Set<string>();
  const painted: number[] = [];
  let repaints = 0;
  const painter = {
    render(frame: number) {
      painted.push(frame);
    },
  };
  const run: number[] = [];
  const ownFrame = (n: number) => void run.push(n);
  const map = {
    _render: ownFrame,
    painter,
    getStyle: () => ({ sources }),
    getSource: (id: string) => sources[id],
    isSourceLoaded: (id: string) => loaded.has(id),
    triggerRepaint: () => void repaints++,
  };
  const frame = (n: number) => (painter.render as (n: number) => void).call(painter, n);
  /** A frame of the map as MapLibre asks for it (its render loop), which may paint. */
  const tick = (n: number) => {
    const before = run.length;
    (map._render as (n: number) => void).call(map, n);
    if (run.length > before) frame(n);
  };
  return {
    map: map as unknown as MapLibreMap,
    loaded,
    painted,
    frame,
    tick,
    run,
    ownFrame,
    current: () => map._render,
    repaints: () => repaints,
  };
}

describe('paintWhenLoaded (the first picture painted complete)', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it("skips frames until the app's own sources have loaded, then paints every frame", () => {
    const m = fakeMap({ plan: { type: 'geojson' }, base: { type: 'vector' }, online: { type: 'raster' } });
    paintWhenLoaded(m.map, 4000);
    m.frame(1);
    m.loaded.add('plan');
    m.frame(2);
    m.loaded.add('base'); // the online basemap's tiles are not waited for
    m.frame(3);
    m.loaded.delete('plan'); // later loading (a pan) is painted as usual
    m.frame(4);
    expect(m.painted).toEqual([3, 4]);
  });

  it('paints whatever has loaded once the cap has passed, and asks for that frame', () => {
    const m = fakeMap({ plan: { type: 'geojson' } });
    paintWhenLoaded(m.map, 4000);
    vi.advanceTimersByTime(3999);
    m.frame(1);
    expect(m.repaints()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(m.repaints()).toBe(1);
    m.frame(2);
    expect(m.painted).toEqual([2]);
  });

  it('does not ask for a frame at the cap when the picture came before it', () => {
    const m = fakeMap({ plan: { type: 'geojson' } });
    paintWhenLoaded(m.map, 4000);
    m.loaded.add('plan');
    m.frame(1);
    vi.advanceTimersByTime(5000);
    expect(m.repaints()).toBe(0);
    expect(m.painted).toEqual([1]);
  });

  it('paints at once when there is nothing of its own to wait for, or no painter to wrap', () => {
    const m = fakeMap({ gone: { type: 'geojson' } });
    (m.map as unknown as { getSource: () => undefined }).getSource = () => undefined;
    paintWhenLoaded(m.map, 4000);
    m.frame(1);
    expect(m.painted).toEqual([1]);
    expect(() => paintWhenLoaded({} as MapLibreMap, 4000)).not.toThrow();
  });

  it('while the sources load, computes frames at most every FRAME_GAP_MS and makes up the skipped ones', () => {
    const m = fakeMap({ plan: { type: 'geojson' } });
    paintWhenLoaded(m.map, 4000);
    m.tick(1);
    vi.advanceTimersByTime(10);
    m.tick(2); // tiles arriving in quick succession
    vi.advanceTimersByTime(10);
    m.tick(3);
    expect(m.run).toEqual([1]);
    expect(m.repaints()).toBe(0);
    // One frame is asked for once the gap has passed, however many were skipped.
    vi.advanceTimersByTime(FRAME_GAP_MS - 20);
    expect(m.repaints()).toBe(1);
    m.tick(4);
    expect(m.run).toEqual([1, 4]);
    expect(m.painted).toEqual([]);
  });

  it('once the sources have loaded, every frame runs and paints, and no skipped frame is made up', () => {
    const m = fakeMap({ plan: { type: 'geojson' } });
    paintWhenLoaded(m.map, 4000);
    m.tick(1);
    vi.advanceTimersByTime(10);
    m.tick(2); // skipped: a make-up frame is due
    m.loaded.add('plan');
    m.tick(3); // the last tile came in: the picture is painted at once, not after the gap
    m.tick(4);
    expect(m.run).toEqual([1, 3, 4]);
    expect(m.painted).toEqual([3, 4]);
    expect(m.current()).toBe(m.ownFrame);
    vi.advanceTimersByTime(5000);
    expect(m.repaints()).toBe(0);
  });

  it('after the cap, frames run at every request even if the sources are still loading', () => {
    const m = fakeMap({ plan: { type: 'geojson' } });
    paintWhenLoaded(m.map, 4000);
    vi.advanceTimersByTime(4000);
    m.tick(1);
    m.tick(2);
    expect(m.run).toEqual([1, 2]);
    expect(m.painted).toEqual([1, 2]);
  });
});
