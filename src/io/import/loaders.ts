/**
 * One loader per format: bytes in, features (or a table) + notes out, or an ImportError naming the
 * feature or row. Pure and DOM-free except KML (XML needs a DOMParser), so they run in a worker.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import gcoord from 'gcoord';
import type { ImportCrs } from '../../domain/importedLayer';
import { ImportError, type ImportTable, type LoadedFile } from './importTypes';

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
]);

/** Checks every position is a finite lon/lat; names the first bad feature (1-based). */
export function checkFeatures(fc: FeatureCollection, what = 'feature'): FeatureCollection {
  fc.features.forEach((f, i) => {
    const g = f?.geometry as Geometry | null;
    if (!f || f.type !== 'Feature') throw new ImportError('import.err.notFeature', { n: i + 1 });
    if (g === null) return; // attribute-only rows are kept, they simply are not drawn
    if (!GEOMETRY_TYPES.has(g.type))
      throw new ImportError('import.err.geometry', { n: i + 1, what, type: g.type });
    const ok = (p: Position) =>
      Array.isArray(p) &&
      Number.isFinite(p[0]) &&
      Number.isFinite(p[1]) &&
      Math.abs(p[0]!) <= 180 &&
      Math.abs(p[1]!) <= 90;
    const walk = (c: unknown): boolean =>
      Array.isArray(c) && typeof c[0] === 'number'
        ? ok(c as Position)
        : Array.isArray(c) && c.length > 0 && c.every(walk);
    if (!walk((g as { coordinates: unknown }).coordinates))
      throw new ImportError('import.err.coords', { n: i + 1, what });
  });
  return fc;
}

export function loadGeoJson(text: string): LoadedFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportError('import.err.json', { reason: e instanceof Error ? e.message : String(e) });
  }
  const o = json as { type?: string; features?: unknown; crs?: { properties?: { name?: string } } };
  let fc: FeatureCollection;
  if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) fc = o as FeatureCollection;
  else if (o?.type === 'Feature') fc = { type: 'FeatureCollection', features: [o as Feature] };
  else throw new ImportError('import.err.notGeoJson');
  const crsName = o.crs?.properties?.name ?? '';
  // A projected CRS (metres) cannot be drawn as lon/lat: say so rather than misplace it.
  if (/EPSG::?(3857|900913|4547|4548|4549)/i.test(crsName))
    throw new ImportError('import.err.projected', { crs: crsName });
  return {
    format: 'geojson',
    features: checkFeatures(fc),
    table: null,
    statedCrs: /4490/.test(crsName) ? 'CGCS2000' : null,
    notes: [],
  };
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF); a BOM is dropped. */
export function parseCsv(text: string): ImportTable {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new ImportError('import.err.csvQuote', { row: rows.length + 1 });
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const nonEmpty = rows.filter((r) => r.some((x) => x.trim() !== ''));
  if (nonEmpty.length < 2) throw new ImportError('import.err.empty');
  const [headers, ...body] = nonEmpty;
  return { headers: headers!.map((h) => h.trim()), rows: body };
}

const LON_NAMES = /^(lon|lng|long|longitude|x|经度|東經|东经|gcj_?lng|bd_?lng|wgs_?lng)$/i;
const LAT_NAMES = /^(lat|latitude|y|纬度|北纬|gcj_?lat|bd_?lat|wgs_?lat)$/i;

/** Guesses the longitude and latitude columns by name, else by values in Liuzhou's range. */
export function detectCoordColumns(t: ImportTable): { lon: number; lat: number } | null {
  const byName = (re: RegExp) => t.headers.findIndex((h) => re.test(h.replace(/\s/g, '')));
  let lon = byName(LON_NAMES);
  let lat = byName(LAT_NAMES);
  const sample = t.rows.slice(0, 50);
  const inRange = (i: number, lo: number, hi: number) =>
    sample.length > 0 && sample.every((r) => Number(r[i]) >= lo && Number(r[i]) <= hi);
  if (lon < 0) lon = t.headers.findIndex((_, i) => inRange(i, 73, 136));
  if (lat < 0) lat = t.headers.findIndex((_, i) => i !== lon && inRange(i, 3, 54));
  return lon >= 0 && lat >= 0 && lon !== lat ? { lon, lat } : null;
}

/** Guesses the CRS from column names or the file name (gcj/高德 → GCJ-02, bd/百度 → BD-09). */
export function guessCrs(name: string, headers: readonly string[] = []): ImportCrs {
  const s = `${name} ${headers.join(' ')}`.toLowerCase();
  if (/gcj|高德|amap|腾讯|火星/.test(s)) return 'GCJ02';
  if (/\bbd|bd09|百度|baidu/.test(s)) return 'BD09';
  if (/cgcs|2000|4490/.test(s)) return 'CGCS2000';
  return 'WGS84';
}

/** Table rows → points; the first row whose coordinates are not numbers is named (1-based data row). */
export function tableToFeatures(t: ImportTable, cols: { lon: number; lat: number }): FeatureCollection {
  const features: Feature[] = t.rows.map((r, i) => {
    const x = Number(r[cols.lon]?.trim());
    const y = Number(r[cols.lat]?.trim());
    if (
      r[cols.lon]?.trim() === '' ||
      r[cols.lat]?.trim() === '' ||
      !Number.isFinite(x) ||
      !Number.isFinite(y) ||
      Math.abs(x) > 180 ||
      Math.abs(y) > 90
    )
      throw new ImportError('import.err.row', { row: i + 2, lon: r[cols.lon] ?? '', lat: r[cols.lat] ?? '' });
    const properties = Object.fromEntries(t.headers.map((h, j) => [h || `col${j + 1}`, r[j] ?? '']));
    return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [x, y] } };
  });
  return { type: 'FeatureCollection', features };
}

export function loadCsv(text: string): LoadedFile {
  return { format: 'csv', features: null, table: parseCsv(text), statedCrs: null, notes: [] };
}

/** Converts every coordinate to WGS84 (CGCS2000 is taken as WGS84: they differ by centimetres). */
export function toWgs84(fc: FeatureCollection, crs: ImportCrs): FeatureCollection {
  if (crs === 'WGS84' || crs === 'CGCS2000') return fc;
  const from = crs === 'GCJ02' ? gcoord.GCJ02 : gcoord.BD09;
  return gcoord.transform(structuredClone(fc) as never, from, gcoord.WGS84) as unknown as FeatureCollection;
}

/** The format a file name implies. */
export function formatOf(name: string): LoadedFile['format'] | null {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  if (ext === 'kml') return 'kml';
  if (ext === 'kmz') return 'kmz';
  if (ext === 'zip') return 'shapefile';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  return null;
}

/** Gives features without one a GeoJSON id (their 0-based index), so the map can address each. */
export function withIds(fc: FeatureCollection): FeatureCollection {
  return { ...fc, features: fc.features.map((f, i) => (f.id === undefined ? { ...f, id: i } : f)) };
}
