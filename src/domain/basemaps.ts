/**
 * The basemaps the app offers, their tile endpoints and credits, and the deployer's config file.
 * Only services in WGS84/CGCS2000 Web Mercator are offered: GCJ-02 services (高德, 百度) would shift
 * every plan feature by about 500 m here.
 */
import { z } from './zod';

/** `offline` is the app's own base, drawn from a PMTiles file when one is available. */
export const BASEMAP_IDS = ['offline', 'tdt-vec', 'tdt-img', 'osm'] as const;
export const BasemapIdSchema = z.enum(BASEMAP_IDS);
export type BasemapId = z.infer<typeof BasemapIdSchema>;
export const DEFAULT_BASEMAP: BasemapId = 'offline';

export const isOnline = (id: BasemapId) => id !== 'offline';
export const needsTiandituKey = (id: BasemapId) => id === 'tdt-vec' || id === 'tdt-img';

const TDT_SUBDOMAINS = ['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7'];
const TDT_HOST = (sub: string) => `${sub}.tianditu.gov.cn`;
export const OSM_HOST = 'tile.openstreetmap.org';

/**
 * Every host an online basemap may request, in one place (a Content-Security-Policy lists these
 * under img-src/connect-src).
 */
export const ONLINE_TILE_HOSTS: readonly string[] = [...TDT_SUBDOMAINS.map(TDT_HOST), OSM_HOST];

export const isTiandituUrl = (url: string): boolean => {
  try {
    return /^t[0-7]\.tianditu\.gov\.cn$/.test(new URL(url).hostname);
  } catch {
    return false;
  }
};

/** A tile request URL with the Tianditu key added, for Tianditu hosts only (nothing else gets it). */
export function withTiandituKey(url: string, key: string | null): string {
  return key && isTiandituUrl(url) ? `${url}&tk=${encodeURIComponent(key)}` : url;
}

/**
 * Tianditu WMTS GetTile in the Web Mercator (`_w`) matrix set, written as XYZ templates. The key
 * (`tk`) is added per request by the map adapter, so it never sits in a style, link or export.
 */
export function tiandituTiles(layer: 'vec' | 'cva' | 'img' | 'cia'): string[] {
  return TDT_SUBDOMAINS.map(
    (sub) =>
      `https://${TDT_HOST(sub)}/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0` +
      `&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles` +
      `&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}`,
  );
}

export const OSM_TILES = [`https://${OSM_HOST}/{z}/{x}/{y}.png`];

/** Credits the services require, as HTML for the map's attribution control… */
export const TIANDITU_ATTRIBUTION_HTML =
  '<a href="https://www.tianditu.gov.cn/" target="_blank" rel="noopener">天地图</a> · 国家地理信息公共服务平台';
export const OSM_ATTRIBUTION_HTML =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors';
/** …and as plain text for exports. */
export const BASEMAP_CREDIT_TEXT: Record<Exclude<BasemapId, 'offline'>, string> = {
  'tdt-vec': '天地图 · 国家地理信息公共服务平台 (www.tianditu.gov.cn)',
  'tdt-img': '天地图 · 国家地理信息公共服务平台 (www.tianditu.gov.cn)',
  osm: '© OpenStreetMap contributors (www.openstreetmap.org/copyright)',
};

/** A Tianditu key (申请自 console.tianditu.gov.cn) is 32 hexadecimal characters. */
export const TiandituKeySchema = z
  .string()
  .trim()
  .regex(/^[0-9a-fA-F]{32}$/);

/** Where an offline PMTiles basemap comes from: a file next to the app or an http(s) URL. */
const PmtilesUrl = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .refine((u) => /^https?:\/\//.test(u) || !/^[a-z][a-z0-9+.-]*:/i.test(u), 'http(s) URL or relative path')
  .refine((u) => /\.pmtiles(\?.*)?$/i.test(u), 'a .pmtiles file');

/** public/config.json: what the deployer sets; every field optional, nothing invented. */
/**
 * How large imported point layers are drawn: on the GPU (deck.gl), on the CPU (where WebGL runs in
 * software, as on many virtual desktops), or `auto`, chosen from the browser's WebGL renderer.
 */
export const LargeLayerDrawingSchema = z.enum(['auto', 'gpu', 'cpu']);
export type LargeLayerDrawing = z.infer<typeof LargeLayerDrawingSchema>;

export const DeployConfigSchema = z
  .object({
    /** The map-approval number (审图号) printed on every map and export, e.g. as issued to the bureau. */
    reviewNumber: z.string().trim().min(1).max(80).nullable().optional(),
    offlineBasemap: z
      .object({
        url: PmtilesUrl,
        /** Credit of the file's data (e.g. "© OpenStreetMap contributors"). */
        attribution: z.string().trim().min(1).max(300).optional(),
      })
      .strict()
      .nullable()
      .optional(),
    largeLayerDrawing: LargeLayerDrawingSchema.optional(),
  })
  .strict();
export type DeployConfig = z.infer<typeof DeployConfigSchema>;

/** An offline vector basemap ready for the map: a `pmtiles://` source URL and its credit. */
export const OfflineBasemapSchema = z.object({
  url: z.string().startsWith('pmtiles://'),
  /** File name or URL as the user should see it. */
  label: z.string(),
  attribution: z.string().nullable(),
});
export type OfflineBasemap = z.infer<typeof OfflineBasemapSchema>;

/** Why an online basemap was given up (for the fallback notice). */
export const BASEMAP_FAILURES = ['network', 'forbidden', 'tooMany', 'http', 'timeout', 'noKey'] as const;
export type BasemapFailure = (typeof BASEMAP_FAILURES)[number];

export function failureFromStatus(status: number | undefined): BasemapFailure {
  if (!status) return 'network';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 429) return 'tooMany';
  return 'http';
}
