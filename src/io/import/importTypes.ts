/** What every import loader returns or throws: data + notes, or a typed error naming the row/feature. */
import { z } from '../../domain/zod';
import type { FeatureCollection } from 'geojson';

export const IMPORT_FORMATS = ['geojson', 'kml', 'kmz', 'shapefile', 'csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Coordinate systems a planner's file may be in. CGCS2000 lon/lat equals WGS84 to a few cm. */
export const IMPORT_CRS = ['WGS84', 'GCJ02', 'BD09', 'CGCS2000'] as const;
export type ImportCrs = (typeof IMPORT_CRS)[number];

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

const Style = z.object({ color: z.string().regex(/^#[0-9a-fA-F]{6}$/) });

/** An imported layer's description as kept in the database (features are kept in chunks). */
export const ImportedLayerMetaSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
  format: z.enum(IMPORT_FORMATS),
  crs: z.enum(IMPORT_CRS),
  count: z.number().int().nonnegative(),
  fields: z.array(z.string()),
  nameField: z.string().nullable(),
  style: Style,
  imported_at: z.string(),
});
export type ImportedLayerMeta = z.infer<typeof ImportedLayerMetaSchema>;
