/**
 * One gazetteer: every named place records are placed at is defined once (data/plan/src/gazetteer.json),
 * and no two records put the same named place in different positions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import type { GazetteerEntry } from '../../src/domain/schema';
import { THEMES } from '../../src/domain/schema';
import { PROJECTS_FILE, THEME_FILES } from '../../src/domain/planFiles';

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const places = read<GazetteerEntry[]>('data/plan/gazetteer.json');
type Props = {
  id: string;
  name: string;
  location_basis: string;
  location_quality: string;
  place_id?: string;
  placement_scope?: string;
};
const records = [PROJECTS_FILE, ...THEMES.map((t) => THEME_FILES[t])].flatMap(
  (file) => read<FeatureCollection<Geometry, Props>>(`data/plan/${file}`).features,
);
const srcOffsets = new Map<string, number>();
for (const f of ['road', 'water', 'air', 'pipeline', 'towns'])
  for (const r of read<Array<{ id: string; geometry_from?: { offset_km?: [number, number] } }>>(
    `data/plan/src/${f}.json`,
  ))
    if (r.geometry_from?.offset_km) srcOffsets.set(r.id, Math.hypot(...r.geometry_from.offset_km));
const km = (a: Position, b: Position) => distance(a, b, { units: 'kilometers' });
/** Markers sharing one place are spread on a 350 m ring. */
const RING_KM = 0.4;
/** The words a record would use for a place: its name, its aliases, and 沙塘 for 沙塘镇. */
const wordsFor = (g: GazetteerEntry) =>
  [g.name, ...g.aliases].flatMap((n) => (/^..+[镇乡]$/.test(n) ? [n, n.slice(0, -1)] : [n]));
/**
 * Whether `text` names the town itself: 雒容站, 雒容铁路物流基地, 雒容片 or 雒容附近 are other places or
 * areas near it, not the town's seat.
 */
const mentionsTown = (text: string, word: string) =>
  new RegExp(`${word}(?!站|火车站|铁路|片|一带|附近|港|作业区|工业|以)`).test(text);
const settlements = places.filter((g) => g.kind === '乡镇驻地' || g.kind === '区县驻地');

describe('gazetteer', () => {
  it('defines each place once: unique ids, names and aliases', () => {
    const ids = places.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = places.flatMap((g) => [g.name, ...g.aliases]);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(places.length).toBeGreaterThanOrEqual(44);
  });

  it('every key town of the county plan is a gazetteer place and its record stands on it', () => {
    const towns = read<FeatureCollection<Geometry, Props>>(`data/plan/${THEME_FILES.towns}`).features;
    for (const t of towns) {
      const g = places.find((p) => p.name === t.properties.name);
      expect(g, t.properties.name).toBeDefined();
      expect(t.properties.place_id).toBe(g!.id);
    }
  });

  it('records placed at a place stand on it (within the spreading ring, or the stated offset)', () => {
    const placed = records.filter((f) => f.properties.place_id);
    expect(placed.length).toBeGreaterThan(90);
    for (const f of placed) {
      const g = places.find((p) => p.id === f.properties.place_id);
      expect(g, f.properties.id).toBeDefined();
      expect(f.geometry.type).toBe('Point');
      const d = km((f.geometry as { coordinates: Position }).coordinates, g!.position);
      expect(d, f.properties.id).toBeLessThan(RING_KM + (srcOffsets.get(f.properties.id) ?? 0));
    }
  });

  it('no two records put a named town or seat in different places', () => {
    const disagreements: string[] = [];
    for (const f of records) {
      const text = `${f.properties.name}${f.properties.location_basis}`;
      const vertices: Position[] =
        f.geometry.type === 'Point'
          ? [f.geometry.coordinates]
          : f.geometry.type === 'LineString'
            ? f.geometry.coordinates
            : f.geometry.type === 'MultiLineString'
              ? f.geometry.coordinates.flat()
              : [];
      // River lines follow the water, not the towns along them.
      if (f.properties.id.startsWith('waterway-') || f.properties.id.startsWith('lock-')) continue;
      // Surveyed geometry (OSM railways, stations) is not a placement.
      if (f.properties.location_quality === 'exact') continue;
      for (const g of settlements) {
        if (!wordsFor(g).some((w) => mentionsTown(text, w))) continue;
        const tolerance =
          f.geometry.type === 'Point' ? RING_KM + (srcOffsets.get(f.properties.id) ?? 0) : 0.05;
        for (const v of vertices) {
          const d = km(v, g.position);
          // A placement near a place it names, but not on it, puts that place somewhere else.
          if (d > tolerance && d < 4 && !(f.properties.place_id && f.properties.place_id !== g.id))
            disagreements.push(`${f.properties.id} puts ${g.name} ${d.toFixed(2)} km from ${g.id}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('each settlement lies in its county on the 2025 boundaries', () => {
    const counties = read<FeatureCollection<Polygon, { name: string }>>(
      'data/base/counties.geojson',
    ).features;
    const towns = read<FeatureCollection<Geometry, Props & { counties: string[] }>>(
      `data/plan/${THEME_FILES.towns}`,
    ).features;
    for (const t of towns) {
      const g = places.find((p) => p.id === t.properties.place_id)!;
      const c = counties.find((x) => booleanPointInPolygon(g.position, x))?.properties.name;
      expect(c, g.name).toBe(t.properties.counties[0]);
    }
  });
});
