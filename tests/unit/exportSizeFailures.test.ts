/** Export figure sizing under the canvas limit, and the notice for program files that failed to load. */
import { describe, expect, it } from 'vitest';
import { figureSize } from '../../src/io/exportSize';
import { fileNameOf } from '../../src/io/loadData';
import { watchResourceFailures } from '../../src/io/resourceFailures';
import { createAppStore } from '../../src/state/store';

describe('figure size', () => {
  it('within the limit: the requested scale, nothing capped', () => {
    expect(figureSize(1000, 500, 2, 4096)).toEqual({
      width: 2000,
      height: 1000,
      ratio: 2,
      fullWidth: 2000,
      fullHeight: 1000,
      capped: false,
    });
  });

  it('beyond the limit: the scale rounded down to hundredths so the longer side fits', () => {
    const s = figureSize(1366, 768, 4, 4096);
    expect(s.ratio).toBe(2.99);
    expect(s.width).toBeLessThanOrEqual(4096);
    expect([s.width, s.height]).toEqual([Math.floor(1366 * 2.99), Math.floor(768 * 2.99)]);
    expect([s.fullWidth, s.fullHeight]).toEqual([5464, 3072]);
    expect(s.capped).toBe(true);
    // Taller than wide: the height decides.
    expect(figureSize(500, 3000, 2, 4000).ratio).toBe(1.33);
    // Exactly at the limit is not capped.
    expect(figureSize(2048, 100, 2, 4096).capped).toBe(false);
  });
});

/** A window stand-in with the one event API the watcher uses. */
function fakeWindow(boot: string[] = []) {
  const listeners = new Set<(e: Event) => void>();
  const win = {
    lzBootFailures: boot,
    addEventListener: (_: string, f: (e: Event) => void) => listeners.add(f),
    removeEventListener: (_: string, f: (e: Event) => void) => listeners.delete(f),
  };
  const fire = (target: unknown) => listeners.forEach((f) => f({ target } as unknown as Event));
  return { win: win as unknown as Window, fire, listeners };
}

describe('program files that failed to load', () => {
  it('names failed scripts and style sheets in one notice with a reload button; other errors are ignored', () => {
    const store = createAppStore();
    const { win, fire, listeners } = fakeWindow();
    const stop = watchResourceFailures(store, win);
    expect(store.getState().notices).toEqual([]);
    fire({ tagName: 'IMG', src: 'https://x/a.png' });
    fire(null);
    fire({});
    expect(store.getState().notices).toEqual([]);
    fire({ tagName: 'SCRIPT', src: 'https://x/assets/index-AbCd1234.js' });
    fire({ tagName: 'LINK', href: 'https://x/assets/style-ZZZZ9999.css?v=1', src: '' });
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ level: 'error', key: 'resources', action: 'reload' });
    expect(notices[0]!.text).toContain('index.js, style.css');
    stop();
    expect(listeners.size).toBe(0);
  });

  it('reports failures seen before start-up at once', () => {
    const store = createAppStore();
    watchResourceFailures(store, fakeWindow(['https://x/assets/vendor-12345678.js']).win);
    expect(store.getState().notices[0]!.text).toContain('vendor.js');
  });

  it('file names drop the query and the build hash', () => {
    expect(fileNameOf('https://x/data/projects-Ab_d1234.geojson?x=1#y')).toBe('projects.geojson');
    expect(fileNameOf('plain.json')).toBe('plain.json');
  });
});
