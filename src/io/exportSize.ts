/**
 * The pixel size a PNG export will have, said before exporting. A figure is the map's CSS size
 * times the scale, unless the browser cannot make a canvas that large: then the scale is lowered
 * to the largest that fits, and the dialog says so.
 */
export interface FigureSize {
  /** Size that will be produced. */
  width: number;
  height: number;
  /** Pixel ratio actually used (≤ the requested scale). */
  ratio: number;
  /** Size the requested scale would give without the limit. */
  fullWidth: number;
  fullHeight: number;
  capped: boolean;
}

export function figureSize(cssWidth: number, cssHeight: number, scale: number, maxSide: number): FigureSize {
  const full = (r: number) => [Math.floor(cssWidth * r), Math.floor(cssHeight * r)] as const;
  const [fullWidth, fullHeight] = full(scale);
  const limit = Math.min(scale, maxSide / Math.max(cssWidth, cssHeight, 1));
  // Two decimals, rounded down, so the result never exceeds the limit.
  const ratio = limit < scale ? Math.floor(limit * 100) / 100 : scale;
  const [width, height] = full(ratio);
  return { width, height, ratio, fullWidth, fullHeight, capped: ratio < scale };
}

let cachedMax: number | null = null;

/** Largest canvas side this browser can draw the map into (WebGL render buffer and viewport). */
export function maxCanvasSide(): number {
  if (cachedMax !== null) return cachedMax;
  let max = 16384;
  try {
    const gl = document.createElement('canvas').getContext('webgl2') as WebGL2RenderingContext | null;
    if (gl) {
      const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
      max = Math.min(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number, dims[0]!, dims[1]!);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // Keep the common limit.
  }
  cachedMax = max;
  return max;
}
