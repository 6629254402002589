/**
 * Named places the search box can fly to (districts/counties, the plan's zones, rail-port sites,
 * port 作业区, the airport and its park, towns and seats, railway stations). A derived search aid
 * built with the project index into search.json: each place keeps how its position was obtained,
 * so a county-level or approximate place never reads as surveyed.
 */
import { z } from './zod';

export const PLACE_KINDS = [
  'county',
  'zone',
  'railport',
  'port',
  'airport',
  'park',
  'town',
  'seat',
  'station',
] as const;
export const PlaceKindSchema = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

/** `county`: the documents place it only within a district/county (framed as that area). */
export const PlaceQualitySchema = z.enum(['exact', 'approximate', 'county']);

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-85).max(85);

export const PlaceSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: PlaceKindSchema,
  quality: PlaceQualitySchema,
  /** An area (polygon) rather than a point: framed whole when chosen. */
  area: z.boolean(),
  basis: z.string(),
  basis_en: z.string(),
  /** The district/county the place lies in (null for places spanning several). */
  county: z.string().nullable(),
  center: z.tuple([lon, lat]),
  /** West, south, east, north: the area's extent, or the county's for a county-level place. */
  bounds: z.tuple([lon, lat, lon, lat]).nullable(),
  /** The map feature that draws it, for the highlight (its layer's source and id). */
  ref: z.object({ source: z.string(), id: z.string() }).nullable(),
});
export type Place = z.infer<typeof PlaceSchema>;

/** One line of search.json for a place: `place:` ids never collide with project ids. */
export const PlaceEntrySchema = z.object({
  id: z.string().startsWith('place:'),
  pinyin: z.string(),
  initials: z.string(),
  place: PlaceSchema,
});
export type PlaceEntry = z.infer<typeof PlaceEntrySchema>;

/** Search order among equally good matches: areas people frame first, then named sites. */
export const KIND_RANK: Record<PlaceKind, number> = {
  county: 0,
  zone: 1,
  town: 2,
  seat: 3,
  port: 4,
  railport: 5,
  airport: 6,
  park: 7,
  station: 8,
};
