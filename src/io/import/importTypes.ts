/** What every import loader returns or throws: data + notes, or a typed error naming the row/feature. */
import type { FeatureCollection } from 'geojson';
import type { ImportCrs, ImportFormat } from '../../domain/importedLayer';

/** A table read from CSV/XLSX, before the coordinate columns are confirmed. */
export interface ImportTable {
  headers: string[];
  rows: string[][];
}

export interface LoadedFile {
  format: ImportFormat;
  /** Features when the format carries geometry; null for tables awaiting column choice. */
  features: FeatureCollection | null;
  table: ImportTable | null;
  /** The CRS the file states (e.g. from a .prj), if any. */
  statedCrs: ImportCrs | null;
  /** Localisable notes: [i18n key, vars]. */
  notes: Array<[string, Record<string, string | number>?]>;
}

/** A refusal with an i18n key and the row / feature it concerns. */
export class ImportError extends Error {
  constructor(
    readonly key: string,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(`${key} ${JSON.stringify(vars)}`);
    this.name = 'ImportError';
  }
}
