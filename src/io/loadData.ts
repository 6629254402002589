/**
 * Fetches every data file once at start-up. One broken file never stops the others: a file that is
 * missing, answers with an HTTP error, is cut short or has the wrong shape is replaced by an empty
 * one and reported (which file, what went wrong), so the rest of the map keeps working. Features
 * that do not have the expected shape are left out and counted, so the map never receives them.
 *
 * A file that is exactly the one the build shipped (same content hash) is not checked record by
 * record again: its records were checked before it shipped (`npm run check:data`, unit tests), and
 * checking every record took ≈ 0.1 s or more of the page's main thread at each first open.
 */
import { z } from '../domain/zod';
import SHIPPED_DIGESTS from 'virtual:data-digests';
import { contentHash } from './contentHash';
import { PlaceEntrySchema, type PlaceEntry } from '../domain/places';
import type { AnyFC, AppData, BaseDataKey } from '../domain/data';
import {
  GeometrySchema,
  PlanItemPropsSchema,
  ProjectPropsSchema,
  TargetSchema,
  THEMES,
  type Theme,
} from '../domain/schema';
import {
  DocEventSchema,
  DocPartSchema,
  OtherItemPropsSchema,
  OtherTargetSchema,
} from '../domain/implementation';
import {
  BASE_DATA_URLS,
  EVENTS_URL,
  OTHERS_URL,
  OTHER_TARGETS_URL,
  PROJECTS_URL,
  SEARCH_URL,
  TARGETS_URL,
  THEME_URLS,
} from './dataUrls';

export type DataFault = 'network' | 'http' | 'truncated' | 'shape' | 'timeout';

export interface DataProblem {
  /** Key of the data set: `base.counties`, `projects`, `themes.rail`, `targets`… (for messages). */
  what: string;
  /** File name without the build hash, e.g. `projects.geojson`. */
  file: string;
  fault: DataFault | 'partial';
  /** HTTP status, or the number of records left out for `partial`. */
  detail?: number;
}

export interface LoadReport {
  data: AppData;
  problems: DataProblem[];
}

/** A request that has not answered in this time is treated as failed (never "Loading…" forever). */
export const DATA_TIMEOUT_MS = 30_000;

const AnyFeature = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.string(), coordinates: z.array(z.unknown()) }),
  properties: z.record(z.string(), z.unknown()).nullable(),
});
const ProjectFeature = z.object({
  type: z.literal('Feature'),
  geometry: GeometrySchema,
  properties: ProjectPropsSchema,
});
const PlanFeature = z.object({
  type: z.literal('Feature'),
  geometry: GeometrySchema,
  properties: PlanItemPropsSchema,
});
const OtherFeature = z.object({
  type: z.literal('Feature'),
  geometry: GeometrySchema,
  properties: OtherItemPropsSchema,
});
// A place line must be a whole place: a broken one is dropped (and counted), never read as a project's.
const SearchEntry = z.union([
  PlaceEntrySchema,
  z.object({ id: z.string(), pinyin: z.string(), initials: z.string() }).strict(),
]);

/** `base/counties-Ab12.geojson` → `counties.geojson` (the name a person recognises). */
export function fileNameOf(url: string): string {
  const last = url.split(/[?#]/)[0]!.split('/').pop() ?? url;
  return last.replace(/-[A-Za-z0-9_-]{8}(\.[a-z]+)$/, '$1');
}

class LoadError extends Error {
  constructor(
    readonly fault: DataFault,
    readonly status?: number,
  ) {
    super(fault);
  }
}

async function fetchText(url: string, timeoutMs: number): Promise<string> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: ctrl.signal });
    } catch {
      throw new LoadError(ctrl.signal.aborted ? 'timeout' : 'network');
    }
    if (!res.ok) throw new LoadError('http', res.status);
    try {
      return await res.text();
    } catch {
      throw new LoadError(ctrl.signal.aborted ? 'timeout' : 'network');
    }
  } finally {
    clearTimeout(timer);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError('truncated');
  }
}

/** Keeps the records that have the expected shape; how many were left out is reported. */
function keepValid<T>(items: unknown[], schema: z.ZodType): { kept: T[]; dropped: number } {
  const kept = items.filter((x) => schema.safeParse(x).success) as T[];
  return { kept, dropped: items.length - kept.length };
}
/** A file the build shipped: its records were checked before it shipped. */
const keepAll = <T>(items: unknown[]) => ({ kept: items as T[], dropped: 0 });

/**
 * `shipped`: content hash of each file the build shipped, by file name (tests pass `{}` to check
 * every record).
 */
export async function loadDataReport(
  timeoutMs = DATA_TIMEOUT_MS,
  shipped: Record<string, string> = SHIPPED_DIGESTS,
): Promise<LoadReport> {
  const problems: DataProblem[] = [];

  /** Loads one file; on any fault returns `fallback` and records the problem. */
  const load = async <T>(
    what: string,
    url: string,
    items: (json: unknown, keep: typeof keepValid) => unknown[] | null,
    schema: z.ZodType,
    build: (kept: unknown[]) => T,
  ): Promise<T> => {
    const file = fileNameOf(url);
    try {
      const text = await fetchText(url, timeoutMs);
      const keep = Object.hasOwn(shipped, file) && shipped[file] === contentHash(text) ? keepAll : keepValid;
      const list = items(parseJson(text), keep);
      if (!list) throw new LoadError('shape');
      const { kept, dropped } = keep(list, schema);
      if (dropped) problems.push({ what, file, fault: 'partial', detail: dropped });
      return build(kept);
    } catch (e) {
      const err = e instanceof LoadError ? e : new LoadError('shape');
      problems.push({ what, file, fault: err.fault, ...(err.status ? { detail: err.status } : {}) });
      return build([]);
    }
  };
  const featuresOf = (json: unknown): unknown[] | null => {
    const fc = json as Partial<AnyFC> | null;
    return fc && typeof fc === 'object' && fc.type === 'FeatureCollection' && Array.isArray(fc.features)
      ? fc.features
      : null;
  };
  const arrayOf = (json: unknown): unknown[] | null => (Array.isArray(json) ? json : null);
  const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features }) as AnyFC;

  // events.json holds the documents and their events: one request, both lists kept record by record.
  let docParts: unknown[] = [];
  const eventsOf = (json: unknown, keep: typeof keepValid): unknown[] | null => {
    const rec = json as { events?: unknown; documents?: unknown } | null;
    if (!rec || typeof rec !== 'object' || !Array.isArray(rec.events)) return null;
    docParts = Array.isArray(rec.documents) ? keep(rec.documents, DocPartSchema).kept : [];
    return rec.events;
  };
  const [base, projects, themes, targets, search, events, others, otherTargets] = await Promise.all([
    Promise.all(
      (Object.keys(BASE_DATA_URLS) as BaseDataKey[]).map(
        async (k) => [k, await load(`base.${k}`, BASE_DATA_URLS[k], featuresOf, AnyFeature, fc)] as const,
      ),
    ),
    load('projects', PROJECTS_URL, featuresOf, ProjectFeature, fc),
    Promise.all(
      THEMES.map(
        async (t: Theme) =>
          [t, await load(`themes.${t}`, THEME_URLS[t], featuresOf, PlanFeature, fc)] as const,
      ),
    ),
    load('targets', TARGETS_URL, arrayOf, TargetSchema, (x) => x),
    load('search', SEARCH_URL, arrayOf, SearchEntry, (x) => x),
    load('events', EVENTS_URL, eventsOf, DocEventSchema, (x) => x),
    load('others', OTHERS_URL, featuresOf, OtherFeature, fc),
    load('otherTargets', OTHER_TARGETS_URL, arrayOf, OtherTargetSchema, (x) => x),
  ]);
  performance.mark('lz:data-loaded');
  const data: AppData = {
    base: Object.fromEntries(base) as AppData['base'],
    projects: projects as unknown as AppData['projects'],
    themes: Object.fromEntries(themes) as unknown as AppData['themes'],
    targets: targets as AppData['targets'],
    search: (search as Array<{ place?: unknown }>).filter((e) => !e.place) as AppData['search'],
    places: (search as Array<{ place?: unknown }>).filter((e) => e.place) as PlaceEntry[],
    events: events as AppData['events'],
    docParts: docParts as AppData['docParts'],
    others: others as unknown as AppData['others'],
    otherTargets: otherTargets as AppData['otherTargets'],
  };
  return { data, problems };
}
