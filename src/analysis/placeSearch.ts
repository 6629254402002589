/**
 * Place suggestions for the search box: names, aliases, pinyin and pinyin initials, best match
 * first (an exact name before a name that starts with the text, before one that contains it;
 * among equals, districts/counties and zones before sites), and where choosing one moves the map.
 */
import type { Geometry } from 'geojson';
import type { AppData } from '../domain/data';
import type { Bounds } from '../domain/geography';
import { KIND_RANK, type Place, type PlaceEntry } from '../domain/places';
import type { StepCamera } from '../domain/story';

export interface PlaceHit {
  id: string;
  place: Place;
}

/** Latin text shorter than this matches too much (every `l…`) to be worth suggesting. */
const MIN_LATIN = 2;
/** Zoom for a point place: a surveyed point closer, an approximate one with its surroundings. */
export const POINT_ZOOM = { exact: 14, approximate: 12.5 } as const;

/** 0 exact, 1 prefix, 2 contained, null no match; an exact other name counts as a prefix. */
function rank(candidates: readonly string[], q: string, exact: 0 | 1): number | null {
  let best: number | null = null;
  for (const c of candidates) {
    const r = c === q ? exact : c.startsWith(q) ? 1 : c.includes(q) ? 2 : null;
    if (r !== null && (best === null || r < best)) best = r;
  }
  return best;
}

export function searchPlaces(entries: readonly PlaceEntry[], text: string, limit = 8): PlaceHit[] {
  const q = text.trim().toLowerCase().replace(/\s+/g, '');
  if (!q || (/^[a-z0-9]+$/.test(q) && q.length < MIN_LATIN)) return [];
  const scored: Array<{ hit: PlaceHit; score: number }> = [];
  for (const e of entries) {
    // The first pinyin/initials field is the name's, the others the aliases' (split gives at least one).
    const [py, ...pyAliases] = e.pinyin.split('|') as [string, ...string[]];
    const [ini, ...iniAliases] = e.initials.split('|') as [string, ...string[]];
    const scores = [
      rank([e.place.name.toLowerCase(), py, ini], q, 0),
      rank([...e.place.aliases.map((a) => a.toLowerCase()), ...pyAliases, ...iniAliases], q, 1),
    ].filter((r): r is number => r !== null);
    if (!scores.length) continue;
    const r = Math.min(...scores);
    scored.push({ hit: { id: e.id, place: e.place }, score: r });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      KIND_RANK[a.hit.place.kind] - KIND_RANK[b.hit.place.kind] ||
      a.hit.place.name.length - b.hit.place.name.length ||
      a.hit.place.name.localeCompare(b.hit.place.name, 'zh'),
  );
  return scored.slice(0, limit).map((s) => s.hit);
}

/** Areas (and county-level places) are framed whole; a point is centred at a zoom for its quality. */
export function placeCamera(place: Place): StepCamera {
  if (place.bounds) return { bounds: place.bounds as Bounds };
  const zoom = place.quality === 'exact' ? POINT_ZOOM.exact : POINT_ZOOM.approximate;
  return { center: place.center, zoom, bearing: 0, pitch: 0 };
}

/** The shape to mark on the map: the area itself, the county of a county-level place, or the point. */
export function placeGeometry(data: Pick<AppData, 'base' | 'themes'>, place: Place): Geometry {
  const county = (name: string | null) =>
    data.base.counties.features.find((f) => f.properties.name === name)?.geometry;
  const ref = place.ref;
  if (place.area && ref) {
    const theme = (data.themes as Record<string, AppData['themes'][keyof AppData['themes']]>)[ref.source];
    const found =
      ref.source === 'counties'
        ? county(ref.id)
        : theme?.features.find((f) => f.properties.id === ref.id)?.geometry;
    if (found) return found;
  }
  if (place.quality === 'county') {
    const area = county(place.county);
    if (area) return area;
  }
  return { type: 'Point', coordinates: place.center };
}
