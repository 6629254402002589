/** Store slices as actions: each user intent computes the next state; tested on a fresh store. */
import { storyStep } from './fixtures';
import { describe, expect, it } from 'vitest';
import type { Drawing } from '../../src/domain/drawing';
import { DRAWING_COLORS } from '../../src/domain/drawing';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import type { LogEntry } from '../../src/domain/recordLog';
import type { Story, StoryStep } from '../../src/domain/story';
import { isOverlay } from '../../src/domain/layerGroups';
import { LAYER_GROUPS } from '../../src/layers';
import type { ImportPreview, ImportedLayer } from '../../src/state/importsSlice';
import { defaultLayers, layersForStep } from '../../src/state/layersSlice';
import { sameRef } from '../../src/state/selectionSlice';
import { createAppStore } from '../../src/state/store';
import { NO_INSETS } from '../../src/state/uiSlice';

const fresh = () => {
  const store = createAppStore();
  return { store, s: () => store.getState() };
};

const drawing = (id: string, label = id): Drawing => ({
  id,
  kind: 'point',
  geometry: { type: 'Point', coordinates: [109.4, 24.3] },
  color: '#1b998b',
  label,
  created_at: '2026-01-01T00:00:00.000Z',
});

const entry = (id: string, patch: Partial<LogEntry> = {}): LogEntry => ({
  entry_id: `entry-${id}-0000`,
  at: '2026-01-01T00:00:00.000Z',
  op: 'add',
  record_id: `r-${id}`,
  item_id: 'item-1',
  record: {
    id: `r-${id}`,
    item_id: 'item-1',
    date: '2026-01-01',
    stage: null,
    note: id,
    source: '',
    actual_value: null,
    unit: null,
  },
  ...patch,
});

const step = storyStep;
const storyOf = (...steps: StoryStep[]): Story => ({ id: 's', title: 'S', steps });

describe('filters slice', () => {
  it('starts empty, sorted by table, not following the results', () => {
    const { s } = fresh();
    expect(s().filters).toBe(EMPTY_FILTERS);
    expect(s().resultsSort).toEqual({ key: 'table', dir: 'asc' });
    expect(s().autoZoom).toBe(false);
  });

  it('toggles one option on and off, keeping the others and the other facets', () => {
    const { s } = fresh();
    s().setFilters({ text: '港' });
    s().toggleOption('tables', '柳南区');
    s().toggleOption('tables', '鹿寨县');
    expect(s().filters.tables).toEqual(['柳南区', '鹿寨县']);
    s().toggleOption('tables', '柳南区');
    expect(s().filters.tables).toEqual(['鹿寨县']);
    expect(s().filters.text).toBe('港');
  });

  it('patches some fields, clears all, and keeps the sort and auto-zoom choices', () => {
    const { s } = fresh();
    s().setFilters({ areaMin: 10, statuses: ['在建'] });
    s().setFilters({ areaMax: 20 });
    expect(s().filters).toEqual({ ...EMPTY_FILTERS, areaMin: 10, areaMax: 20, statuses: ['在建'] });
    s().clearFilters();
    expect(s().filters).toEqual(EMPTY_FILTERS);
    s().setResultsSort({ key: 'area', dir: 'desc' });
    expect(s().resultsSort).toEqual({ key: 'area', dir: 'desc' });
    s().setAutoZoom(true);
    expect(s().autoZoom).toBe(true);
  });
});

describe('selection slice', () => {
  const a = { source: 'projects', id: 'a', name: 'A' };
  const b = { source: 'projects', id: 'b', name: 'B' };

  it('one feature under the click is selected at once; several open the chooser', () => {
    const { s } = fresh();
    s().pick([a], { x: 1, y: 2 });
    expect(s().selected).toEqual({ source: 'projects', id: 'a' });
    expect(s().choices).toBeNull();
    s().pick([a, b], { x: 3, y: 4 });
    expect(s().choices).toEqual({ items: [a, b], x: 3, y: 4 });
    expect(s().selected).toEqual({ source: 'projects', id: 'a' });
    s().select({ source: 'projects', id: 'b' });
    expect(s().choices).toBeNull();
    expect(s().selected).toEqual({ source: 'projects', id: 'b' });
    s().pick([], { x: 0, y: 0 });
    expect(s().selected).toBeNull();
  });

  it('closing the chooser keeps the selection; no-op changes keep the state object', () => {
    const { store, s } = fresh();
    s().pick([a, b], { x: 0, y: 0 });
    s().closeChoices();
    expect(s().choices).toBeNull();
    const before = store.getState();
    s().closeChoices();
    expect(store.getState()).toBe(before);
    s().select({ source: 'projects', id: 'a' });
    const selected = store.getState();
    s().select({ source: 'projects', id: 'a' });
    expect(store.getState()).toBe(selected);
    s().hover({ source: 'projects', id: 'a' });
    const hovered = store.getState();
    s().hover({ source: 'projects', id: 'a' });
    expect(store.getState()).toBe(hovered);
    s().hover(null);
    expect(s().hovered).toBeNull();
  });

  it('selecting the same feature again closes an open chooser', () => {
    const { s } = fresh();
    s().select({ source: 'projects', id: 'a' });
    s().pick([a, b], { x: 0, y: 0 });
    s().select({ source: 'projects', id: 'a' });
    expect(s().choices).toBeNull();
  });

  it('refs are the same when source and id are', () => {
    expect(sameRef(null, null)).toBe(true);
    expect(sameRef({ source: 'x', id: '1' }, { source: 'x', id: '1' })).toBe(true);
    expect(sameRef({ source: 'x', id: '1' }, { source: 'y', id: '1' })).toBe(false);
    expect(sameRef({ source: 'x', id: '1' }, { source: 'x', id: '2' })).toBe(false);
    expect(sameRef({ source: 'x', id: '1' }, null)).toBe(false);
    expect(sameRef(null, { source: 'x', id: '1' })).toBe(false);
  });
});

describe('ui slice', () => {
  it('notices with the same key replace each other in place; others pile up with new ids', () => {
    const { s } = fresh();
    s().pushNotice('info', 'first');
    s().pushNotice('warning', 'full', { key: 'storage' });
    s().pushNotice('info', 'other');
    s().pushNotice('error', 'still full', { key: 'storage', action: 'export-story' });
    expect(s().notices.map((n) => [n.id, n.level, n.text, n.key, n.action])).toEqual([
      [1, 'info', 'first', undefined, undefined],
      [2, 'error', 'still full', 'storage', 'export-story'],
      [3, 'info', 'other', undefined, undefined],
    ]);
    s().dismissNotice(3);
    s().pushNotice('info', 'next');
    expect(s().notices.at(-1)!.id).toBe(3);
    // Ids stay distinct after an earlier notice is dismissed.
    s().dismissNotice(1);
    s().pushNotice('info', 'after');
    expect(s().notices.map((n) => n.id)).toEqual([2, 3, 4]);
    s().dismissNotice(2);
    s().pushNotice('info', 'keyless');
    expect(s().notices.filter((n) => n.key === 'storage')).toEqual([]);
  });

  it('map insets change only when a side changes; language switches', () => {
    const { store, s } = fresh();
    expect(s().mapInsets).toEqual(NO_INSETS);
    const before = store.getState();
    s().setMapInsets({ top: 0, right: 0, bottom: 0, left: 0 });
    expect(store.getState()).toBe(before);
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      s().setMapInsets({ ...NO_INSETS, [side]: 5 });
      expect(s().mapInsets[side]).toBe(5);
    }
    s().setLang('en');
    expect(s().lang).toBe('en');
  });
});

describe('view slice', () => {
  it('keeps the last reported camera and view, and the map readiness', () => {
    const { s } = fresh();
    expect([s().camera, s().viewBounds, s().cameraRequest, s().mapReady]).toEqual([null, null, null, false]);
    const cam = { center: [109.4, 24.3] as [number, number], zoom: 10, bearing: 0, pitch: 0 };
    s().reportCamera(cam, [1, 2, 3, 4]);
    expect(s().camera).toBe(cam);
    expect(s().viewBounds).toEqual([1, 2, 3, 4]);
    s().setMapReady(true);
    expect(s().mapReady).toBe(true);
    s().requestCamera(cam, 'user');
    expect(s().cameraRequest).toEqual({ camera: cam, origin: 'user', seq: 1 });
  });

  it('keeps the first map fault: it is the cause, later ones follow from it', () => {
    const { s } = fresh();
    expect(s().mapFault).toBeNull();
    s().setMapFault('worker');
    s().setMapFault('webgl');
    expect(s().mapFault).toBe('worker');
  });
});

describe('tools slice', () => {
  it('choosing a tool ends any measurement', () => {
    const { s } = fresh();
    expect(s().toolMode).toBe('none');
    s().setMeasure({ type: 'Point', coordinates: [1, 2] });
    expect(s().measure).toEqual({ type: 'Point', coordinates: [1, 2] });
    s().setToolMode('draw-line');
    expect(s().toolMode).toBe('draw-line');
    expect(s().measure).toBeNull();
  });

  it('a measurement keeps the sites it is snapped to until it ends; snapping is on until turned off', () => {
    const { s } = fresh();
    expect(s().snapToSites).toBe(true);
    const site = {
      source: 'railport',
      id: 'rp',
      name: '站',
      lonLat: [1, 2] as [number, number],
      quality: 'approximate' as const,
    };
    s().setToolMode('measure-line');
    s().setMeasure({ type: 'Point', coordinates: [1, 2] }, [site]);
    expect(s().measureSites).toEqual([site]);
    s().setMeasure({ type: 'Point', coordinates: [3, 4] });
    expect(s().measureSites).toEqual([]);
    s().setMeasure({ type: 'Point', coordinates: [1, 2] }, [site]);
    s().setToolMode('measure-polygon');
    expect(s().measureSites).toEqual([]);
    s().setMeasure({ type: 'Point', coordinates: [1, 2] }, [site]);
    s().editDrawing('d1');
    expect(s().measureSites).toEqual([]);
    s().setSnapToSites(false);
    expect(s().snapToSites).toBe(false);
  });

  it('draw style starts with the first colour and no label, and patches', () => {
    const { s } = fresh();
    expect(s().drawStyle).toEqual({ color: DRAWING_COLORS[0], label: '' });
    s().setDrawStyle({ label: '候选' });
    s().setDrawStyle({ color: '#222222' });
    expect(s().drawStyle).toEqual({ color: '#222222', label: '候选' });
  });

  it('loading replaces drawings without an undo step; undo with nothing to undo changes nothing', () => {
    const { store, s } = fresh();
    s().loadDrawings([drawing('a')]);
    expect(s().drawingsUndo).toEqual([]);
    const before = store.getState();
    s().undoDrawings();
    expect(store.getState()).toBe(before);
    s().addDrawing(drawing('b'));
    s().loadDrawings([drawing('c')]);
    expect(s().drawingsUndo).toEqual([]);
    expect(s().drawings.map((d) => d.id)).toEqual(['c']);
  });

  it('editing changes only the named drawing; undo keeps the last 50 versions', () => {
    const { s } = fresh();
    s().addDrawing(drawing('a'));
    s().addDrawing(drawing('b'));
    s().updateDrawing('b', { label: 'B2', color: '#222222' });
    expect(s().drawings.map((d) => [d.id, d.label, d.color])).toEqual([
      ['a', 'a', '#1b998b'],
      ['b', 'B2', '#222222'],
    ]);
    for (let i = 0; i < 60; i++) s().updateDrawing('a', { label: `v${i}` });
    expect(s().drawingsUndo).toHaveLength(50);
    for (let i = 0; i < 50; i++) s().undoDrawings();
    expect(s().drawings.find((d) => d.id === 'a')!.label).toBe('v9');
  });

  it('keeps the within question', () => {
    const { s } = fresh();
    const q = {
      geometry: { type: 'Point' as const, coordinates: [1, 2] as [number, number] },
      km: 5,
      label: 'x',
    };
    s().setWithin(q);
    expect(s().within).toBe(q);
    s().setWithin(null);
    expect(s().within).toBeNull();
  });
});

describe('basemap slice', () => {
  it('a Tianditu basemap without a key asks for one instead of switching', () => {
    const { s } = fresh();
    const start = s().basemap;
    s().chooseBasemap('tdt-img');
    expect(s().basemap).toBe(start);
    expect(s().basemapSettingsOpen).toBe(true);
    expect(s().notices.at(-1)?.level).toBe('warning');
    s().setBasemapSettingsOpen(false);
    s().setHasTiandituKey(true);
    s().chooseBasemap('tdt-img');
    expect(s().basemap).toBe('tdt-img');
    expect(s().basemapSettingsOpen).toBe(false);
  });

  it('the user choosing again clears a fallback; other basemaps need no key', () => {
    const { s } = fresh();
    s().chooseBasemap('osm');
    expect(s().basemap).toBe('osm');
    expect(s().notices).toEqual([]);
    s().basemapFailed('osm', 'network');
    expect(s().basemapFallback).toEqual({ from: 'osm', reason: 'network' });
    s().chooseBasemap('osm');
    expect(s().basemapFallback).toBeNull();
  });

  it('keeps the deployer settings and the offline archive', () => {
    const { s } = fresh();
    expect([s().reviewNumber, s().offlineBasemap, s().hasTiandituKey]).toEqual([null, null, false]);
    s().setReviewNumber('GS(2024)1234号');
    expect(s().reviewNumber).toBe('GS(2024)1234号');
  });
});

describe('monitor slice', () => {
  it('loading the log folds it into records; appending merges by entry id', () => {
    const { s } = fresh();
    expect([s().asOfYear, s().recordsLoaded, s().comparing]).toEqual([null, false, false]);
    s().logLoaded([entry('a')]);
    expect(s().recordsLoaded).toBe(true);
    expect(s().records.map((r) => r.id)).toEqual(['r-a']);
    s().logAppended([entry('a'), entry('b', { at: '2026-01-02T00:00:00.000Z' })]);
    expect(s().recordLog).toHaveLength(2);
    expect(s().records.map((r) => r.id)).toEqual(['r-a', 'r-b']);
  });

  it('the year changes only when it differs; comparing toggles', () => {
    const { store, s } = fresh();
    s().setAsOfYear(2024);
    expect(s().asOfYear).toBe(2024);
    const before = store.getState();
    s().setAsOfYear(2024);
    expect(store.getState()).toBe(before);
    s().setComparing(true);
    expect(s().comparing).toBe(true);
  });
});

describe('presentation slice', () => {
  it('going to the current step changes nothing; an empty story or no presentation is ignored', () => {
    const { store, s } = fresh();
    const story = storyOf(step('a'), step('b'));
    s().goToStep(story, 1);
    expect(s().presentation).toBeNull();
    s().restoreStepView(story);
    s().exitPresentation();
    expect(s().presentation).toBeNull();
    s().startPresentation(story, 1);
    const at = store.getState();
    s().goToStep(story, 1);
    expect(store.getState()).toBe(at);
    s().goToStep(storyOf(), 0);
    expect(store.getState()).toBe(at);
    s().startPresentation(storyOf(), 0);
    expect(store.getState().presentation).toEqual(at.presentation);
  });

  it('carries the year of a step and restores the year from before', () => {
    const { s } = fresh();
    s().setAsOfYear(2023);
    const story = storyOf(step('a', { asOfYear: 2025 }), step('b'));
    s().startPresentation(story);
    expect(s().presentation?.index).toBe(0);
    expect(s().asOfYear).toBe(2025);
    s().goToStep(story, 1);
    expect(s().asOfYear).toBeNull();
    // Starting another story while presenting keeps the original view to return to.
    s().startPresentation(storyOf(step('c', { asOfYear: 2024 })));
    s().exitPresentation();
    expect(s().asOfYear).toBe(2023);
  });

  it('leaving without a camera from before asks for no camera move', () => {
    const { s } = fresh();
    s().startPresentation(storyOf(step('a')));
    const req = s().cameraRequest;
    s().exitPresentation();
    expect(s().cameraRequest).toBe(req);
  });

  it('steps move within bounds only; the custom story keeps its id when replaced', () => {
    const { store, s } = fresh();
    s().addStep(step('a'));
    s().addStep(step('b'));
    const before = store.getState();
    s().moveStep('a', -1);
    s().moveStep('b', 1);
    s().moveStep('zz', 1);
    expect(store.getState()).toBe(before);
    s().moveStep('a', 1);
    expect(s().customStory.steps.map((x) => x.id)).toEqual(['b', 'a']);
    s().updateStep('a', { caption: '说明' });
    expect(s().customStory.steps.map((x) => x.caption)).toEqual([undefined, '说明']);
    s().replaceCustomStory({ id: 'other', title: 'T', steps: [step('z')] });
    expect(s().customStory).toEqual({ id: 'mine', title: 'T', steps: [step('z')] });
  });
});

describe('imports slice', () => {
  const layer = (id: string): ImportedLayer => ({
    meta: {
      id,
      name: id,
      count: 0,
      fields: [],
      nameField: null,
      imported_at: '',
    } as unknown as ImportedLayer['meta'],
    features: { type: 'FeatureCollection', features: [] },
    visible: true,
  });

  it('hides, filters and removes one layer; removing the picked layer clears the pick', () => {
    const { s } = fresh();
    s().addImportedLayers([layer('a'), layer('b')]);
    s().setImportedVisible('b', false);
    expect(s().imported.map((l) => [l.meta.id, l.visible])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    s().setImportFilter('a', { field: '名称', value: '港' });
    s().setImportFilter('b', null);
    expect(s().importFilters).toEqual({ a: { field: '名称', value: '港' }, b: null });
    s().pickImported({ layerId: 'a', properties: { 名称: '港' } });
    s().removeImportedLayer('b');
    expect(s().pickedImported?.layerId).toBe('a');
    s().removeImportedLayer('a');
    expect(s().imported).toEqual([]);
    expect(s().pickedImported).toBeNull();
    const preview = { name: 'x', crs: 'WGS84', features: layer('x').features } as ImportPreview;
    s().setImportPreview(preview);
    expect(s().importPreview).toBe(preview);
  });

  it("picking one's own point clears the plan selection beneath it; clearing the pick keeps it", () => {
    const { s } = fresh();
    s().select({ source: 'water', id: 'w1' });
    s().pickImported(null);
    expect(s().selected).toEqual({ source: 'water', id: 'w1' });
    s().pick(
      [
        { source: 'water', id: 'w1', name: 'a' },
        { source: 'projects', id: 'p1', name: 'b' },
      ],
      { x: 1, y: 2 },
    );
    s().pickImported({ layerId: 'a', properties: {} });
    expect(s().selected).toBeNull();
    expect(s().choices).toBeNull();
    expect(s().pickedImported?.layerId).toBe('a');
  });
});

describe('layers slice', () => {
  it('a step shows exactly its groups; groups kept out of the layer list keep their default', () => {
    const layers = layersForStep(['rivers']);
    for (const g of LAYER_GROUPS) {
      // Every overlay (selection, labels, tools…) starts shown, and a step keeps it so.
      expect(layers[g.id]).toEqual({ visible: isOverlay(g.id) || g.id === 'rivers', opacity: 1 });
    }
    expect(defaultLayers()).toEqual(createAppStore().getState().layers);
  });

  it('opacity in range is kept as given; the same opacity keeps the state object', () => {
    const { store, s } = fresh();
    s().setLayerOpacity('rivers', 0.4);
    expect(s().layers.rivers.opacity).toBe(0.4);
    const before = store.getState();
    s().setLayerOpacity('rivers', 0.4);
    expect(store.getState()).toBe(before);
    s().setLayerVisible('rivers', !before.layers.rivers.visible);
    expect(s().layers.rivers.opacity).toBe(0.4);
  });
});
