/** Store actions at their edges: what a planner sees when a story ends, a basemap fails, a key is missing. */
import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/domain/story';
import { t } from '../../src/i18n/strings';
import { NO_EVAL_FILTER } from '../../src/analysis/evaluation';
import type { PlaceHit } from '../../src/analysis/placeSearch';
import { storyStep } from './fixtures';
import type { ImportedLayer } from '../../src/state/importsSlice';
import { createAppStore } from '../../src/state/store';

const step = storyStep;
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

describe('places at their edges', () => {
  const hit = (quality: 'exact' | 'approximate'): PlaceHit => ({
    id: 'place:雒容镇',
    place: {
      name: '雒容镇',
      aliases: [],
      kind: 'town',
      quality,
      area: false,
      basis: '',
      basis_en: '',
      county: '鹿寨县',
      center: [109.6, 24.4],
      bounds: null,
    } as unknown as PlaceHit['place'],
  });

  it("a place not surveyed is marked as approximate; the move is the user's own", () => {
    const store = createAppStore();
    store.getState().showPlace(hit('approximate'), { type: 'Point', coordinates: [109.6, 24.4] });
    expect(store.getState().placeMark).toMatchObject({ name: '雒容镇', approximate: true, seq: 1 });
    expect(store.getState().cameraRequest).toMatchObject({
      origin: 'user',
      camera: { center: [109.6, 24.4] },
    });
    store.getState().showPlace(hit('exact'), { type: 'Point', coordinates: [109.6, 24.4] });
    expect(store.getState().placeMark?.approximate).toBe(false);
    store.getState().clearPlaceMark();
    expect(store.getState().placeMark).toBeNull();
  });
});

describe('evaluation filter', () => {
  it('starts unfiltered and patches one field at a time', () => {
    const store = createAppStore();
    expect(store.getState().evalFilter).toEqual(NO_EVAL_FILTER);
    store.getState().setEvalFilter({ status: 'behind' });
    store.getState().setEvalFilter({ group: 'project' });
    expect(store.getState().evalFilter).toEqual({ status: 'behind', group: 'project' });
    store.getState().setEvalFilter({ status: null });
    expect(store.getState().evalFilter).toEqual({ status: null, group: 'project' });
  });

  it('appending to the log does not claim the stored log was loaded', () => {
    const store = createAppStore();
    store.getState().logAppended([]);
    expect(store.getState().recordsLoaded).toBe(false);
  });
});

describe('imports and drawings at their edges', () => {
  const layer = (id: string, name = id): ImportedLayer => ({
    meta: { id, name } as unknown as ImportedLayer['meta'],
    features: { type: 'FeatureCollection', features: [] },
    visible: true,
  });

  it('an import with an id already present never replaces that layer; new ones are appended', () => {
    const store = createAppStore();
    store.getState().addImportedLayers([layer('a', '原有')]);
    store.getState().addImportedLayers([layer('a', '重名'), layer('b')]);
    expect(store.getState().imported.map((l) => [l.meta.id, l.meta.name])).toEqual([
      ['a', '原有'],
      ['b', 'b'],
    ]);
  });

  it('removing a layer keeps the others, and nothing picked stays so', () => {
    const store = createAppStore();
    store.getState().addImportedLayers([layer('a'), layer('b'), layer('c')]);
    store.getState().removeImportedLayer('b');
    expect(store.getState().pickedImported).toBeNull();
    expect(store.getState().imported.map((l) => l.meta.id)).toEqual(['a', 'c']);
  });

  it('a fresh start has nothing to undo; choosing the reshape tool keeps the drawing being reshaped', () => {
    const store = createAppStore();
    expect(store.getState().drawingsUndo).toEqual([]);
    store.getState().undoDrawings();
    expect(store.getState().drawings).toEqual([]);
    store.getState().editDrawing('a');
    store.getState().setToolMode('draw-edit');
    expect(store.getState().editing).toBe('a');
    store.getState().setToolMode('measure-line');
    expect(store.getState().editing).toBeNull();
  });
});

describe('hover and the record log at their edges', () => {
  it('hovering a feature marks it, on the map and in the list alike', () => {
    const store = createAppStore();
    store.getState().hover({ source: 'projects', id: 'p1' });
    expect(store.getState().hovered).toEqual({ source: 'projects', id: 'p1' });
  });

  it('the record log and the records start empty', () => {
    const s = createAppStore().getState();
    expect([s.recordLog, s.records]).toEqual([[], []]);
  });
});
