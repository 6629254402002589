/** Types the page-side helper the driver's evaluate() callbacks use. */
import type { MapInspector } from '../../src/map/inspector';

declare global {
  function mapInspector(): MapInspector;
}
export {};
