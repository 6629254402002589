/** Place search, flying to a place and the map's place-name set, on small made-up inputs. */
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import { placeCamera, placeGeometry, POINT_ZOOM, searchPlaces } from '../../src/analysis/placeSearch';
import { BADGE_RADIUS, placeLabels, placeRank } from '../../src/analysis/placeLabels';
import type { Place, PlaceEntry } from '../../src/domain/places';
import { fc, makeData } from './fixtures';

const place = (p: Partial<Place> = {}): Place => ({
  name: '某地',
  aliases: [],
  kind: 'town',
  quality: 'approximate',
  area: false,
  basis: '按规划文字定位',
  basis_en: 'placed from the plan words',
  county: null,
  center: [109.4, 24.3],
  bounds: null,
  ref: null,
  ...p,
});
const entry = (
  name: string,
  kind: Place['kind'],
  pinyin = '',
  initials = '',
  aliases: string[] = [],
): PlaceEntry => ({
  id: `place:${name}`,
  pinyin,
  initials,
  place: place({ name, kind, aliases }),
});
const order = (list: PlaceEntry[], q: string, limit?: number) =>
  searchPlaces(list, q, limit).map((h) => h.place.name);

describe('place search (made-up entries)', () => {
  it('one Chinese character is enough; one latin letter or digit is not', () => {
    const list = [
      entry('柳江区', 'county', 'liujiangqu', 'ljq'),
      entry('9号码头', 'port', '9haomatou', '9hmt'),
    ];
    expect(order(list, '柳')).toEqual(['柳江区']);
    expect(order(list, 'l')).toEqual([]);
    expect(order(list, '9')).toEqual([]);
    expect(order(list, 'lj')).toEqual(['柳江区']);
    expect(order(list, '9h')).toEqual(['9号码头']);
    expect(order(list, ' Liu Jiang ')).toEqual(['柳江区']);
  });

  it('aliases are found by their own pinyin and initials, and an exact alias ranks as a prefix', () => {
    const list = [
      entry('大埔镇', 'town', 'dabuzhen|liuchengxiancheng', 'dbz|lcxc', ['柳城县城']),
      entry('柳城县城北站', 'station', 'liuchengxianchengbeizhan', 'lcxcbz'),
      entry('柳城县城', 'seat', 'liuchengxiancheng', 'lcxc'),
    ];
    expect(order(list, 'lcxc')).toEqual(['柳城县城', '大埔镇', '柳城县城北站']);
    expect(order(list, 'liuchengxiancheng')).toEqual(['柳城县城', '大埔镇', '柳城县城北站']);
    expect(order(list, '柳城县城')).toEqual(['柳城县城', '大埔镇', '柳城县城北站']);
    expect(order(list, 'dabu')).toEqual(['大埔镇']);
  });

  it('among equals: kind, then the shorter name, then pinyin order; eight at most unless asked', () => {
    const list = [
      entry('港口乙作业区', 'port'),
      entry('港口甲作业区', 'port'),
      entry('港口作业区', 'port'),
      entry('港口镇', 'town'),
    ];
    expect(order(list, '港口')).toEqual(['港口镇', '港口作业区', '港口甲作业区', '港口乙作业区']);
    const many = Array.from({ length: 10 }, (_, i) => entry(`站${'点'.repeat(i + 1)}`, 'station'));
    expect(order(many, '站')).toHaveLength(8);
    expect(order(many, '站', 3)).toEqual(['站点', '站点点', '站点点点']);
  });

  it('a name that only contains the text comes after those that start with it', () => {
    const list = [entry('北港口', 'county'), entry('港口站', 'station')];
    expect(order(list, '港口')).toEqual(['港口站', '北港口']);
  });
});

describe('flying to a place (made-up places)', () => {
  it('a point is centred, north up and flat, closer when surveyed', () => {
    expect(placeCamera(place({ quality: 'exact' }))).toEqual({
      center: [109.4, 24.3],
      zoom: POINT_ZOOM.exact,
      bearing: 0,
      pitch: 0,
    });
    expect(placeCamera(place())).toEqual({
      center: [109.4, 24.3],
      zoom: POINT_ZOOM.approximate,
      bearing: 0,
      pitch: 0,
    });
    expect(placeCamera(place({ bounds: [109, 24, 110, 25] }))).toEqual({ bounds: [109, 24, 110, 25] });
  });

  it('an area is marked by its own shape from its layer; otherwise the county or the point', () => {
    const data = makeData();
    const zone = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [109, 24],
          [110, 24],
          [110, 25],
          [109, 24],
        ],
      ],
    };
    const county = {
      ...zone,
      coordinates: [
        [
          [108, 24],
          [109, 24],
          [109, 25],
          [108, 24],
        ],
      ],
    };
    data.themes.structure = fc([
      { type: 'Feature', properties: { id: 'structure-core' }, geometry: zone },
    ]) as never;
    data.base.counties = fc([{ type: 'Feature', properties: { name: '鹿寨县' }, geometry: county }]);
    const point = { type: 'Point', coordinates: [109.4, 24.3] };
    const ref = { source: 'structure', id: 'structure-core' };
    expect(placeGeometry(data, place({ area: true, ref }))).toBe(zone);
    expect(placeGeometry(data, place({ area: true, ref: { source: 'counties', id: '鹿寨县' } }))).toBe(
      county,
    );
    // Not an area, or its shape is missing: the point.
    expect(placeGeometry(data, place({ area: false, ref }))).toEqual(point);
    expect(placeGeometry(data, place({ area: true, ref: { source: 'structure', id: 'gone' } }))).toEqual(
      point,
    );
    expect(placeGeometry(data, place({ area: true, ref: { source: 'nowhere', id: 'x' } }))).toEqual(point);
    expect(placeGeometry(data, place({ area: true }))).toEqual(point);
    // County-level: the county's shape, or the point when the county is unknown.
    expect(placeGeometry(data, place({ quality: 'county', county: '鹿寨县' }))).toBe(county);
    expect(placeGeometry(data, place({ quality: 'county', county: '三江侗族自治县' }))).toEqual(point);
    expect(placeGeometry(data, place({ county: '鹿寨县' }))).toEqual(point);
  });
});

const coll = <G extends Geometry>(features: Array<{ g: G; p: object }>): FeatureCollection<G, object> => ({
  type: 'FeatureCollection',
  features: features.map(({ g, p }) => ({ type: 'Feature', geometry: g, properties: p })),
});
const pt = (x: number, y: number): Point => ({ type: 'Point', coordinates: [x, y] });

describe('the map’s place names (made-up inputs)', () => {
  it('a place without a name gets no text, never "undefined"', () => {
    const none = coll<Point>([]);
    const labels = placeLabels({
      countyLabels: coll([{ g: pt(1, 1), p: {} }]),
      structure: none,
      airport: coll([{ g: pt(5, 5), p: {} }]),
      projects: none,
      badges: none,
      railport: none,
      air: none,
    }).features.filter((f) => f.properties.role === 'label');
    expect(labels.map((f) => f.properties.text)).toEqual(['✈ ', '']);
  });

  const out = () =>
    placeLabels({
      countyLabels: coll([
        { g: pt(1, 1), p: { name: '柳城县' } },
        { g: pt(2, 2), p: { name: '鱼峰区' } },
        { g: pt(3, 3), p: { name: '柳南区' } },
      ]),
      structure: coll([
        { g: pt(4, 4), p: { id: 'structure-core', kind: '一核', name: '中心城区' } },
        { g: pt(4, 5), p: { id: 'structure-north', kind: '三区', name: '北部' } },
        { g: pt(4, 6), p: { id: 'structure-liudong', kind: '三区', name: '柳东' } },
        { g: pt(4, 7), p: { id: 'structure-rong-san', kind: '多组团', name: '融三' } },
        { g: pt(4, 8), p: { id: 'structure-other', kind: '多组团', name: '其他' } },
      ]),
      airport: coll([{ g: pt(5, 5), p: { name_zh: '白莲机场' } }]),
      projects: coll([{ g: pt(6, 6), p: {} }]),
      badges: coll([{ g: pt(7, 7), p: {} }]) as FeatureCollection<Point, object>,
      railport: coll([{ g: pt(8, 8), p: {} }]),
      air: coll([{ g: pt(9, 9), p: {} }]),
    }).features;

  it('markers: a blank box of the theme’s disc size at each point, placed first', () => {
    const markers = out().filter((f) => f.properties.role === 'marker');
    expect(
      markers.map((f) => [f.properties.group, f.geometry.coordinates, f.properties.r7, f.properties.r12]),
    ).toEqual([
      ['projects', [6, 6], 6, 9.5],
      ['projects', [7, 7], BADGE_RADIUS, BADGE_RADIUS],
      ['railport', [8, 8], 8.5, 8.5],
      ['air', [9, 9], 7.5, 7.5],
      ['airport', [5, 5], 7, 11],
    ]);
    for (const m of markers)
      expect(m.properties).toMatchObject({ rank: 0, text: '', style: 'marker', lead: 'none' });
  });

  it('names: text, style, rank and candidate sides for each kind of place', () => {
    const labels = out()
      .filter((f) => f.properties.role === 'label')
      .map((f) => f.properties);
    expect(labels.map((p) => [p.group, p.text, p.style, p.rank, p.lead])).toEqual([
      ['airport', '✈ 白莲机场', 'airport', 1, 'marker'],
      ['structure', '中心城区', 'core', 2, 'core'],
      ['structure', '三区·北部', 'zone', 4, 'north'],
      ['structure', '三区·柳东', 'zone', 4, 'liudong'],
      ['structure', '多组团·融三', 'cluster', 5, 'north3'],
      ['structure', '多组团·其他', 'cluster', 5, 'south'],
      ['counties', '柳城县', 'county', 3, 'area'],
      ['counties', '鱼峰区', 'district', 6, 'area'],
      ['counties', '柳南区', 'district', 3, 'area'],
    ]);
    for (const p of labels) expect([p.r7, p.r12]).toEqual([0, 0]);
    expect(
      ['airport', 'core', 'county', 'zone', 'cluster', 'district'].map((s) => placeRank(s as never)),
    ).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('place search ranking (made-up entries)', () => {
  it("a place's best-matching name counts, not its last one", () => {
    // 'liu' is the exact name of the first, and only inside its pinyin; the second's name starts with it.
    const list = [entry('liu', 'town', 'aliu'), entry('liub', 'town')];
    expect(order(list, 'liu')).toEqual(['liu', 'liub']);
    // Here the better match (the pinyin, exact) comes after the weaker one (the name, containing it).
    expect(order([entry('liub', 'town'), entry('aliu', 'town', 'liu')], 'liu')).toEqual(['aliu', 'liub']);
  });

  it('a better match by an alias beats a weaker one by the name', () => {
    const list = [entry('新柳江', 'town'), entry('大柳江站', 'town', '', '', ['柳江'])];
    expect(order(list, '柳江')).toEqual(['大柳江站', '新柳江']);
  });

  it('names and aliases written in capitals are found by lower-case text', () => {
    const list = [entry('ABC物流园', 'park'), entry('某港', 'park', '', '', ['LZ港'])];
    expect(order(list, 'abc')).toEqual(['ABC物流园']);
    expect(order(list, 'lz港')).toEqual(['某港']);
  });
});
