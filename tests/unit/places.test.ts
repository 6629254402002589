import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { placeCamera, placeGeometry, POINT_ZOOM, searchPlaces } from '../../src/analysis/placeSearch';
import { PlaceEntrySchema, type Place, type PlaceEntry } from '../../src/domain/places';
import { pinyinFields } from '../../scripts/lib/searchIndex';
import { placeEntries, shippedPlaceInputs } from '../../scripts/lib/placeIndex';
import { createAppStore } from '../../src/state/store';
import { makeData } from './fixtures';

const read = <T>(path: string): T => JSON.parse(readFileSync(`data/${path}`, 'utf8')) as T;
const shipped = read<Array<{ id: string; place?: unknown }>>('plan/search.json');
const places = shipped.filter((e) => e.place) as PlaceEntry[];
const counties = read<FeatureCollection<Polygon | MultiPolygon, { name: string }>>('base/counties.geojson');
const names = (q: string) => searchPlaces(places, q).map((h) => h.place.name);
const first = (q: string) => searchPlaces(places, q)[0]?.place;

describe('place index', () => {
  it('is the derivation of the shipped geography, plan layers and gazetteer', () => {
    const derived = placeEntries(shippedPlaceInputs(read));
    expect(places).toEqual(derived);
    for (const p of places) expect(PlaceEntrySchema.safeParse(p).success, p.id).toBe(true);
  });

  it('holds every kind of place a planner names, once each', () => {
    const kinds = new Set(places.map((p) => p.place.kind));
    for (const k of ['county', 'zone', 'railport', 'port', 'airport', 'park', 'town', 'station'])
      expect(kinds, k).toContain(k);
    expect(places.filter((p) => p.place.kind === 'county')).toHaveLength(10);
    const all = places.map((p) => p.place.name);
    expect(new Set(all).size).toBe(all.length);
    for (const n of [
      '鹿寨县',
      '柳东新区',
      '柳州港官塘作业区',
      '柳州西鹅铁路物流中心',
      '空港物流产业园',
      '雒容镇',
      '柳州站',
    ])
      expect(all, n).toContain(n);
  });

  it('keeps how each position is known: county-level places are framed as their county', () => {
    const daojiang = places.find((p) => p.place.name === '鹿寨港导江作业区')!.place;
    expect(daojiang.quality).toBe('county');
    expect(daojiang.county).toBe('鹿寨县');
    expect(daojiang.bounds).toEqual(places.find((p) => p.place.name === '鹿寨县')!.place.bounds);
    expect(first('雒容镇')!.quality).toBe('approximate');
    expect(first('柳州白莲机场')!.quality).toBe('exact');
    // Every approximate place says how it was placed, in both languages.
    for (const { place } of places) expect(place.basis && place.basis_en, place.name).toBeTruthy();
  });
});

describe('place search', () => {
  it('finds places by name, pinyin and initials', () => {
    expect(first('luzhai')!.name).toBe('鹿寨县');
    expect(first('lzx')!.name).toBe('鹿寨县');
    expect(names('luzhai')).toEqual(expect.arrayContaining(['鹿寨县', '鹿寨镇', '鹿寨北站']));
    expect(names('guantang')).toEqual(expect.arrayContaining(['官塘多式联运基地', '柳州港官塘作业区']));
    expect(first('雒容')!.name).toBe('雒容镇');
    expect(names('jiangkou')).toContain('鹿寨港区江口作业区');
    // Aliases: the plan's other names find the place too.
    expect(names('江口码头')).toEqual(['鹿寨港区江口作业区']);
    expect(names('柳城县城')).toEqual(['大埔镇']);
  });

  it('ranks an exact name first, then names that start with the text, then the rest', () => {
    const entry = (name: string, kind: Place['kind'], aliases: string[] = []): PlaceEntry => ({
      id: `place:${name}`,
      ...pinyinFields([name, ...aliases]),
      place: { ...first('鹿寨县')!, name, kind, aliases },
    });
    const fixture = [
      entry('北鹿寨', 'county'),
      entry('鹿寨县', 'county'),
      entry('鹿寨站', 'station', ['鹿寨']),
      entry('鹿寨', 'station'),
    ];
    const order = (q: string) => searchPlaces(fixture, q).map((h) => h.place.name);
    // Exact name, then prefixes (an exact other name counts as one; a county before a station), then the rest.
    expect(order('鹿寨')).toEqual(['鹿寨', '鹿寨县', '鹿寨站', '北鹿寨']);
    expect(order('luzhai')).toEqual(['鹿寨', '鹿寨县', '鹿寨站', '北鹿寨']);
    expect(order('lz')).toEqual(['鹿寨', '鹿寨县', '鹿寨站', '北鹿寨']);
    // In the shipped index: districts/counties before towns and stations that share their name.
    expect(first('liujiang')!.name).toBe('柳江区');
    expect(names('rongshui').slice(0, 2)).toEqual(['融水苗族自治县', '融水镇']);
    expect(names('柳城')[0]).toBe('柳城县');
    const luzhai = names('鹿寨');
    expect(luzhai[0]).toBe('鹿寨县');
    expect(luzhai.indexOf('鹿寨镇')).toBeLessThan(luzhai.indexOf('鹿寨北站'));
    expect(first('柳州南站')!.name).toBe('柳州南站');
    expect(first('liuzhounan')!.name).toBe('柳州南站');
  });

  it('suggests nothing for empty or one-letter text, and caps the list', () => {
    expect(searchPlaces(places, '')).toEqual([]);
    expect(searchPlaces(places, '  ')).toEqual([]);
    expect(searchPlaces(places, 'l')).toEqual([]);
    expect(searchPlaces(places, 'zzzz')).toEqual([]);
    expect(searchPlaces(places, 'li', 5)).toHaveLength(5);
  });
});

describe('flying to a place', () => {
  it('frames an area whole and centres a point at a zoom for its quality', () => {
    const luzhai = first('鹿寨县')!;
    expect(placeCamera(luzhai)).toEqual({ bounds: luzhai.bounds });
    expect(placeCamera(first('柳州白莲机场')!)).toMatchObject({ zoom: POINT_ZOOM.exact });
    expect(placeCamera(first('雒容镇')!)).toMatchObject({ zoom: POINT_ZOOM.approximate });
    expect(POINT_ZOOM.approximate).toBeLessThan(POINT_ZOOM.exact);
    expect(placeCamera(first('鹿寨港导江作业区')!)).toEqual({ bounds: luzhai.bounds });
  });

  it('marks the area, the county of a county-level place, or the point', () => {
    const data = { ...makeData(), base: { ...makeData().base, counties: counties as never } };
    const poly = placeGeometry(data, first('鹿寨县')!);
    expect(poly.type).toMatch(/Polygon/);
    expect(placeGeometry(data, first('鹿寨港导江作业区')!)).toBe(poly);
    expect(placeGeometry(data, first('雒容镇')!)).toEqual({
      type: 'Point',
      coordinates: first('雒容镇')!.center,
    });
    const inside = counties.features.find((f) => f.properties.name === '鹿寨县')!;
    expect(booleanPointInPolygon(first('鹿寨县')!.center, inside)).toBe(true);
  });

  it('choosing a place moves the camera and marks it, and leaves the filters alone', () => {
    const store = createAppStore();
    store.getState().setFilters({ text: 'luzhai', tables: ['鹿寨县'] });
    const filters = store.getState().filters;
    const hit = searchPlaces(places, 'luzhai')[0]!;
    store.getState().showPlace(hit, { type: 'Point', coordinates: hit.place.center });
    const s = store.getState();
    expect(s.filters).toBe(filters);
    expect(s.cameraRequest?.camera).toEqual({ bounds: hit.place.bounds });
    expect(s.placeMark).toMatchObject({ id: hit.id, name: '鹿寨县', approximate: false, seq: 1 });
    s.showPlace(hit, { type: 'Point', coordinates: hit.place.center });
    expect(store.getState().placeMark?.seq).toBe(2);
    expect(searchPlaces(places, '雒容')[0]!.place.quality).not.toBe('exact');
  });
});
