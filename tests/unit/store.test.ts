import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { LAYER_GROUP_START } from '../../src/domain/layerGroups';
import { LAYER_GROUPS, USER_GROUP_IDS } from '../../src/layers';

describe('store', () => {
  it('starts in Chinese with each layer group at its default visibility', () => {
    const s = createAppStore().getState();
    expect(s.lang).toBe('zh');
    for (const g of LAYER_GROUPS) expect(s.layers[g.id]?.opacity).toBe(1);
    // The plan's layout shows at once; the detailed themes and other documents wait to be asked for.
    for (const id of ['projects', 'structure', 'railport', 'railways', 'counties'] as const)
      expect(s.layers[id].visible).toBe(true);
    for (const id of ['road', 'rail', 'towns', 'hubs', 'works', 'others'] as const)
      expect(s.layers[id].visible).toBe(false);
  });

  it('knows a start for exactly the groups the map draws', () => {
    expect(Object.keys(LAYER_GROUP_START).sort()).toEqual(LAYER_GROUPS.map((g) => g.id).sort());
    expect(USER_GROUP_IDS).not.toContain('selection');
    expect(USER_GROUP_IDS).toContain('projects');
  });

  it('changes one group without replacing the others', () => {
    const store = createAppStore();
    const before = store.getState().layers;
    store.getState().setLayerVisible('rivers', false);
    const after = store.getState().layers;
    expect(after.rivers.visible).toBe(false);
    expect(after.railways).toBe(before.railways);
  });

  it('clamps opacity to 0..1 and ignores no-op updates', () => {
    const store = createAppStore();
    store.getState().setLayerOpacity('railways', 3);
    expect(store.getState().layers.railways.opacity).toBe(1);
    const ref = store.getState().layers;
    store.getState().setLayerVisible('railways', true);
    expect(store.getState().layers).toBe(ref);
    store.getState().setLayerOpacity('railways', -1);
    expect(store.getState().layers.railways.opacity).toBe(0);
  });

  it('numbers camera requests so the same view can be requested twice', () => {
    const store = createAppStore();
    store.getState().requestCamera('home', 'app');
    store.getState().requestCamera('home', 'app');
    expect(store.getState().cameraRequest).toMatchObject({ camera: 'home', origin: 'app', seq: 2 });
  });

  it('keeps notices until dismissed, with distinct ids', () => {
    const store = createAppStore();
    store.getState().pushNotice('warning', 'a');
    store.getState().pushNotice('error', 'b');
    const [a, b] = store.getState().notices;
    expect(a!.id).not.toBe(b!.id);
    store.getState().dismissNotice(a!.id);
    expect(store.getState().notices.map((n) => n.text)).toEqual(['b']);
  });

  it('notifies selector subscribers only for their slice', () => {
    const store = createAppStore();
    let n = 0;
    store.subscribe(
      (s) => s.layers,
      () => n++,
    );
    store.getState().setLang('en');
    expect(n).toBe(0);
    store.getState().setLayerVisible('airport', false);
    expect(n).toBe(1);
  });
});
