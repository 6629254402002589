/// <reference types="vite/client" />
declare module '*.geojson?url' {
  const url: string;
  export default url;
}
declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson';
  /** Parses a zipped Shapefile (reprojecting to WGS84 with its .prj) into GeoJSON. */
  export default function shp(
    input: ArrayBuffer | Uint8Array,
  ): Promise<FeatureCollection | Array<FeatureCollection & { fileName?: string }>>;
}
declare module 'virtual:data-digests' {
  /** Content hash of each shipped data file, by file name (scripts/vite/dataDigests). */
  const digests: Record<string, string>;
  export default digests;
}
