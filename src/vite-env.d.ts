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
