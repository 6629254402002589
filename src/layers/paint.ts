/** Small helpers shared by the layer specs. */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/** Local text rendering needs no glyph server; the family list falls back to system CJK fonts. */
export const TEXT_FONT = ['Noto Sans CJK SC Regular', 'sans-serif'];
export const TEXT_FONT_BOLD = ['Noto Sans CJK SC Bold', 'sans-serif'];

/**
 * An opacity that fades with zoom, scaled by the group opacity. A zoom expression must be the
 * top-level interpolate, so the group opacity is folded into its stops rather than multiplied.
 */
export function zoomFade(
  stops: Array<[zoom: number, opacity: number]>,
  groupOpacity: number,
): ExpressionSpecification {
  const flat = stops.flatMap(([z, o]) => [z, round(o * groupOpacity)]);
  return ['interpolate', ['linear'], ['zoom'], ...flat] as ExpressionSpecification;
}

export function scaled(opacity: number, groupOpacity: number): number {
  return round(opacity * groupOpacity);
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** A size (px) at the presentation's text scale, rounded to a tenth. */
export const sized = (px: number, scale = 1) => Math.round(px * scale * 10) / 10;

export const visibility = (visible: boolean) => (visible ? 'visible' : 'none') as 'visible' | 'none';
