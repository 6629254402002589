/**
 * Writes the import test fixtures (good and bad per format) to tests/fixtures/import/:
 * npx tsx scripts/make-import-fixtures.ts. The three sites are fixed WGS84 points in Liuzhou; the
 * GCJ-02 CSV holds them offset with gcoord, the Shapefile holds them in UTM zone 49N with its .prj.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import gcoord from 'gcoord';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import proj4 from 'proj4';

const OUT = 'tests/fixtures/import';
mkdirSync(OUT, { recursive: true });

/** The WGS84 truth every good fixture encodes. */
export const SITES: Array<{ name: string; kind: string; lonlat: [number, number] }> = [
  { name: '候选点甲', kind: '仓储', lonlat: [109.359, 24.284] },
  { name: '候选点乙', kind: '冷链', lonlat: [109.47, 24.352] },
  { name: '候选点丙', kind: '仓储', lonlat: [109.415, 24.318] },
];

const write = (name: string, data: string | Uint8Array) => writeFileSync(`${OUT}/${name}`, data);

// GeoJSON
const fc = {
  type: 'FeatureCollection',
  features: SITES.map((s) => ({
    type: 'Feature',
    properties: { name: s.name, kind: s.kind },
    geometry: { type: 'Point', coordinates: s.lonlat },
  })),
};
write('sites.geojson', JSON.stringify(fc, null, 1));
const bad = structuredClone(fc) as { features: Array<{ geometry: { coordinates: unknown } }> };
bad.features[1]!.geometry.coordinates = ['109.47x', 24.352];
write('bad-coords.geojson', JSON.stringify(bad));

// CSV in GCJ-02 (as copied from Amap), and a CSV with a bad row.
const gcj = SITES.map((s) => gcoord.transform(s.lonlat, gcoord.WGS84, gcoord.GCJ02) as [number, number]);
write(
  'sites-gcj02.csv',
  '\uFEFF名称,类别,经度,纬度\r\n' +
    SITES.map((s, i) => `${s.name},${s.kind},${gcj[i]![0].toFixed(6)},${gcj[i]![1].toFixed(6)}`).join('\r\n') +
    '\r\n',
);
write('bad-row.csv', '名称,经度,纬度\r\n甲,109.359,24.284\r\n乙,109.47,北纬24度\r\n');

// KML and KMZ
const kml =
  '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>\n' +
  SITES.map(
    (s) =>
      `<Placemark><name>${s.name}</name><ExtendedData><Data name="kind"><value>${s.kind}</value></Data></ExtendedData>` +
      `<Point><coordinates>${s.lonlat[0]},${s.lonlat[1]},0</coordinates></Point></Placemark>`,
  ).join('\n') +
  '\n</Document></kml>\n';
write('sites.kml', kml);
write('bad-broken.kml', kml.slice(0, kml.length / 2));

async function zip(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [n, d] of Object.entries(files)) z.file(n, d);
  return z.generateAsync({ type: 'uint8array' });
}

// Shapefile (points) in UTM zone 49N, with .prj and .cpg.
const UTM49 = '+proj=utm +zone=49 +datum=WGS84 +units=m +no_defs';
const PRJ =
  'PROJCS["WGS_1984_UTM_Zone_49N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],' +
  'PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",111.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

function shapefile(points: Array<[number, number]>, names: string[]) {
  const n = points.length;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const header = (lengthWords: number) => {
    const b = Buffer.alloc(100);
    b.writeInt32BE(9994, 0);
    b.writeInt32BE(lengthWords, 24);
    b.writeInt32LE(1000, 28);
    b.writeInt32LE(1, 32); // point
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, i) => b.writeDoubleLE(v, 36 + i * 8));
    return b;
  };
  const recs = points.map((p, i) => {
    const r = Buffer.alloc(28);
    r.writeInt32BE(i + 1, 0);
    r.writeInt32BE(10, 4);
    r.writeInt32LE(1, 8);
    r.writeDoubleLE(p[0], 12);
    r.writeDoubleLE(p[1], 20);
    return r;
  });
  const shp = Buffer.concat([header(50 + 14 * n), ...recs]);
  const shx = Buffer.concat([
    header(50 + 4 * n),
    ...points.map((_, i) => {
      const r = Buffer.alloc(8);
      r.writeInt32BE(50 + 14 * i, 0);
      r.writeInt32BE(10, 4);
      return r;
    }),
  ]);
  const LEN = 40;
  const dh = Buffer.alloc(32 + 32 + 1);
  dh.writeUInt8(3, 0);
  dh.writeUInt8(126, 1);
  dh.writeUInt8(1, 2);
  dh.writeUInt8(1, 3);
  dh.writeUInt32LE(n, 4);
  dh.writeUInt16LE(32 + 32 + 1, 8);
  dh.writeUInt16LE(1 + LEN, 10);
  dh.write('NAME', 32, 'latin1');
  dh.write('C', 32 + 11, 'latin1');
  dh.writeUInt8(LEN, 32 + 16);
  dh.writeUInt8(0x0d, 64);
  const rows = names.map((s) => {
    const r = Buffer.alloc(1 + LEN, 0x20);
    Buffer.from(s, 'utf8').copy(r, 1);
    return r;
  });
  const dbf = Buffer.concat([dh, ...rows, Buffer.from([0x1a])]);
  return { shp, shx, dbf };
}
const utm = SITES.map((s) => proj4('WGS84', UTM49, s.lonlat) as [number, number]);
const shp = shapefile(
  utm,
  SITES.map((s) => s.name),
);

// XLSX with coordinate columns (WGS84), and a file that is not a workbook.
const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('sites');
ws.addRow(['名称', '类别', 'lng', 'lat']);
SITES.forEach((s) => ws.addRow([s.name, s.kind, s.lonlat[0], s.lonlat[1]]));

void (async () => {
  write('sites.kmz', await zip({ 'doc.kml': kml }));
  write('bad-no-kml.kmz', await zip({ 'readme.txt': 'no kml here' }));
  write(
    'sites-utm49-shp.zip',
    await zip({
      'sites.shp': shp.shp,
      'sites.shx': shp.shx,
      'sites.dbf': shp.dbf,
      'sites.prj': PRJ,
      'sites.cpg': 'UTF-8',
    }),
  );
  write('bad-no-shp.zip', await zip({ 'sites.dbf': shp.dbf, 'sites.prj': PRJ }));
  write('sites.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
  write('bad-not-a-workbook.xlsx', 'this is plain text, not a zip workbook');
  console.log(`fixtures written to ${OUT}`);
})();
