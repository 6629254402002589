/**
 * An imported layer as the app keeps it: the formats and coordinate systems a planner's file may come
 * in, and the layer's description as stored in the browser's database (its features are kept apart).
 */
import { z } from './zod';

export const IMPORT_FORMATS = ['geojson', 'kml', 'kmz', 'shapefile', 'csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Coordinate systems a planner's file may be in. CGCS2000 lon/lat equals WGS84 to a few cm. */
export const IMPORT_CRS = ['WGS84', 'GCJ02', 'BD09', 'CGCS2000'] as const;
export type ImportCrs = (typeof IMPORT_CRS)[number];

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
