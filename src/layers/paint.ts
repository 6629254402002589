/** Small helpers shared by the layer specs. */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/**
 * The label fonts. Their glyphs are pre-rendered at build time (scripts/build-glyphs.ts) and served
 * from glyphs/ beside the app, so no label is drawn glyph by glyph on the main thread at first open.
 */
export const GLYPH_STACKS = [
  { name: 'Noto Sans SC Regular', weight: 'normal' },
  { name: 'Noto Sans SC Bold', weight: 'bold' },
] as const;
export const TEXT_FONT = [GLYPH_STACKS[0].name];
export const TEXT_FONT_BOLD = [GLYPH_STACKS[1].name];

/**
 * A blank square image the map registers under this name: markers drawn as circles cannot take part
 * in label collision, so a blank icon of the marker's size stands in for them (see layers/labels).
 */
export const MARKER_SPACE = 'marker-space';
export const MARKER_SPACE_PX = 20;

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
