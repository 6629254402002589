/** Loaders of zipped and XML formats: KML/KMZ (@tmcw/togeojson + jszip), Shapefile (shpjs), XLSX (exceljs). */
import type { FeatureCollection } from 'geojson';
import { ImportError, type LoadedFile } from './importTypes';
import { checkFeatures } from './loaders';

/** KML needs an XML DOM: runs where DOMParser exists (the page, not the worker). */
export async function loadKml(text: string): Promise<LoadedFile> {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err) throw new ImportError('import.err.xml', { reason: (err.textContent ?? '').slice(0, 120) });
  if (!doc.getElementsByTagName('kml').length && !doc.getElementsByTagName('Placemark').length)
    throw new ImportError('import.err.notKml');
  const { kml } = await import('@tmcw/togeojson');
  const fc = kml(doc) as FeatureCollection;
  if (!fc.features.length) throw new ImportError('import.err.empty');
  return { format: 'kml', features: checkFeatures(fc, 'Placemark'), table: null, statedCrs: null, notes: [] };
}

/** Opens a zip archive (KMZ, zipped Shapefile); anything else is refused with one message. */
async function openZip(bytes: ArrayBuffer) {
  const { default: JSZip } = await import('jszip');
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportError('import.err.zip');
  }
}

export async function loadKmz(bytes: ArrayBuffer): Promise<LoadedFile> {
  const zip = await openZip(bytes);
  const entry = Object.values(zip.files).find((f) => !f.dir && f.name.toLowerCase().endsWith('.kml'));
  if (!entry) throw new ImportError('import.err.noKmlInKmz');
  return { ...(await loadKml(await entry.async('string'))), format: 'kmz' };
}

export async function loadShapefile(bytes: ArrayBuffer): Promise<LoadedFile> {
  const zip = await openZip(bytes);
  const names = Object.keys(zip.files).map((n) => n.toLowerCase());
  if (!names.some((n) => n.endsWith('.shp'))) throw new ImportError('import.err.noShp');
  const hasPrj = names.some((n) => n.endsWith('.prj'));
  const prj = hasPrj ? await zip.file(/\.prj$/i)[0]!.async('string') : '';
  const { default: shp } = await import('shpjs');
  let out;
  try {
    out = await shp(bytes);
  } catch (e) {
    throw new ImportError('import.err.shp', { reason: e instanceof Error ? e.message : String(e) });
  }
  const fc: FeatureCollection = Array.isArray(out)
    ? { type: 'FeatureCollection', features: out.flatMap((x) => x.features) }
    : out;
  const notes: LoadedFile['notes'] = [
    hasPrj ? ['import.note.prj', { prj: prj.slice(0, 60) }] : ['import.note.noPrj'],
  ];
  return {
    format: 'shapefile',
    features: checkFeatures(fc),
    table: null,
    // shpjs has already projected to WGS84 with the .prj; CGCS2000 geographic is WGS84 to centimetres.
    statedCrs: hasPrj ? (/CGCS|China_2000|4490/i.test(prj) ? 'CGCS2000' : 'WGS84') : null,
    notes,
  };
}

export async function loadXlsx(bytes: ArrayBuffer): Promise<LoadedFile> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch {
    throw new ImportError('import.err.xlsx');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new ImportError('import.err.empty');
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    // exceljs leaves holes for blank cells, which map() would skip: Array.from visits them.
    const values = (row.values as unknown[]).slice(1);
    rows.push(
      Array.from(values, (v) =>
        v == null
          ? ''
          : typeof v === 'object' && 'result' in (v as object)
            ? String((v as { result: unknown }).result)
            : String(v),
      ),
    );
  });
  if (rows.length < 2) throw new ImportError('import.err.empty');
  const [headers, ...body] = rows;
  return {
    format: 'xlsx',
    features: null,
    table: { headers: headers!.map((h) => h.trim()), rows: body },
    statedCrs: null,
    notes: [],
  };
}
