/** The failed-program-files notice: listens where resource errors arrive, and names only real files. */
import { describe, expect, it } from 'vitest';
import { watchResourceFailures } from '../../src/io/resourceFailures';
import { createAppStore } from '../../src/state/store';

/** Records how the watcher subscribes, so the event name and capture flag can be checked. */
function recordingWindow(boot?: string[]) {
  const calls: { op: string; type: string; capture: unknown; f: (e: Event) => void }[] = [];
  const win = {
    ...(boot ? { lzBootFailures: boot } : {}),
    addEventListener: (type: string, f: (e: Event) => void, capture: unknown) =>
      calls.push({ op: 'add', type, capture, f }),
    removeEventListener: (type: string, f: (e: Event) => void, capture: unknown) =>
      calls.push({ op: 'remove', type, capture, f }),
  };
  return { win: win as unknown as Window, calls };
}

describe('failed program files', () => {
  it('listens to error events in the capture phase (a script or style sheet error does not bubble) and stops the same way', () => {
    const { win, calls } = recordingWindow();
    const stop = watchResourceFailures(createAppStore(), win);
    expect(calls).toEqual([expect.objectContaining({ op: 'add', type: 'error', capture: true })]);
    stop();
    expect(calls[1]).toMatchObject({ op: 'remove', type: 'error', capture: true });
    // The same listener is removed, so it no longer runs after the app stops watching.
    expect(calls[1]!.f).toBe(calls[0]!.f);
  });

  it('no notice when nothing failed before start-up, nor for a script or link without an address', () => {
    const store = createAppStore();
    const { win, calls } = recordingWindow();
    watchResourceFailures(store, win);
    expect(store.getState().notices).toEqual([]);
    const onError = calls[0]!.f;
    onError({ target: { tagName: 'SCRIPT', src: '' } } as unknown as Event);
    onError({ target: { tagName: 'LINK', href: '' } } as unknown as Event);
    expect(store.getState().notices).toEqual([]);
    onError({ target: { tagName: 'SCRIPT', src: 'https://x/assets/map-12345678.js' } } as unknown as Event);
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().notices[0]!.text).toContain('（map.js）');
  });
});
