/**
 * Whether imported point layers are drawn on the CPU (map/rasterPoints) or, when large, by deck.gl on
 * the GPU (map/deckLayer): as the deployment says, else from the WebGL renderer the map got.
 */
import type { LargeLayerDrawing } from '../domain/basemaps';

/** Renderer names of WebGL implementations that draw in software. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Asked once per canvas: the answer is read on every change of the imported layers. */
const known = new WeakMap<HTMLCanvasElement, boolean>();

/** Whether a canvas's WebGL draws in software (virtual desktops, machines without a graphics driver). */
export function softwareRenderer(canvas: HTMLCanvasElement): boolean {
  let v = known.get(canvas);
  if (v !== undefined) return v;
  // The map's own context: asking for the type it already has returns it.
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  v = !!gl && SOFTWARE.test(String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)));
  known.set(canvas, v);
  return v;
}

export const drawsOnCpu = (canvas: HTMLCanvasElement, setting: LargeLayerDrawing): boolean =>
  setting === 'cpu' || (setting === 'auto' && softwareRenderer(canvas));
