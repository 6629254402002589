import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppData } from '../../src/domain/data';
import { createAppStore } from '../../src/state/store';

// The map adapter needs WebGL: here it is replaced, each test saying how it behaves.
const adapter = { mountMap: vi.fn(), fails: false };

const data = Promise.resolve({} as AppData);
const el = {} as HTMLElement;

async function start() {
  vi.resetModules();
  vi.doMock('../../src/map/mapController', () => {
    if (adapter.fails) throw new Error('Failed to fetch dynamically imported module');
    return { mountMap: adapter.mountMap };
  });
  const { startMap } = await import('../../src/ui/mapStart');
  const store = createAppStore();
  await startMap(el, store, data);
  return store;
}

afterEach(() => {
  adapter.mountMap.mockReset();
  adapter.fails = false;
});

describe('starting the map before the first render', () => {
  it('builds the map in the given element, with the store and the data, and reports no fault', async () => {
    const store = await start();
    expect(adapter.mountMap).toHaveBeenCalledWith(el, store, data);
    expect(store.getState().mapFault).toBeNull();
  });

  it('a map that cannot get a WebGL context is a webgl fault, and the start still settles', async () => {
    adapter.mountMap.mockImplementation(() => {
      throw new Error('Failed to initialize WebGL');
    });
    expect((await start()).getState().mapFault).toBe('webgl');
  });

  it('a map library that does not load is a library fault, and the start still settles', async () => {
    adapter.fails = true;
    const store = await start();
    expect(store.getState().mapFault).toBe('library');
    expect(adapter.mountMap).not.toHaveBeenCalled();
  });
});
