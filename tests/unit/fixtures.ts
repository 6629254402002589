/** Factories for small, fresh test data (no shared mutable fixtures). */
import type { UserRecord } from '../../src/domain/implementation';
import type { AnyFC, AppData } from '../../src/domain/data';
import { THEMES } from '../../src/domain/schema';
import type { BaseDataKey } from '../../src/domain/data';
import { BASE_DATA_URLS } from '../../src/io/dataUrls';

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
