import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AppData } from '../../src/domain/data';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { StepSchema, StoryFileSchema, StorySchema, TOUR_ID } from '../../src/domain/story';
import { PROJECT_TABLES } from '../../src/domain/schema';
import { USER_GROUP_IDS } from '../../src/layers';
import { buildTour } from '../../src/present/tour';
import { storyOf, tourFor } from '../../src/present/stories';
import { stepFromView } from '../../src/present/stepState';
import { shownDrawings } from '../../src/analysis/shownDrawings';
import { layersForStep } from '../../src/state/layersSlice';
import { createAppStore } from '../../src/state/store';
import { readSourceLines } from '../../scripts/lib/sources';
import { makeData } from './fixtures';

const squash = (s: string) => s.replace(/\s+/g, '');
const data = (): AppData => ({
  ...makeData(),
  projects: JSON.parse(readFileSync('data/plan/projects.geojson', 'utf8')),
  events: JSON.parse(readFileSync('data/plan/events.json', 'utf8')).events,
});

describe('built-in tour', () => {
  // Built inside each test, so mutation testing counts these checks against the tour's code.
  const tour = () => buildTour(data());

  it('follows the plan: 总览 → 一核 → 三区 → 多组团 → 铁路港 → … → 项目 by table → 2025 目标', () => {
    expect(tour().steps.map((s) => s.id)).toEqual([
      'overview',
      'core',
      'zone-liudong',
      'zone-north',
      'zone-liujiang',
      'clusters',
      'railport',
      'rail',
      'roads',
      'water',
      'air',
      'channels',
      ...PROJECT_TABLES.map((t) => `projects-${t}`),
      'targets',
      'implementation-2020',
      'implementation-railport',
      'implementation-latest',
    ]);
    expect(StorySchema.safeParse(tour()).success).toBe(true);
  });

  it('quotes the plan verbatim: every caption is on its cited line', () => {
    const lines = readSourceLines();
    for (const s of tour().steps) {
      const line = lines[s.citation!.file]![s.citation!.line - 1]!;
      expect(squash(line), s.id).toContain(squash(s.caption!));
    }
  });

  it('only names layer groups that exist', () => {
    for (const s of tour().steps)
      for (const l of s.layers) expect(USER_GROUP_IDS, `${s.id}: ${l}`).toContain(l);
  });
});

describe('built-in tour details', () => {
  it('every step has an English title', () => {
    for (const st of buildTour(data()).steps)
      expect(st.titleEn, st.id).toMatch(/^[A-Z0-9][A-Za-z0-9 ,:()’'-]+/);
  });

  it('each project table step names its count and frames its sited projects', () => {
    const d = data();
    const tour = buildTour(d);
    for (const table of PROJECT_TABLES) {
      const st = tour.steps.find((x) => x.id === `projects-${table}`)!;
      const mine = d.projects.features.filter((f) => f.properties.table === table);
      expect(st.title).toBe(`重点物流项目：${table}（${mine.length} 个）`);
      expect(st.titleEn).toBe(`Key logistics projects: ${table} (${mine.length})`);
      expect(st.filters).toEqual({ ...EMPTY_FILTERS, tables: [table] });
      const [w, s, e, n] = (st.camera as { bounds: [number, number, number, number] }).bounds;
      const sited = mine.filter((f) => f.properties.placement_scope !== 'county');
      for (const f of sited) {
        const [lon, lat] = f.geometry.coordinates as [number, number];
        expect(lon > w && lon < e && lat > s && lat < n, `${table} ${f.properties.id}`).toBe(true);
      }
    }
  });

  it('the targets step shows the targets; implementation steps quote their event and carry its year', () => {
    const d = data();
    const tour = buildTour(d);
    expect(tour.steps.find((x) => x.id === 'targets')!.showTargets).toBe(true);
    const st = tour.steps.find((x) => x.id === 'implementation-railport')!;
    const ev = d.events.find((e) => e.id === 'ev-2023r-xie-open')!;
    expect(st.caption).toBe(ev.quote);
    expect(st.citation).toEqual({ ...ev.citation, quote: ev.quote.slice(0, 20) });
    expect(st.asOfYear).toBe(2023);
    expect(st.selected).toEqual({ source: 'railport', id: 'railport-xie' });
    expect(tour.steps.find((x) => x.id === 'implementation-2020')!.selected).toBeNull();
    // A step whose event is missing from the data is left out, not shown without its evidence.
    const without = buildTour({ ...d, events: d.events.filter((e) => e.id !== 'ev-2023r-xie-open') });
    expect(without.steps.map((x) => x.id)).not.toContain('implementation-railport');
    expect(without.steps.map((x) => x.id)).toContain('implementation-latest');
  });

  it('plan steps cite the first characters of their quote', () => {
    const overview = buildTour(data()).steps[0]!;
    expect(overview.citation!.quote!.length).toBeLessThanOrEqual(20);
    expect(squash(overview.caption!)).toContain(squash(overview.citation!.quote!));
  });
});

describe('presentation state', () => {
  const story = buildTour(data());
  const n = story.steps.length;

  it('applying a step is one state change: layers, filters, selection and camera together', () => {
    const store = createAppStore();
    const changes: number[] = [];
    store.subscribe(() => changes.push(1));
    const table = story.steps.findIndex((s) => s.id === 'projects-鹿寨县');
    store.getState().startPresentation(story, table);
    expect(changes).toHaveLength(1);
    const s = store.getState();
    const step = story.steps[table]!;
    expect(s.presentation?.index).toBe(table);
    expect(s.filters).toBe(step.filters);
    expect(s.filters.tables).toEqual(['鹿寨县']);
    expect(s.selected).toBe(step.selected);
    expect(s.layers).toEqual(layersForStep(step.layers));
    expect(s.cameraRequest).toEqual({ camera: step.camera, origin: 'story', seq: 1 });

    store.getState().goToStep(story, 1);
    expect(changes).toHaveLength(2);
    expect(store.getState().selected).toEqual(story.steps[1]!.selected);
    expect(store.getState().filters).toBe(EMPTY_FILTERS);
    expect(store.getState().cameraRequest).toEqual({
      camera: story.steps[1]!.camera,
      origin: 'story',
      seq: 2,
    });
  });

  it('back to the step view re-applies the step after the presenter explored', () => {
    const store = createAppStore();
    store.getState().startPresentation(story, 1);
    store.setState({ selected: null, filters: { ...EMPTY_FILTERS, text: 'x' } });
    store.getState().restoreStepView(story);
    expect(store.getState().selected).toEqual(story.steps[1]!.selected);
    expect(store.getState().filters.text).toBe('');
    expect(store.getState().cameraRequest?.seq).toBe(2);
  });

  it('steps clamp, and leaving restores the view from before', () => {
    const store = createAppStore();
    store.getState().setFilters({ tables: ['鹿寨县'] });
    store.getState().reportCamera({ center: [109.5, 24.5], zoom: 9, bearing: 0, pitch: 0 }, [0, 0, 1, 1]);
    const before = store.getState();
    store.getState().startPresentation(story, 0);
    store.getState().goToStep(story, 99);
    expect(store.getState().presentation?.index).toBe(n - 1);
    store.getState().goToStep(story, -5);
    expect(store.getState().presentation?.index).toBe(0);
    store.getState().exitPresentation();
    expect(store.getState().presentation).toBeNull();
    expect(store.getState().filters).toBe(before.filters);
    expect(store.getState().layers).toBe(before.layers);
    expect(store.getState().selected).toBeNull();
    expect(store.getState().cameraRequest?.camera).toEqual(before.camera);
    expect(store.getState().cameraRequest?.origin).toBe('app');
  });

  it('captures the current view as a step and edits the custom story', () => {
    const store = createAppStore();
    store.getState().setFilters({ types: ['商贸服务型'] });
    store.getState().setLayerVisible('road', true);
    const s = store.getState();
    const step = stepFromView(s, '标题', '备注', 'a');
    expect(step.layers).toContain('road');
    expect(step.filters.types).toEqual(['商贸服务型']);
    expect(layersForStep(step.layers).road.visible).toBe(true);
    s.addStep(step);
    s.addStep({ ...step, id: 'b', title: 'B' });
    store.getState().moveStep('b', -1);
    expect(store.getState().customStory.steps.map((x) => x.id)).toEqual(['b', 'a']);
    store.getState().updateStep('a', { title: '新标题' });
    store.getState().deleteStep('b');
    expect(store.getState().customStory.steps.map((x) => x.title)).toEqual(['新标题']);
  });

  it('a step keeps the drawings shown when it was saved; old steps show them all', () => {
    const store = createAppStore();
    const d = (id: string) => ({
      id,
      kind: 'point' as const,
      geometry: { type: 'Point' as const, coordinates: [109.4, 24.3] as [number, number] },
      color: '#d7263d',
      label: id,
      created_at: `2026-01-0${id.length}`,
    });
    store.getState().addDrawing(d('a'));
    const step = stepFromView(store.getState(), '标题', '', 's1');
    expect(step.drawings).toEqual(['a']);
    expect(StepSchema.parse(step).drawings).toEqual(['a']);
    store.getState().addDrawing(d('bb'));
    store.getState().setLayerVisible('drawings', false);
    expect(stepFromView(store.getState(), '无标绘', '', 's2').drawings).toBeUndefined();
    store.getState().startPresentation({ id: 'mine', title: 'x', steps: [step] }, 0);
    expect(store.getState().layers.drawings.visible).toBe(true);
    expect(shownDrawings(store.getState()).map((x) => x.id)).toEqual(['a']);
    store.getState().exitPresentation();
    expect(shownDrawings(store.getState()).map((x) => x.id)).toEqual(['a', 'bb']);
    const { drawings: _omit, ...old } = step;
    store.getState().startPresentation({ id: 'mine', title: 'x', steps: [StepSchema.parse(old)] }, 0);
    expect(shownDrawings(store.getState()).map((x) => x.id)).toEqual(['a', 'bb']);
  });

  it('rejects story files that are not ours or are malformed', () => {
    const good = { format: 'liuzhou-plan-map/story', version: 1, story: { id: 'x', title: 't', steps: [] } };
    expect(StoryFileSchema.safeParse(good).success).toBe(true);
    expect(StoryFileSchema.safeParse({ ...good, version: 2 }).success).toBe(false);
    expect(
      StoryFileSchema.safeParse({ ...good, story: { ...good.story, steps: [{ id: 'a' }] } }).success,
    ).toBe(false);
    const badFilter = {
      id: 's',
      title: 't',
      camera: 'home',
      layers: [],
      selected: null,
      filters: { ...EMPTY_FILTERS, tables: ['火星'] },
    };
    expect(StoryFileSchema.safeParse({ ...good, story: { ...good.story, steps: [badFilter] } }).success).toBe(
      false,
    );
  });
});

describe('stories to play', () => {
  it('the tour is built once per data set; any other id is the custom story', () => {
    const d = data();
    const custom = { id: 'mine', title: '我的演示', steps: [] };
    expect(tourFor(d)).toBe(tourFor(d));
    expect(tourFor(d).id).toBe(TOUR_ID);
    expect(storyOf({ customStory: custom }, d, TOUR_ID)).toBe(tourFor(d));
    expect(storyOf({ customStory: custom }, d, 'mine')).toBe(custom);
    expect(tourFor(data())).not.toBe(tourFor(d));
  });

  it('a step from a view without a camera goes home, and an empty note adds no caption', () => {
    const s = createAppStore().getState();
    const step = stepFromView(s, 'T', '', 'x');
    expect(step.camera).toBe('home');
    expect('caption' in step).toBe(false);
    expect(stepFromView(s, 'T', '说明', 'x').caption).toBe('说明');
  });
});
