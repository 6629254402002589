/** Factories for small, fresh test data (no shared mutable fixtures). */
import type { DocEvent, UserRecord } from '../../src/domain/implementation';
import type { StoryStep } from '../../src/domain/story';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import type { AnyFC, AppData } from '../../src/domain/data';
import { THEMES } from '../../src/domain/schema';
import type { BaseDataKey } from '../../src/domain/data';
import { BASE_DATA_URLS } from '../../src/io/dataUrls';
import { defaultLayers } from '../../src/state/layersSlice';
import type { GroupState, LayerGroupId } from '../../src/domain/layerGroups';

export function fc(features: AnyFC['features'] = []): AnyFC {
  return { type: 'FeatureCollection', features };
}

export function pointFeature(
  lon: number,
  lat: number,
  props: Record<string, unknown> = {},
): AnyFC['features'][number] {
  return { type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [lon, lat] } };
}

export function makeData(): AppData {
  const base = Object.fromEntries(Object.keys(BASE_DATA_URLS).map((k) => [k, fc()])) as Record<
    BaseDataKey,
    AnyFC
  >;
  base.airport = fc([pointFeature(109.391, 24.2075, { name_zh: '柳州白莲机场' })]);
  const empty = () => fc() as never;
  return {
    base,
    projects: empty(),
    themes: Object.fromEntries(THEMES.map((t) => [t, empty()])) as unknown as AppData['themes'],
    targets: [],
    search: [],
    places: [],
    events: [],
    docParts: [],
    others: empty(),
    otherTargets: [],
  };
}

/** A planner's record with plausible defaults; override what the test is about. */
export const userRecord = (p: Partial<UserRecord> = {}): UserRecord => ({
  id: 'r1',
  item_id: 'ln-01',
  date: '2025-06-01',
  stage: '建成',
  note: '现场核实已建成',
  source: '2025年第3次规委会纪要',
  actual_value: null,
  unit: null,
  ...p,
});

/** Timestamps one second apart, in the order asked for (log entries sort by time). */
export function ticker(): () => string {
  let clock = 0;
  return () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();
}

let eventCount = 0;
/** A document's statement about items, reported the year after its period; ids in creation order. */
export function docEvent(p: Partial<DocEvent> & Pick<DocEvent, 'item_ids' | 'period_year'>): DocEvent {
  eventCount += 1;
  return {
    id: `ev-${String(eventCount).padStart(4, '0')}`,
    doc: '003_c21faca217ef6869.txt',
    doc_part: 'gwr-2021',
    doc_date: `${p.period_year + 1}-01-10`,
    kind: 'result',
    stage: '开工',
    verb: '开工建设',
    quote: '某项目开工建设',
    citation: { file: '003_c21faca217ef6869.txt', line: 10, section: '一、2020年工作回顾' },
    ...p,
  };
}

/** A story step over the projects, no filter, nothing selected; override what the test is about. */
export const storyStep = (id: string, patch: Partial<StoryStep> = {}): StoryStep => ({
  id,
  title: id,
  camera: { center: [109.4, 24.3], zoom: 9, bearing: 0, pitch: 0 },
  layers: ['projects'],
  filters: EMPTY_FILTERS,
  selected: null,
  ...patch,
});

/** A drawn square of about 1 km a side near the city centre. */
export const drawnSquare = () => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [109.4, 24.3],
      [109.41, 24.3],
      [109.41, 24.31],
      [109.4, 24.31],
      [109.4, 24.3],
    ],
  ] as Array<[number, number]>[],
});

/** Every layer group shown at full opacity (the widest state the map draws). */
export const everyGroupShown = (): Record<LayerGroupId, GroupState> =>
  Object.fromEntries(Object.keys(defaultLayers()).map((k) => [k, { visible: true, opacity: 1 }])) as Record<
    LayerGroupId,
    GroupState
  >;
