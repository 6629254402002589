/** Store actions at their edges: what a planner sees when a story ends, a basemap fails, a key is missing. */
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import type { Story, StoryStep } from '../../src/domain/story';
import { t } from '../../src/i18n/strings';
import { createAppStore } from '../../src/state/store';

const step = (id: string): StoryStep => ({
  id,
  title: id,
  camera: { center: [109.4, 24.3], zoom: 9, bearing: 0, pitch: 0 },
  layers: ['projects'],
  filters: EMPTY_FILTERS,
  selected: null,
});
const story: Story = { id: 's', title: 'S', steps: [step('a'), step('b'), step('c')] };

describe('presentation at its edges', () => {
  it('starting past the last step opens the last step', () => {
    const store = createAppStore();
    store.getState().startPresentation(story, 99);
    expect(store.getState().presentation?.index).toBe(2);
    expect(store.getState().cameraRequest?.origin).toBe('story');
  });

  it('going past the end while on the last step changes nothing, not even the camera', () => {
    const store = createAppStore();
    store.getState().startPresentation(story, 2);
    const at = store.getState();
    store.getState().goToStep(story, 5);
    expect(store.getState()).toBe(at);
  });

  it('a step shows its own map: the compare view closes on starting, moving and leaving', () => {
    const store = createAppStore();
    store.getState().setComparing(true);
    store.getState().startPresentation(story, 0);
    expect(store.getState().comparing).toBe(false);
    store.getState().setComparing(true);
    store.getState().goToStep(story, 1);
    expect(store.getState().comparing).toBe(false);
    store.getState().setComparing(true);
    store.getState().exitPresentation();
    expect(store.getState().comparing).toBe(false);
  });
});

describe('basemap at its edges', () => {
  it('the settings start closed', () => {
    expect(createAppStore().getState().basemapSettingsOpen).toBe(false);
  });

  it('asking for Tianditu without a key says why, in the chosen language', () => {
    const store = createAppStore();
    store.getState().chooseBasemap('tdt-vec');
    expect(store.getState().notices.at(-1)).toMatchObject({
      level: 'warning',
      text: t('zh', 'basemap.needKey'),
    });
    store.getState().setLang('en');
    store.getState().chooseBasemap('tdt-img');
    expect(store.getState().notices.at(-1)?.text).toBe(t('en', 'basemap.needKey'));
  });

  it('a failed basemap is reported as a warning naming it and the reason', () => {
    const store = createAppStore();
    store.getState().chooseBasemap('osm');
    store.getState().basemapFailed('osm', 'timeout');
    expect(store.getState().notices.at(-1)).toMatchObject({
      level: 'warning',
      text: t('zh', 'basemap.fallback', {
        name: t('zh', 'basemap.osm'),
        reason: t('zh', 'basemap.fail.timeout'),
      }),
    });
  });
});
