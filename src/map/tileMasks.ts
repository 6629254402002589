/**
 * Shared tile clipping masks. Before it draws a fill or line layer, MapLibre writes its tiles'
 * clipping masks into the stencil buffer, again at every change of source between such layers and
 * in both render passes: with the plan's themes interleaved that was 22 mask sets (≈ 85 draw calls)
 * per frame, about a quarter of a frame's cost on a software renderer. The app's sources share one
 * tile grid, so a mask set already in the buffer is exactly the one the next source needs whenever
 * the tiles are the same: it is reused instead of redrawn. Anything else that writes the stencil
 * buffer (raster overlap, 3D, custom layers) makes MapLibre forget the current set, and then it is
 * drawn as before.
 *
 * This reaches into MapLibre's per-frame render context (not public API): if its shape ever
 * differs from what is checked here, the patch stays off and MapLibre draws its masks itself.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

interface TileID {
  key: string;
}
interface ClippedLayer {
  source: string;
  isTileClipped(): boolean;
}
/** The part of MapLibre's FrameRenderContext this relies on. */
export interface MaskContext {
  currentStencilSource: string | undefined;
  tileClippingMaskIDs: Record<string, number>;
  renderTileClippingMasks(layer: ClippedLayer, tileIDs: TileID[] | undefined): void;
}

/** True when the masks in the stencil buffer already clip exactly these tiles. */
export function masksReusable(ctx: MaskContext, layer: ClippedLayer, tileIDs: TileID[] | undefined): boolean {
  if (ctx.currentStencilSource === undefined || ctx.currentStencilSource === layer.source) return false;
  if (!tileIDs?.length || !layer.isTileClipped()) return false;
  const drawn = ctx.tileClippingMaskIDs;
  return Object.keys(drawn).length === tileIDs.length && tileIDs.every((t) => drawn[t.key] !== undefined);
}

/** Counts for tests and profiling: mask sets drawn and reused since the map started. */
export const maskStats = { drawn: 0, reused: 0, enabled: true };

const PATCHED = Symbol('sharedTileMasks');

/** Wraps the render context's mask drawing (once per prototype) to reuse a matching mask set. */
export function patchMaskContext(proto: MaskContext & { [PATCHED]?: true }): boolean {
  if (proto[PATCHED]) return true;
  const draw = proto.renderTileClippingMasks;
  if (typeof draw !== 'function' || !/currentStencilSource/.test(String(draw))) return false;
  proto.renderTileClippingMasks = function (this: MaskContext, layer, tileIDs) {
    if (maskStats.enabled && masksReusable(this, layer, tileIDs)) {
      this.currentStencilSource = layer.source;
      maskStats.reused++;
      return;
    }
    const before = this.currentStencilSource;
    draw.call(this, layer, tileIDs);
    if (this.currentStencilSource !== before) maskStats.drawn++;
  };
  proto[PATCHED] = true;
  return true;
}

type RenderLayer = (...args: unknown[]) => unknown;

/**
 * The render context is created per frame and its class is not exported: it is reached through
 * the first layer MapLibre renders, then the painter's method is put back as it was.
 */
export function shareTileMasks(map: MapLibreMap): void {
  const painter = (map as unknown as { painter?: { renderLayer?: RenderLayer } }).painter;
  const original = painter?.renderLayer;
  if (!painter || typeof original !== 'function') return;
  painter.renderLayer = function (this: unknown, ...args: unknown[]) {
    painter.renderLayer = original;
    const ctx = args[4];
    if (ctx && typeof ctx === 'object') patchMaskContext(Object.getPrototypeOf(ctx) as MaskContext);
    return original.apply(this, args);
  };
}
