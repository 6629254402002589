import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Point } from 'geojson';
import {
  checkFeatures,
  detectCoordColumns,
  formatOf,
  guessCrs,
  loadCsv,
  loadGeoJson,
  parseCsv,
  tableToFeatures,
  toWgs84,
  withIds,
} from '../../src/io/import/loaders';
import { refusal } from './importRefusal';

const point = (coordinates: unknown, props: Record<string, unknown> = {}) =>
  ({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates } }) as Feature;
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features }) as FeatureCollection;

describe('checkFeatures', () => {
  it('accepts lon/lat on the edges of the globe, and attribute-only features', () => {
    const ok = fc(
      point([180, 90]),
      point([-180, -90]),
      { type: 'Feature', properties: { a: 1 }, geometry: null },
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [109, 24],
                [109.1, 24],
                [109, 24.1],
                [109, 24],
              ],
            ],
          ],
        },
      },
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[109, 24]] } },
    );
    expect(checkFeatures(ok)).toBe(ok);
  });

  it('names the first feature (from 1) that is not one, or has an unknown geometry', () => {
    expect(refusal(() => checkFeatures(fc(point([109, 24]), { type: 'Point' })))).toEqual({
      key: 'import.err.notFeature',
      vars: { n: 2 },
    });
    expect(refusal(() => checkFeatures(fc(null)))).toEqual({ key: 'import.err.notFeature', vars: { n: 1 } });
    const circle = { type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [109, 24] } };
    expect(refusal(() => checkFeatures(fc(point([1, 1]), point([2, 2]), circle), 'row'))).toEqual({
      key: 'import.err.geometry',
      vars: { n: 3, what: 'row', type: 'Circle' },
    });
  });

  it('refuses positions off the globe, not numbers, or missing — naming the feature', () => {
    const bad = (coordinates: unknown) =>
      refusal(() => checkFeatures(fc(point([109, 24]), point(coordinates))));
    for (const c of [
      [180.01, 24],
      [-180.01, 24],
      [109, 90.01],
      [109, -90.01],
      ['109', 24],
      [109, NaN],
      [109],
      [],
    ])
      expect(bad(c), JSON.stringify(c)).toEqual({
        key: 'import.err.coords',
        vars: { n: 2, what: 'feature' },
      });
    const line = (coordinates: unknown) =>
      refusal(() =>
        checkFeatures(fc({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } })),
      );
    expect(line([]).key).toBe('import.err.coords');
    expect(
      line([
        [109, 24],
        [200, 24],
      ]).key,
    ).toBe('import.err.coords');
    expect(line([[109, 24], 'x']).key).toBe('import.err.coords');
  });
});

describe('loadGeoJson', () => {
  it('reads a collection or a single feature, and says where the text is broken', () => {
    const one = loadGeoJson(JSON.stringify(point([109.4, 24.3], { name: '甲' })));
    expect(one).toMatchObject({ format: 'geojson', table: null, statedCrs: null, notes: [] });
    expect(one.features?.type).toBe('FeatureCollection');
    expect(one.features?.features).toHaveLength(1);
    const broken = refusal(() => loadGeoJson('{"type":'));
    expect(broken.key).toBe('import.err.json');
    expect(String(broken.vars.reason)).toMatch(/JSON/);
    for (const text of ['null', '[]', '{"type":"Point","coordinates":[1,2]}', '{"type":"FeatureCollection"}'])
      expect(refusal(() => loadGeoJson(text)).key, text).toBe('import.err.notGeoJson');
  });

  it('refuses projected coordinates, and notes CGCS2000', () => {
    const withCrs = (name: string) =>
      JSON.stringify({ ...fc(point([109, 24])), crs: { type: 'name', properties: { name } } });
    for (const name of ['urn:ogc:def:crs:EPSG::3857', 'EPSG:900913', 'epsg::4547', 'EPSG:4549'])
      expect(refusal(() => loadGeoJson(withCrs(name)))).toEqual({
        key: 'import.err.projected',
        vars: { crs: name },
      });
    expect(loadGeoJson(withCrs('urn:ogc:def:crs:EPSG::4490')).statedCrs).toBe('CGCS2000');
    expect(loadGeoJson(withCrs('urn:ogc:def:crs:OGC:1.3:CRS84')).statedCrs).toBeNull();
  });
});

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF, CR and a BOM; trims headers; drops blank lines', () => {
    const t = parseCsv('\uFEFF name ,"lon"\r\n"甲, 乙","说""好"""\r\r\n\n,\nx,"1\n2"');
    expect(t.headers).toEqual(['name', 'lon']);
    expect(t.rows).toEqual([
      ['甲, 乙', '说"好"'],
      ['x', '1\n2'],
    ]);
    // A quote inside a field is text; the last line needs no newline.
    expect(parseCsv('a,b\nsay "hi",2').rows).toEqual([['say "hi"', '2']]);
    expect(parseCsv('a,b\n1,').rows).toEqual([['1', '']]);
    expect(parseCsv('a\r1').rows).toEqual([['1']]);
  });

  it('refuses a quote left open (naming its row) and a file without data rows', () => {
    expect(refusal(() => parseCsv('a,b\n1,2\n"3,4\n'))).toEqual({
      key: 'import.err.csvQuote',
      vars: { row: 3 },
    });
    expect(refusal(() => parseCsv('a,b\n')).key).toBe('import.err.empty');
    expect(refusal(() => parseCsv('a,b\n , \n')).key).toBe('import.err.empty');
    expect(refusal(() => parseCsv('')).key).toBe('import.err.empty');
  });

  it('loadCsv gives the table, no features yet', () => {
    expect(loadCsv('a,b\n1,2')).toEqual({
      format: 'csv',
      features: null,
      table: { headers: ['a', 'b'], rows: [['1', '2']] },
      statedCrs: null,
      notes: [],
    });
  });
});

describe('detectCoordColumns', () => {
  const table = (headers: string[], ...rows: string[][]) => ({ headers, rows });
  it('finds the columns by name, in Chinese or English, spaces ignored', () => {
    expect(detectCoordColumns(table(['名称', '经 度', '纬度'], ['a', '1', '2']))).toEqual({ lon: 1, lat: 2 });
    expect(detectCoordColumns(table(['LAT', '名称', 'Lng'], ['1', '2', '3']))).toEqual({ lon: 2, lat: 0 });
    expect(detectCoordColumns(table(['gcj_lat', 'gcjlng'], ['1', '2']))).toEqual({ lon: 1, lat: 0 });
    expect(detectCoordColumns(table(['long', 'latitude'], ['1', '2']))).toEqual({ lon: 0, lat: 1 });
    expect(detectCoordColumns(table(['东经', '北纬'], ['1', '2']))).toEqual({ lon: 0, lat: 1 });
  });

  it('else by values in China’s range: longitude 73–136, latitude 3–54, in every sampled row', () => {
    const t = table(['a', 'b', 'c'], ['24.3', '109.4', 'x'], ['24.4', '109.5', 'y']);
    expect(detectCoordColumns(t)).toEqual({ lon: 1, lat: 0 });
    expect(detectCoordColumns(table(['a', 'b'], ['73', '3'], ['136', '54']))).toEqual({ lon: 0, lat: 1 });
    expect(detectCoordColumns(table(['a', 'b'], ['72.9', '24'], ['109', '24']))).toBeNull();
    expect(detectCoordColumns(table(['a', 'b'], ['109', '54.1']))).toBeNull();
    expect(detectCoordColumns(table(['a', 'b'], ['109', '2.9']))).toBeNull();
    expect(detectCoordColumns(table(['a', 'b']))).toBeNull();
    // Only the first 50 rows are looked at.
    const rows = [...Array.from({ length: 50 }, () => ['109', '24']), ['oops', 'oops']];
    expect(detectCoordColumns(table(['a', 'b'], ...rows))).toEqual({ lon: 0, lat: 1 });
  });

  it('never takes one column for both', () => {
    expect(detectCoordColumns(table(['v'], ['30'], ['40']))).toBeNull();
    expect(detectCoordColumns(table(['lon', 'b'], ['109', 'x']))).toBeNull();
    // A longitude named as such is not looked at again for the latitude.
    expect(detectCoordColumns(table(['lon', 'b'], ['30', '24']))).toEqual({ lon: 0, lat: 1 });
  });
});

describe('guessCrs', () => {
  it('reads the file name and the column names', () => {
    expect(guessCrs('高德导出.csv')).toBe('GCJ02');
    expect(guessCrs('sites.csv', ['name', 'gcj_lng'])).toBe('GCJ02');
    expect(guessCrs('AMap.csv')).toBe('GCJ02');
    expect(guessCrs('腾讯.csv')).toBe('GCJ02');
    expect(guessCrs('火星坐标.csv')).toBe('GCJ02');
    expect(guessCrs('百度.csv')).toBe('BD09');
    expect(guessCrs('baidu.csv')).toBe('BD09');
    expect(guessCrs('x.csv', ['bd_lng'])).toBe('BD09');
    expect(guessCrs('bd09.csv')).toBe('BD09');
    expect(guessCrs('CGCS.csv')).toBe('CGCS2000');
    expect(guessCrs('2000.csv')).toBe('CGCS2000');
    expect(guessCrs('epsg4490.csv')).toBe('CGCS2000');
    // "bd" only at the start of a word.
    expect(guessCrs('abd.csv')).toBe('WGS84');
    expect(guessCrs('sites.csv', ['lon', 'lat'])).toBe('WGS84');
    expect(guessCrs('sites.csv')).toBe('WGS84');
  });
});

describe('tableToFeatures', () => {
  it('makes points with every column as a property; an unnamed column is named by position', () => {
    const out = tableToFeatures(
      { headers: ['名称', '', 'lon', 'lat'], rows: [['甲', 'v', ' 109.4 ', '24.3']] },
      { lon: 2, lat: 3 },
    );
    expect(out.type).toBe('FeatureCollection');
    expect(out.features[0]).toEqual({
      type: 'Feature',
      properties: { 名称: '甲', col2: 'v', lon: ' 109.4 ', lat: '24.3' },
      geometry: { type: 'Point', coordinates: [109.4, 24.3] },
    });
  });

  it('names the first data row (as in the file, header = row 1) whose coordinates are not usable', () => {
    const bad = (lon: string | undefined, lat: string | undefined) =>
      refusal(() =>
        tableToFeatures(
          {
            headers: ['lon', 'lat'],
            rows: [['109', '24'], [lon, lat].filter((x) => x !== undefined) as string[]],
          },
          { lon: 0, lat: 1 },
        ),
      );
    expect(bad('x', '24')).toEqual({ key: 'import.err.row', vars: { row: 3, lon: 'x', lat: '24' } });
    expect(bad(' ', '24').vars).toEqual({ row: 3, lon: ' ', lat: '24' });
    expect(bad('109', ' ').key).toBe('import.err.row');
    expect(bad('180.5', '24').key).toBe('import.err.row');
    expect(bad('-180.5', '24').key).toBe('import.err.row');
    expect(bad('109', '90.5').key).toBe('import.err.row');
    expect(bad('109', '-90.5').key).toBe('import.err.row');
    expect(bad('109', 'Infinity').key).toBe('import.err.row');
    expect(bad(undefined, undefined).vars).toEqual({ row: 3, lon: '', lat: '' });
    expect(
      tableToFeatures({ headers: ['lon', 'lat'], rows: [['180', '-90']] }, { lon: 0, lat: 1 }).features,
    ).toHaveLength(1);
  });
});

describe('toWgs84', () => {
  const liuzhou = () => fc(point([109.4, 24.3]));
  const at = (x: FeatureCollection) => (x.features[0]!.geometry as Point).coordinates;
  it('leaves WGS84 and CGCS2000 as they are', () => {
    const w = liuzhou();
    expect(toWgs84(w, 'WGS84')).toBe(w);
    expect(toWgs84(w, 'CGCS2000')).toBe(w);
  });
  it('shifts GCJ-02 and BD-09 by their own offsets, leaving the input untouched', () => {
    const input = liuzhou();
    const gcj = at(toWgs84(input, 'GCJ02'));
    const bd = at(toWgs84(input, 'BD09'));
    expect(at(input)).toEqual([109.4, 24.3]);
    // GCJ-02 lies a few hundred metres off WGS84 here; BD-09 further again.
    expect(gcj[0]).toBeLessThan(109.4);
    expect(gcj[0]).toBeGreaterThan(109.39);
    expect(gcj[1]).toBeGreaterThan(24.3);
    expect(bd[0]).toBeLessThan(gcj[0]!);
    expect(bd[1]).toBeLessThan(gcj[1]!);
  });
});

describe('formatOf and withIds', () => {
  it('tells the format from the extension, whatever its case', () => {
    const cases: Array<[string, string | null]> = [
      ['a.geojson', 'geojson'],
      ['a.JSON', 'geojson'],
      ['a.kml', 'kml'],
      ['a.KMZ', 'kmz'],
      ['a.shp.zip', 'shapefile'],
      ['a.csv', 'csv'],
      ['a.txt', 'csv'],
      ['a.xlsx', 'xlsx'],
      ['a.xls', null],
      ['geojson', 'geojson'],
      ['a.', null],
    ];
    for (const [name, format] of cases) expect(formatOf(name), name).toBe(format);
  });

  it('gives features without an id their position, keeping ids they have (0 included)', () => {
    const input = fc(point([2, 2]), { ...point([1, 1]), id: 0 }, point([2, 2]), {
      ...point([3, 3]),
      id: 'k',
    });
    const out = withIds(input);
    expect(out.features.map((f) => f.id)).toEqual([0, 0, 2, 'k']);
    expect(out.type).toBe('FeatureCollection');
    expect(input.features[0]!.id).toBeUndefined();
  });
});
