/**
 * Composes a print figure from a captured map canvas: title, legend of the visible layers, scale
 * bar, north arrow, date, source citation and data attribution, drawn at the capture's pixel ratio
 * so the output keeps the size of the map canvas (view size × ratio).
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

export function composeFigure(map: HTMLCanvasElement, info: FigureInfo): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height;
  const ctx = out.getContext('2d')!;
  ctx.drawImage(map, 0, 0);
  const r = info.ratio;
  ctx.scale(r, r);
  const W = map.width / r;
  const H = map.height / r;

  const footerH = 16 + info.footer.length * 14;
  drawFooter(ctx, info.footer, W, H, footerH);
  drawTitle(ctx, info.title, info.subtitle);
  drawNotes(ctx, info.notes ?? [], 78, W - 90);
  drawNorthArrow(ctx, W - 40, 44, info.bearing, info.north);
  const legendTop = drawLegend(ctx, info.legendTitle, info.legend, H - footerH - 10);
  drawScaleBar(ctx, 16, Math.min(legendTop, H - footerH) - 18, info.metersPerPixel);
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

/** Draws the legend above `bottom`; returns its top edge. */
function drawLegend(
  ctx: CanvasRenderingContext2D,
  title: string,
  entries: FigureInfo['legend'],
  bottom: number,
): number {
  if (entries.length === 0) return bottom;
  const rowH = 18;
  const perCol = Math.min(entries.length, 12);
  const cols = Math.ceil(entries.length / perCol);
  ctx.font = `12px ${FONT}`;
  const colW = Math.max(...entries.map((e) => ctx.measureText(e.label).width)) + 40;
  const h = 30 + perCol * rowH;
  const top = bottom - h;
  panel(ctx, 12, top, cols * colW + 12, h);
  ctx.fillStyle = '#2b2620';
  ctx.font = `bold 13px ${FONT}`;
  ctx.fillText(title, 22, top + 19);
  ctx.font = `12px ${FONT}`;
  entries.forEach((e, i) => {
    const x = 22 + Math.floor(i / perCol) * colW;
    const y = top + 30 + (i % perCol) * rowH;
    drawSwatch(ctx, e.symbol, x, y + 2);
    ctx.fillStyle = '#2b2620';
    ctx.fillText(e.label, x + 30, y + 12);
  });
  return top;
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
