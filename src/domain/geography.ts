/** Fixed geographic frame of the app (WGS84). */
export type Bounds = [west: number, south: number, east: number, north: number];

/** The whole of Liuzhou (extent of the 10 county polygons, slightly padded). */
export const CITY_BOUNDS: Bounds = [108.56, 23.88, 110.2, 26.08];
/** Panning stops here: far enough for corridor arrows towards neighbouring cities. */
export const MAX_BOUNDS: Bounds = [105.5, 21.5, 113.5, 28.5];
export const MIN_ZOOM = 6;
/** Beyond this the plan's approximate placements would suggest false precision. */
export const MAX_ZOOM = 15;
