/**
 * Composes a print figure from a captured map canvas: title, scale bar and north arrow over the map;
 * under it, a band with the legend of the visible layers, the source citation and the data
 * attribution, so the legend never hides part of the map. Drawn at the capture's pixel ratio: the
 * figure is as wide as the map canvas and taller by the band (see figureBandHeight).
 */
import type { LegendSymbol } from '../layers/types';

export interface FigureInfo {
  title: string;
  subtitle: string;
  legend: Array<{ label: string; symbol: LegendSymbol }>;
  legendTitle: string;
  /** Lines shown under the title (e.g. the measurement on the map, with its method). */
  notes?: string[];
  footer: string[];
  metersPerPixel: number;
  bearing: number;
  ratio: number;
  north: string;
}

const FONT = `'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', sans-serif`;
const LEGEND_FONT = `12px ${FONT}`;
const ROW_H = 18;
/** Left and right margin of the band's content (CSS px). */
const MARGIN = 12;

export interface LegendLayout {
  cols: number;
  perCol: number;
  colW: number;
  /** Height of the legend block (0 without entries). */
  height: number;
}

/** Legend columns fitted to the figure's width, so the legend takes as few rows as it can. */
export function legendLayout(labelWidths: readonly number[], width: number): LegendLayout {
  if (labelWidths.length === 0) return { cols: 0, perCol: 0, colW: 0, height: 0 };
  const room = Math.max(1, width - 2 * MARGIN);
  const colW = Math.min(Math.max(...labelWidths) + 40, room);
  const cols = Math.max(1, Math.min(labelWidths.length, Math.floor(room / colW)));
  const perCol = Math.ceil(labelWidths.length / cols);
  return { cols, perCol, colW, height: 30 + perCol * ROW_H + 6 };
}

const footerHeight = (lines: number) => 16 + lines * 14;

/** The band under the map (CSS px) for these legend labels' widths and footer lines. */
export function figureBandHeight(labelWidths: readonly number[], footerLines: number, width: number): number {
  return legendLayout(labelWidths, width).height + footerHeight(footerLines);
}

/** The legend labels' widths in the figure's font, as composeFigure measures them. */
export function legendLabelWidths(labels: readonly string[]): number[] {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = LEGEND_FONT;
  return labels.map((l) => ctx.measureText(l).width);
}

export function composeFigure(map: HTMLCanvasElement, info: FigureInfo): HTMLCanvasElement {
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  const r = info.ratio;
  const W = map.width / r;
  const H = map.height / r;
  ctx.font = LEGEND_FONT;
  const layout = legendLayout(
    info.legend.map((e) => ctx.measureText(e.label).width),
    W,
  );
  const footerH = footerHeight(info.footer.length);
  const band = layout.height + footerH;
  out.width = map.width;
  out.height = map.height + Math.round(band * r);
  ctx.drawImage(map, 0, 0);
  ctx.scale(r, r);

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, H, W, band);
  ctx.fillStyle = 'rgba(0,0,0,0.25)';
  ctx.fillRect(0, H, W, 1);
  drawLegend(ctx, info.legendTitle, info.legend, layout, H);
  drawFooter(ctx, info.footer, W, H + band, footerH);
  drawTitle(ctx, info.title, info.subtitle);
  drawNotes(ctx, info.notes ?? [], 78, W - 90);
  drawNorthArrow(ctx, W - 40, 44, info.bearing, info.north);
  drawScaleBar(ctx, 16, H - 18, info.metersPerPixel);
  return out;
}

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.strokeStyle = 'rgba(0,0,0,0.25)';
  ctx.lineWidth = 1;
  ctx.fillRect(x, y, w, h);
  ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
}

function drawTitle(ctx: CanvasRenderingContext2D, title: string, subtitle: string) {
  ctx.font = `bold 20px ${FONT}`;
  const w =
    Math.max(ctx.measureText(title).width, ((ctx.font = `12px ${FONT}`), ctx.measureText(subtitle).width)) +
    24;
  panel(ctx, 12, 12, w, 58);
  ctx.fillStyle = '#2b2620';
  ctx.font = `bold 20px ${FONT}`;
  ctx.fillText(title, 24, 38);
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = '#5a5247';
  ctx.fillText(subtitle, 24, 58);
}

function drawNotes(ctx: CanvasRenderingContext2D, notes: string[], top: number, maxW: number) {
  if (notes.length === 0) return;
  ctx.font = `bold 13px ${FONT}`;
  const w = Math.min(maxW, Math.max(...notes.map((n) => ctx.measureText(n).width)) + 24);
  panel(ctx, 12, top, w, 10 + notes.length * 18);
  ctx.fillStyle = '#b8361c';
  notes.forEach((n, i) => ctx.fillText(n, 24, top + 22 + i * 18, w - 24));
}

function drawNorthArrow(ctx: CanvasRenderingContext2D, x: number, y: number, bearing: number, label: string) {
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.beginPath();
  ctx.arc(x, y, 24, 0, Math.PI * 2);
  ctx.fill();
  ctx.translate(x, y);
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.fillStyle = '#2b2620';
  ctx.beginPath();
  ctx.moveTo(0, -18);
  ctx.lineTo(7, 6);
  ctx.lineTo(0, 1);
  ctx.lineTo(-7, 6);
  ctx.closePath();
  ctx.fill();
  ctx.font = `bold 11px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText(label, 0, 18);
  ctx.restore();
}

/** Draws the legend in the band, from `top` down, in the columns of `layout`. */
function drawLegend(
  ctx: CanvasRenderingContext2D,
  title: string,
  entries: FigureInfo['legend'],
  layout: LegendLayout,
  top: number,
): void {
  if (entries.length === 0) return;
  ctx.fillStyle = '#2b2620';
  ctx.font = `bold 13px ${FONT}`;
  ctx.fillText(title, MARGIN + 10, top + 19);
  ctx.font = LEGEND_FONT;
  entries.forEach((e, i) => {
    const x = MARGIN + 10 + Math.floor(i / layout.perCol) * layout.colW;
    const y = top + 30 + (i % layout.perCol) * ROW_H;
    drawSwatch(ctx, e.symbol, x, y + 2);
    ctx.fillStyle = '#2b2620';
    ctx.fillText(e.label, x + 30, y + 12, layout.colW - 40);
  });
}

function drawSwatch(ctx: CanvasRenderingContext2D, s: LegendSymbol, x: number, y: number) {
  ctx.save();
  if (s.kind === 'fill') {
    ctx.globalAlpha = s.opacity ?? 1;
    ctx.fillStyle = s.color;
    ctx.fillRect(x, y, 22, 12);
    ctx.globalAlpha = 1;
    if (s.outline) {
      ctx.strokeStyle = s.outline;
      ctx.setLineDash(s.dashed ? [3, 2] : []);
      ctx.strokeRect(x + 0.5, y + 0.5, 21, 11);
    }
  } else if (s.kind === 'line') {
    ctx.strokeStyle = s.color;
    ctx.lineWidth = s.width;
    ctx.setLineDash(s.dashPattern ? s.dashPattern.split(' ').map((n) => Number(n) * s.width) : []);
    ctx.beginPath();
    ctx.moveTo(x, y + 6);
    ctx.lineTo(x + 22, y + 6);
    ctx.stroke();
    if (s.dashed) {
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1;
      ctx.setLineDash([3, 3]);
      ctx.stroke();
    }
  } else {
    if (s.halo) {
      ctx.fillStyle = s.color;
      ctx.globalAlpha = 0.22;
      ctx.beginPath();
      ctx.arc(x + 11, y + 6, s.radius + 4, 0, Math.PI * 2);
      ctx.fill();
      ctx.globalAlpha = 1;
    }
    ctx.fillStyle = s.hollow ? '#fff' : s.color;
    ctx.strokeStyle = s.stroke;
    ctx.lineWidth = s.hollow ? 2 : 1.5;
    ctx.beginPath();
    ctx.arc(x + 11, y + 6, s.radius, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
    if (s.dot) {
      ctx.fillStyle = s.hollow ? s.stroke : '#fff';
      ctx.beginPath();
      ctx.arc(x + 11, y + 6, 1.8, 0, Math.PI * 2);
      ctx.fill();
    }
  }
  ctx.restore();
}

/** A scale bar of a round length (1, 2 or 5 × 10ⁿ m) at most 140 px long. */
export function scaleBarLength(metersPerPixel: number, maxPx = 140): { meters: number; px: number } {
  const max = metersPerPixel * maxPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const meters = [5, 2, 1].map((m) => m * pow).find((m) => m <= max) ?? pow;
  return { meters, px: meters / metersPerPixel };
}

function drawScaleBar(ctx: CanvasRenderingContext2D, x: number, y: number, mpp: number) {
  const { meters, px } = scaleBarLength(mpp);
  const label = meters >= 1000 ? `${meters / 1000} km` : `${meters} m`;
  panel(ctx, x - 4, y - 14, px + 60, 24);
  ctx.strokeStyle = '#2b2620';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(x + 2, y - 4);
  ctx.lineTo(x + 2, y + 4);
  ctx.lineTo(x + 2 + px, y + 4);
  ctx.lineTo(x + 2 + px, y - 4);
  ctx.stroke();
  ctx.fillStyle = '#2b2620';
  ctx.font = `11px ${FONT}`;
  ctx.fillText(label, x + px + 8, y + 4);
}

function drawFooter(ctx: CanvasRenderingContext2D, lines: string[], W: number, H: number, h: number) {
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(0, H - h, W, h);
  ctx.fillStyle = '#2b2620';
  ctx.font = `11px ${FONT}`;
  lines.forEach((l, i) => ctx.fillText(l, 10, H - h + 18 + i * 14, W - 20));
}
