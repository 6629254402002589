/**
 * Shareable state in the URL: language, camera, visible layers and selection (and, once they
 * exist, the project filters). Pure encode/decode; decoding validates every parameter, ignores what
 * is unknown or malformed and reports it in words the UI can show.
 */
import { z } from '../domain/zod';
import { LANGS, t, type Lang } from '../i18n/strings';
import { LAYER_GROUP_IDS, USER_GROUP_IDS } from '../layers';
import type { GroupState, LayerGroupId } from '../domain/layerGroups';
import type { FeatureRef } from '../state/selectionSlice';
import type { Camera } from '../state/viewSlice';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../domain/geography';
import { EMPTY_FILTERS, type ProjectFilters } from '../domain/filters';
import { PROJECT_STATUSES, PROJECT_TABLES, PROJECT_TYPES } from '../domain/schema';
import { BasemapIdSchema, DEFAULT_BASEMAP, type BasemapId } from '../domain/basemaps';
import { CURRENT_YEAR, FIRST_YEAR } from '../analysis/implementation';

export interface UrlState {
  lang: Lang;
  camera: Camera | null;
  layers: Record<LayerGroupId, GroupState>;
  selected: FeatureRef | null;
  filters: ProjectFilters;
  /** The basemap by name only (never its key). */
  basemap: BasemapId;
  /** The time control's year (null = the plan as written). */
  asOfYear?: number | null;
}

export const KNOWN_PARAMS = [
  'lang',
  'c',
  'layers',
  'opacity',
  'sel',
  'table',
  // Links made before the table filter was named for what it holds.
  'county',
  'type',
  'status',
  'area',
  'q',
  'inview',
  'bm',
  'year',
] as const;

const MAX_TEXT = 100;

const num = (min: number, max: number) =>
  z.coerce.number().refine((n) => Number.isFinite(n) && n >= min && n <= max);

/**
 * `c=lon,lat,zoom[,bearing,pitch]`. Numbers outside the map's frame (centre beyond its bounds,
 * zoom beyond its range) are clamped and reported; anything that is not a number is refused.
 */
function parseCamera(value: string): { camera: Camera; clamped: boolean } | null {
  const parts = value.split(',');
  if (parts.length !== 3 && parts.length !== 5) return null;
  const limits: Array<[number, number]> = [
    [MAX_BOUNDS[0], MAX_BOUNDS[2]],
    [MAX_BOUNDS[1], MAX_BOUNDS[3]],
    [MIN_ZOOM, MAX_ZOOM],
    [-180, 180],
    [0, 60],
  ];
  const nums = parts.map((p) => (/^\s*-?\d+(\.\d+)?\s*$/.test(p) ? Number(p) : NaN));
  if (!nums.every(Number.isFinite)) return null;
  let clamped = false;
  const [lon, lat, zoom, bearing = 0, pitch = 0] = nums.map((n, i) => {
    const [min, max] = limits[i]!;
    const c = Math.min(max, Math.max(min, n));
    if (c !== n) clamped = true;
    return c;
  });
  return { camera: { center: [lon!, lat!], zoom: zoom!, bearing, pitch }, clamped };
}

/** More unknown parameters than this are summarised (count and first names), not listed. */
export const MAX_LISTED_UNKNOWN = 5;

const SelParam = z.string().regex(/^[a-z]+\/[a-z0-9-]+$/);

export interface UrlProblem {
  param: string;
  reason: 'unknown' | 'invalid' | 'clamped' | 'repeated' | 'tooMany';
  /** The value used instead (clamped). */
  value?: string;
  /** tooMany: how many unknown parameters, and the first few names. */
  count?: number;
  names?: string[];
}

export interface Decoded {
  patch: Partial<UrlState>;
  /** Every parameter that was ignored, clamped or repeated, with the reason. */
  problems: UrlProblem[];
}

export function decodeUrl(search: string, defaults: Record<LayerGroupId, GroupState>): Decoded {
  const params = new URLSearchParams(search);
  const patch: Partial<UrlState> = {};
  const problems: Decoded['problems'] = [];
  const bad = (param: string) => problems.push({ param, reason: 'invalid' });
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const key of params.keys()) {
    if (seen.has(key)) {
      if ((KNOWN_PARAMS as readonly string[]).includes(key) && !problems.some((p) => p.param === key))
        problems.push({ param: key, reason: 'repeated' });
      continue;
    }
    seen.add(key);
    if (!(KNOWN_PARAMS as readonly string[]).includes(key)) unknown.push(key);
  }
  if (unknown.length > MAX_LISTED_UNKNOWN) {
    const names = unknown.slice(0, 3).map((n) => (n.length > 24 ? `${n.slice(0, 24)}…` : n));
    problems.push({ param: names[0]!, reason: 'tooMany', count: unknown.length, names });
  } else for (const key of unknown) problems.push({ param: key.slice(0, 40), reason: 'unknown' });
  const lang = params.get('lang');
  if (lang !== null) {
    if ((LANGS as readonly string[]).includes(lang)) patch.lang = lang as Lang;
    else bad('lang');
  }
  const c = params.get('c');
  if (c !== null) {
    const parsed = parseCamera(c);
    if (parsed) {
      patch.camera = parsed.camera;
      if (parsed.clamped) {
        const { center, zoom } = parsed.camera;
        problems.push({ param: 'c', reason: 'clamped', value: `${center[0]},${center[1]},${zoom}` });
      }
    } else bad('c');
  }
  const layers = params.get('layers');
  const opacity = params.get('opacity');
  if (layers !== null || opacity !== null) {
    let valid = false;
    const next = Object.fromEntries(LAYER_GROUP_IDS.map((id) => [id, { ...defaults[id] }])) as Record<
      LayerGroupId,
      GroupState
    >;
    if (layers !== null) {
      const ids = layers === '' ? [] : layers.split(',');
      if (ids.every((id) => (USER_GROUP_IDS as string[]).includes(id))) {
        for (const id of USER_GROUP_IDS) next[id].visible = ids.includes(id);
        valid = true;
      } else bad('layers');
    }
    if (opacity !== null) {
      const pairs = opacity.split(',').map((p) => p.split(':'));
      const ok = pairs.every(
        ([id, v]) =>
          (USER_GROUP_IDS as string[]).includes(id ?? '') &&
          v !== undefined &&
          num(0, 1).safeParse(v).success,
      );
      if (ok) {
        for (const [id, v] of pairs) next[id as LayerGroupId].opacity = Number(v);
        valid = true;
      } else bad('opacity');
    }
    if (valid) patch.layers = next;
  }
  const sel = params.get('sel');
  if (sel !== null) {
    if (SelParam.safeParse(sel).success) {
      const [source, id] = sel.split('/') as [string, string];
      patch.selected = { source, id };
    } else bad('sel');
  }
  const year = params.get('year');
  if (year !== null) {
    if (/^\d{4}$/.test(year) && Number(year) >= FIRST_YEAR && Number(year) <= CURRENT_YEAR) {
      patch.asOfYear = Number(year);
    } else bad('year');
  }
  const filters = decodeFilters(params, bad);
  if (filters) patch.filters = filters;
  const bm = params.get('bm');
  if (bm !== null) {
    const parsed = BasemapIdSchema.safeParse(bm);
    if (parsed.success) patch.basemap = parsed.data;
    else bad('bm');
  }
  return { patch, problems };
}

/** A comma list whose every item must be one of the options (or the whole parameter is ignored). */
function list<T extends string>(value: string | null, options: readonly T[]): T[] | null | 'bad' {
  if (value === null) return null;
  const items = value.split(',').filter(Boolean);
  return items.every((i) => (options as readonly string[]).includes(i)) ? (items as T[]) : 'bad';
}

function decodeFilters(params: URLSearchParams, bad: (p: string) => void): ProjectFilters | null {
  const f: ProjectFilters = { ...EMPTY_FILTERS };
  let any = false;
  const facets = [
    ['table', 'tables', PROJECT_TABLES],
    ['type', 'types', PROJECT_TYPES],
    ['status', 'statuses', PROJECT_STATUSES],
  ] as const;
  for (const [canonical, key, options] of facets) {
    // Old links name the table filter `county`; the new name wins when both are present.
    const param =
      canonical === 'table' && !params.has('table') && params.has('county') ? 'county' : canonical;
    const v = list(params.get(param), options);
    if (v === 'bad') bad(param);
    else if (v) {
      (f as unknown as Record<string, string[]>)[key] = v;
      any = true;
    }
  }
  const area = params.get('area');
  if (area !== null) {
    const m = /^(\d+(?:\.\d+)?)?-(\d+(?:\.\d+)?)?$/.exec(area);
    const min = m?.[1] !== undefined ? Number(m[1]) : null;
    const max = m?.[2] !== undefined ? Number(m[2]) : null;
    if (m && (min !== null || max !== null) && (min === null || max === null || min <= max)) {
      f.areaMin = min;
      f.areaMax = max;
      any = true;
    } else bad('area');
  }
  const q = params.get('q');
  if (q !== null) {
    if (q.length <= MAX_TEXT) {
      f.text = q;
      any = true;
    } else bad('q');
  }
  const inview = params.get('inview');
  if (inview !== null) {
    if (inview === '1') {
      f.inView = true;
      any = true;
    } else bad('inview');
  }
  return any ? f : null;
}

const round = (n: number, d: number) => String(Math.round(n * 10 ** d) / 10 ** d);

export function encodeUrl(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.lang !== 'zh') p.set('lang', s.lang);
  if (s.camera) {
    const { center, zoom, bearing, pitch } = s.camera;
    const parts = [round(center[0], 5), round(center[1], 5), round(zoom, 2)];
    if (bearing || pitch) parts.push(round(bearing, 1), round(pitch, 1));
    p.set('c', parts.join(','));
  }
  p.set('layers', USER_GROUP_IDS.filter((id) => s.layers[id].visible).join(','));
  const faded = USER_GROUP_IDS.filter((id) => s.layers[id].opacity !== 1);
  if (faded.length) p.set('opacity', faded.map((id) => `${id}:${round(s.layers[id].opacity, 2)}`).join(','));
  if (s.selected) p.set('sel', `${s.selected.source}/${s.selected.id}`);
  const f = s.filters;
  if (f.tables.length) p.set('table', f.tables.join(','));
  if (f.types.length) p.set('type', f.types.join(','));
  if (f.statuses.length) p.set('status', f.statuses.join(','));
  if (f.areaMin !== null || f.areaMax !== null) p.set('area', `${f.areaMin ?? ''}-${f.areaMax ?? ''}`);
  if (f.text) p.set('q', f.text);
  if (f.inView) p.set('inview', '1');
  if (s.basemap !== DEFAULT_BASEMAP) p.set('bm', s.basemap);
  if (s.asOfYear != null) p.set('year', String(s.asOfYear));
  return p.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');
}

/** One ignored/clamped setting in planner words, e.g. “地图视图”（c）超出地图范围，已调整为 …. */
export function describeUrlProblem(lang: Lang, p: UrlProblem): string {
  const known = (KNOWN_PARAMS as readonly string[]).includes(p.param);
  const label = known ? `${t(lang, `param.${p.param}`)}（${p.param}）` : p.param;
  if (p.reason === 'tooMany')
    return t(lang, 'url.tooMany', {
      n: p.count ?? 0,
      names: (p.names ?? []).join(lang === 'zh' ? '、' : ', '),
    });
  return t(lang, `url.${p.reason}`, { param: label, label, value: p.value ?? '' });
}
