// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import type { Point } from 'geojson';
import { loadKml, loadKmz, loadShapefile, loadXlsx } from '../../src/io/import/loadersBinary';
import { refusalOf } from './importRefusal';

const DIR = 'tests/fixtures/import/';
const buf = (b: Uint8Array | Buffer) =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const fixture = (f: string) => buf(readFileSync(DIR + f));

const zip = async (files: Record<string, string | Uint8Array | ArrayBuffer>) => {
  const z = new JSZip();
  for (const [n, d] of Object.entries(files)) z.file(n, d);
  return buf(await z.generateAsync({ type: 'uint8array' }));
};
const placemark = (coords: string) =>
  `<Placemark><name>甲</name><Point><coordinates>${coords}</coordinates></Point></Placemark>`;

describe('KML and KMZ', () => {
  it('reads placemarks as features, nothing else claimed', async () => {
    const file = await loadKml(
      `<kml xmlns="http://www.opengis.net/kml/2.2">${placemark('109.4,24.3,0')}</kml>`,
    );
    expect(file).toMatchObject({ format: 'kml', table: null, statedCrs: null, notes: [] });
    expect((file.features!.features[0]!.geometry as Point).coordinates.slice(0, 2)).toEqual([109.4, 24.3]);
    // A bare placemark without the kml root is read too.
    expect((await loadKml(placemark('109.4,24.3'))).features!.features).toHaveLength(1);
  });

  it('says why it refuses: broken XML (with the reason), not KML, no placemark, a bad position', async () => {
    const broken = await refusalOf(loadKml(readFileSync(DIR + 'bad-broken.kml', 'utf8')));
    expect(broken.key).toBe('import.err.xml');
    expect(String(broken.vars.reason).length).toBeGreaterThan(0);
    expect(String(broken.vars.reason).length).toBeLessThanOrEqual(120);
    expect(await refusalOf(loadKml('<gpx><wpt/></gpx>'))).toEqual({ key: 'import.err.notKml', vars: {} });
    expect((await refusalOf(loadKml('<kml><Document/></kml>'))).key).toBe('import.err.empty');
    expect(await refusalOf(loadKml(`<kml>${placemark('200,24.3')}</kml>`))).toEqual({
      key: 'import.err.coords',
      vars: { n: 1, what: 'Placemark' },
    });
  });

  it('opens the first .kml in a KMZ, whatever its case; refuses a non-zip or a zip without one', async () => {
    const kml = readFileSync(DIR + 'sites.kml', 'utf8');
    const kmz = await loadKmz(await zip({ 'files/readme.txt': 'x', 'DOC.KML': kml }));
    expect(kmz.format).toBe('kmz');
    expect(kmz.features!.features).toHaveLength(3);
    expect(await refusalOf(loadKmz(buf(Buffer.from('not a zip'))))).toEqual({
      key: 'import.err.zip',
      vars: {},
    });
    expect((await refusalOf(loadKmz(fixture('bad-no-kml.kmz')))).key).toBe('import.err.noKmlInKmz');
  });
});

describe('zipped Shapefile', () => {
  /** The fixture's points rewritten in lon/lat, for archives without a projection. */
  async function geographic(extra: Record<string, string>) {
    const src = await JSZip.loadAsync(fixture('sites-utm49-shp.zip'));
    const shp = Buffer.from(await src.file('sites.shp')!.async('uint8array'));
    for (let i = 0; 100 + 28 * (i + 1) <= shp.length; i++) {
      shp.writeDoubleLE([109.3, 109.4, 109.5][i] ?? 109, 100 + 28 * i + 12);
      shp.writeDoubleLE(24.3, 100 + 28 * i + 20);
    }
    const files: Record<string, Uint8Array | string> = { 'sites.shp': shp, ...extra };
    for (const n of ['sites.shx', 'sites.dbf']) files[n] = await src.file(n)!.async('uint8array');
    return zip(files);
  }

  it('notes the projection it was read with (its first 60 characters), or its absence', async () => {
    const withPrj = await loadShapefile(fixture('sites-utm49-shp.zip'));
    expect(withPrj.format).toBe('shapefile');
    expect(withPrj.table).toBeNull();
    expect(withPrj.statedCrs).toBe('WGS84');
    const prj = await (
      await JSZip.loadAsync(fixture('sites-utm49-shp.zip'))
    )
      .file('sites.prj')!
      .async('string');
    expect(prj.length).toBeGreaterThan(60);
    expect(withPrj.notes).toEqual([['import.note.prj', { prj: prj.slice(0, 60) }]]);
    const bare = await loadShapefile(await geographic({}));
    expect(bare.notes).toEqual([['import.note.noPrj']]);
    expect(bare.statedCrs).toBeNull();
    expect((bare.features!.features[1]!.geometry as Point).coordinates).toEqual([109.4, 24.3]);
  });

  it('takes a CGCS2000 projection as CGCS2000', async () => {
    const prj =
      'GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]';
    const file = await loadShapefile(await geographic({ 'sites.prj': prj }));
    expect(file.statedCrs).toBe('CGCS2000');
  });

  it('refuses an archive whose .shp cannot be read, with the reason', async () => {
    const r = await refusalOf(loadShapefile(await zip({ 'a.shp': 'garbage', 'a.dbf': 'x' })));
    expect(r.key).toBe('import.err.shp');
    expect(String(r.vars.reason).length).toBeGreaterThan(0);
  });
});

describe('XLSX', () => {
  const book = async (fill: (wb: ExcelJS.Workbook) => void) => {
    const wb = new ExcelJS.Workbook();
    fill(wb);
    return buf(new Uint8Array(await wb.xlsx.writeBuffer()));
  };

  it('reads the first sheet: headers trimmed, formulas as their result, blank cells as empty text', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('first');
      ws.addRow([' 名称 ', 'lon', 'lat', 'n']);
      ws.addRow(['甲', 109.4, 24.3, { formula: '1+1', result: 2 }]);
      ws.addRow(['乙', null, 24.4, 'x']);
      wb.addWorksheet('second').addRow(['other']);
    });
    const file = await loadXlsx(bytes);
    expect(file).toMatchObject({ format: 'xlsx', features: null, statedCrs: null, notes: [] });
    expect(file.table).toEqual({
      headers: ['名称', 'lon', 'lat', 'n'],
      rows: [
        ['甲', '109.4', '24.3', '2'],
        ['乙', '', '24.4', 'x'],
      ],
    });
  });

  it('refuses a workbook with a header and no rows, or no sheet', async () => {
    const headerOnly = await book((wb) => wb.addWorksheet('s').addRow(['lon', 'lat']));
    expect(await refusalOf(loadXlsx(headerOnly))).toEqual({ key: 'import.err.empty', vars: {} });
    const twoRows = await book((wb) => {
      const ws = wb.addWorksheet('s');
      ws.addRow(['lon', 'lat']);
      ws.addRow([109, 24]);
    });
    expect((await loadXlsx(twoRows)).table!.rows).toEqual([['109', '24']]);
    const empty = await book(() => undefined);
    expect(await refusalOf(loadXlsx(empty))).toEqual({ key: 'import.err.empty', vars: {} });
  });
});
