/** Types the page-side helper the driver's evaluate() callbacks use. */
import type { MapInspector } from '../../src/map/mapController';

declare global {
  function mapInspector(): MapInspector;
}
export {};
