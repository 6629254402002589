/**
 * What the documents say happened to an item, as of a year: pure functions over the document
 * events (and, apart, the planners' own records). Results count as progress; tasks are what a
 * year's work plan sets out to do and never count as achievements.
 */
import type { AppData, OtherItemFeature, PlanItemFeature, ProjectFeature } from '../domain/data';
import type { DocEvent, Stage, UserRecord } from '../domain/implementation';
import { STAGES } from '../domain/implementation';
import { THEMES, type Theme } from '../domain/schema';
import { isCountyLevel } from './countyLevel';
import { byCodeUnit } from '../domain/codeOrder';

/** The plan was adopted in 2022; the time control starts with the period's first year. */
export const PLAN_YEAR = 2022;
export const FIRST_YEAR = 2020;
export const CURRENT_YEAR = 2026;

/** A stage as of a year, or 'none' when no document after the plan mentions the item. */
export type StageKey = Stage | 'none';
export const STAGE_KEYS: readonly StageKey[] = [...STAGES, 'none'];

/** Plan themes whose items are built, so have a stage (zones, corridors and towns are not). */
export const MONITORED_THEMES: readonly Theme[] = ['railport', 'rail', 'road', 'water', 'air', 'pipeline'];

export type MonitoredItem =
  | { source: 'projects'; feature: ProjectFeature }
  | { source: Theme; feature: PlanItemFeature }
  | { source: 'others'; feature: OtherItemFeature };

const monitoredCache = new WeakMap<AppData, MonitoredItem[]>();

/**
 * What the time control and the evaluation table follow: the key projects, the plan's
 * infrastructure items, any other plan item a later document speaks of, and the projects named
 * only in other documents.
 */
export function monitoredItems(data: AppData): MonitoredItem[] {
  const hit = monitoredCache.get(data);
  if (hit) return hit;
  const mentioned = new Set(data.events.flatMap((e) => e.item_ids));
  const items: MonitoredItem[] = [
    ...data.projects.features.map((feature) => ({ source: 'projects' as const, feature })),
    ...THEMES.flatMap((t) =>
      data.themes[t].features
        .filter((f) => MONITORED_THEMES.includes(t) || mentioned.has(f.properties.id))
        .map((feature) => ({ source: t, feature })),
    ),
    ...data.others.features.map((feature) => ({ source: 'others' as const, feature })),
  ];
  monitoredCache.set(data, items);
  return items;
}

/** The monitored items that have a site on the map (those placed only by district/county have none). */
export const sitedMonitoredItems = (data: AppData): MonitoredItem[] =>
  monitoredItems(data).filter((m) => !isCountyLevel(m.feature));

/** The documented events shipped with the data. */
export function docEventsOf(data: AppData): readonly DocEvent[] {
  return data.events;
}

const docYear = (e: DocEvent) => Number(e.doc_date.slice(0, 4));

/** Chronological order: the period a statement is about, then the document's date, then id. */
export function byDate(a: DocEvent, b: DocEvent): number {
  return a.period_year - b.period_year || byCodeUnit(a.doc_date, b.doc_date) || byCodeUnit(a.id, b.id);
}

/** Events about one item, in date order. */
export function eventsFor(itemId: string, events: readonly DocEvent[]): DocEvent[] {
  return events.filter((e) => e.item_ids.includes(itemId)).sort(byDate);
}

/** Known by the year: about a period up to the year, in a document published by the year's end. */
const knownBy = (year: number | null) => (e: DocEvent) =>
  year === null || (e.period_year <= year && docYear(e) <= year);

/** A document event that states a stage of works. */
export type StagedEvent = DocEvent & { stage: Stage };

export interface ItemState {
  /** Latest documented result stage (null = no result reported). */
  stage: Stage | null;
  /** The result event the stage comes from. */
  evidence: StagedEvent | null;
  results: StagedEvent[];
  tasks: DocEvent[];
  /** Results about the same period that disagree on the stage: both kept, in date order. */
  conflicts: Array<[StagedEvent, StagedEvent]>;
}

export function itemStateAsOf(itemId: string, events: readonly DocEvent[], year: number | null): ItemState {
  const known = eventsFor(itemId, events).filter(knownBy(year));
  // Statements of a figure (no stage of works) are in the timeline but move no stage.
  const results = known.filter((e): e is StagedEvent => e.kind === 'result' && e.stage !== null);
  const tasks = known.filter((e) => e.kind === 'task');
  const evidence = results.at(-1) ?? null;
  return { stage: evidence?.stage ?? null, evidence, results, tasks, conflicts: conflictsIn(results) };
}

/** Two documents reporting different stages for the same year of the same item. */
export function conflictsIn(results: readonly StagedEvent[]): Array<[StagedEvent, StagedEvent]> {
  const out: Array<[StagedEvent, StagedEvent]> = [];
  results.forEach((a, i) =>
    results.slice(i + 1).forEach((b) => {
      if (a.period_year === b.period_year && a.doc !== b.doc && a.stage !== b.stage) out.push([a, b]);
    }),
  );
  return out;
}

/**
 * Where the plan (2022) still lists as under way or to be built what an earlier document had
 * already reported finished: both statements stand, each with its date.
 */
export function planConflict(planStatus: string | null, state: ItemState): DocEvent | null {
  if (!planStatus || !/续建|在建|新建|开工/.test(planStatus)) return null;
  return (
    state.results.find((e) => e.period_year < PLAN_YEAR && (e.stage === '建成' || e.stage === '投入运营')) ??
    null
  );
}

/** Stage key for every given item as of the year (items without any known event: 'none'). */
export function stageMapAsOf(
  itemIds: readonly string[],
  events: readonly DocEvent[],
  year: number,
): Record<string, StageKey> {
  return Object.fromEntries(itemIds.map((id) => [id, itemStateAsOf(id, events, year).stage ?? 'none']));
}

/** How many items are at each stage ('none' = no later document records a result). */
export function stageCounts(stages: Record<string, StageKey>): Record<StageKey, number> {
  const counts = Object.fromEntries(STAGE_KEYS.map((k) => [k, 0])) as Record<StageKey, number>;
  for (const k of Object.values(stages)) counts[k] += 1;
  return counts;
}

export type TimelineEntry =
  | { kind: 'plan'; date: string }
  | { kind: 'event'; date: string; event: DocEvent }
  | { kind: 'record'; date: string; record: UserRecord };

/** The plan's entry, every document event and every user record, in date order. */
export function timelineOf(
  itemId: string,
  events: readonly DocEvent[],
  records: readonly UserRecord[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    { kind: 'plan', date: String(PLAN_YEAR) },
    ...eventsFor(itemId, events).map((event) => ({
      kind: 'event' as const,
      // The period a statement is about places it in time; the document date breaks ties.
      date: `${event.period_year}`,
      event,
    })),
    ...records
      .filter((r) => r.item_id === itemId)
      .map((record) => ({
        kind: 'record' as const,
        date: record.date,
        record,
      })),
  ];
  const order = { plan: 0, event: 1, record: 2 };
  return entries
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        byCodeUnit(a.e.date.slice(0, 4), b.e.date.slice(0, 4)) ||
        order[a.e.kind] - order[b.e.kind] ||
        byCodeUnit(a.e.date, b.e.date) ||
        a.i - b.i,
    )
    .map(({ e }) => e);
}

export const EVALUATIONS = ['achieved', 'progress', 'behind', 'none'] as const;
export type Evaluation = (typeof EVALUATIONS)[number];

/**
 * The traffic light, from document evidence only (the planners' records are shown beside it):
 * achieved = the latest result is 建成 or 投入运营; in progress = the latest result is 开工 or 在建;
 * behind = documents only set tasks for it, or report no more than 前期工作; no evidence = no
 * document after the plan mentions it.
 */
export function evaluate(state: ItemState): Evaluation {
  if (state.stage === '建成' || state.stage === '投入运营') return 'achieved';
  if (state.stage === '开工' || state.stage === '在建') return 'progress';
  if (state.stage === '前期工作' || state.tasks.length > 0) return 'behind';
  return 'none';
}

/** The newest of a set of user records (by date, then order of entry). */
export function latestRecord(itemId: string, records: readonly UserRecord[]): UserRecord | null {
  let best: UserRecord | null = null;
  for (const r of records) if (r.item_id === itemId && (!best || r.date >= best.date)) best = r;
  return best;
}
