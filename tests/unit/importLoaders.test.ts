// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import type { Point } from 'geojson';
import {
  detectCoordColumns,
  guessCrs,
  loadCsv,
  loadGeoJson,
  tableToFeatures,
  toWgs84,
} from '../../src/io/import/loaders';
import { loadKml, loadKmz, loadShapefile, loadXlsx } from '../../src/io/import/loadersBinary';
import type { LoadedFile } from '../../src/io/import/importTypes';
import { refusalOf } from './importRefusal';

const DIR = 'tests/fixtures/import/';
const text = (f: string) => readFileSync(DIR + f, 'utf8');
const bytes = (f: string) => {
  const b = readFileSync(DIR + f);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
/** The WGS84 truth the fixtures encode (scripts/make-import-fixtures.ts). */
const TRUTH: Array<[number, number]> = [
  [109.359, 24.284],
  [109.47, 24.352],
  [109.415, 24.318],
];

const expectAtTruth = (file: LoadedFile, crsPoints?: ReturnType<typeof toWgs84>) => {
  const fc = crsPoints ?? file.features!;
  expect(fc.features).toHaveLength(3);
  fc.features.forEach((f, i) => {
    const m = distance((f.geometry as Point).coordinates, TRUTH[i]!, { units: 'meters' });
    expect(m, `feature ${i + 1} within 2 m of the truth`).toBeLessThan(2);
  });
};

describe('import loaders', () => {
  it('GeoJSON: reads features; a bad coordinate is refused naming the feature', async () => {
    expectAtTruth(loadGeoJson(text('sites.geojson')));
    const e = await refusalOf(() => loadGeoJson(text('bad-coords.geojson')));
    expect(e.key).toBe('import.err.coords');
    expect(e.vars.n).toBe(2);
    expect((await refusalOf(() => loadGeoJson('{"type":'))).key).toBe('import.err.json');
  });

  it('CSV in GCJ-02: columns detected, CRS guessed from the name, converted to WGS84 with gcoord', async () => {
    const f = loadCsv(text('sites-gcj02.csv'));
    const cols = detectCoordColumns(f.table!)!;
    expect(f.table!.headers[cols.lon]).toBe('经度');
    expect(f.table!.headers[cols.lat]).toBe('纬度');
    expect(guessCrs('sites-gcj02.csv', f.table!.headers)).toBe('GCJ02');
    const raw = tableToFeatures(f.table!, cols);
    // Taken as WGS84 it is ~500 m off; converted it is on the truth.
    expect(
      distance((raw.features[0]!.geometry as Point).coordinates, TRUTH[0]!, { units: 'meters' }),
    ).toBeGreaterThan(300);
    expectAtTruth(f, toWgs84(raw, 'GCJ02'));
    expect(raw.features[0]!.properties!['名称']).toBe('候选点甲');
    const bad = loadCsv(text('bad-row.csv'));
    const e = await refusalOf(() => tableToFeatures(bad.table!, detectCoordColumns(bad.table!)!));
    expect(e.key).toBe('import.err.row');
    expect(e.vars.row).toBe(3);
  });

  it('KML and KMZ (@tmcw/togeojson + jszip); broken files are refused', async () => {
    expectAtTruth(await loadKml(text('sites.kml')));
    expectAtTruth(await loadKmz(bytes('sites.kmz')));
    expect((await refusalOf(loadKml(text('bad-broken.kml')))).key).toBe('import.err.xml');
    expect((await refusalOf(loadKmz(bytes('bad-no-kml.kmz')))).key).toBe('import.err.noKmlInKmz');
  });

  it('zipped Shapefile in UTM 49N is projected with its .prj; a zip without .shp is refused', async () => {
    const f = await loadShapefile(bytes('sites-utm49-shp.zip'));
    expectAtTruth(f);
    expect(f.statedCrs).toBe('WGS84');
    expect(f.notes[0]![0]).toBe('import.note.prj');
    expect(f.features!.features[0]!.properties!.NAME).toBe('候选点甲');
    expect((await refusalOf(loadShapefile(bytes('bad-no-shp.zip')))).key).toBe('import.err.noShp');
  });

  it('XLSX with coordinate columns; a non-workbook is refused', async () => {
    const f = await loadXlsx(bytes('sites.xlsx'));
    const cols = detectCoordColumns(f.table!)!;
    expect(f.table!.headers[cols.lon]).toBe('lng');
    expectAtTruth(f, tableToFeatures(f.table!, cols));
    expect((await refusalOf(loadXlsx(bytes('bad-not-a-workbook.xlsx')))).key).toBe('import.err.xlsx');
  });
});
