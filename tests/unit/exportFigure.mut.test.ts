import { afterEach, describe, expect, it, vi } from 'vitest';
import { composeFigure, figureBandHeight, legendLayout, type FigureInfo } from '../../src/io/exportFigure';

/**
 * A 2D context that records what is drawn: every call with its arguments and every style set, in
 * order. Text is measured at 7 px per character, so the layout is the same on every machine.
 */
function recordingCanvas() {
  const ops: string[] = [];
  const round = (v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v);
  const ctx = new Proxy({} as Record<string | symbol, unknown>, {
    get(target, key) {
      if (key in target) return target[key];
      if (key === 'measureText') return (s: string) => ({ width: s.length * 7 });
      return (...args: unknown[]) => {
        ops.push(`${String(key)}(${args.map((a) => JSON.stringify(round(a) ?? null)).join(',')})`);
      };
    },
    set(target, key, value) {
      target[key] = value;
      ops.push(`${String(key)}=${JSON.stringify(round(value))}`);
      return true;
    },
  });
  const canvas = { width: 0, height: 0, getContext: () => ctx };
  return { canvas, ops };
}

const info = (over: Partial<FigureInfo> = {}): FigureInfo => ({
  title: '柳州物流规划一张图',
  subtitle: '规划原貌（2022）',
  legend: [
    { label: '区县界', symbol: { kind: 'fill', color: '#eee', outline: '#888', dashed: true, opacity: 0.5 } },
    { label: '铁路', symbol: { kind: 'line', color: '#333', width: 2, casing: '#fff', dashPattern: '2 1' } },
    { label: '规划线', symbol: { kind: 'line', color: '#36c', width: 1.5, dashed: true } },
    {
      label: '项目',
      symbol: { kind: 'circle', color: '#c33', stroke: '#fff', radius: 5, halo: true, dot: true },
    },
    {
      label: '站点',
      symbol: { kind: 'circle', color: '#393', stroke: '#222', radius: 4, hollow: true, dot: true },
    },
  ],
  legendTitle: '图例',
  notes: ['测量：12.3 公里（大圆距离）'],
  footer: ['2026-11-28 · 柳州市物流业发展“十四五”规划', '© OpenStreetMap contributors'],
  metersPerPixel: 37,
  bearing: 30,
  ratio: 2,
  north: '北',
  ...over,
});

function compose(figure: FigureInfo) {
  const out = recordingCanvas();
  vi.stubGlobal('document', { createElement: () => out.canvas });
  const map = { width: 2000, height: 1200 } as HTMLCanvasElement;
  const result = composeFigure(map, figure);
  return { result: result as unknown as typeof out.canvas, ops: out.ops, map };
}

afterEach(() => vi.unstubAllGlobals());

describe('composeFigure', () => {
  it('keeps the map whole, first, and adds the band under it; then scales to the capture ratio', () => {
    const { result, ops, map } = compose(info());
    // Five short labels fit one row; title 30 + row 18 + 6, footer 16 + 2 × 14: 98 CSS px at 2×.
    expect(result.width).toBe(2000);
    expect(result.height).toBe(1200 + 196);
    const widths = info().legend.map((e) => e.label.length * 7);
    expect(result.height).toBe(1200 + Math.round(figureBandHeight(widths, 2, 1000) * 2));
    const draw = ops.findIndex((o) => o.startsWith('drawImage('));
    expect(ops[draw]).toBe(`drawImage(${JSON.stringify(map)},0,0)`);
    expect(ops[draw + 1]).toBe('scale(2,2)');
    expect(ops.slice(0, draw).some((o) => /^(fill|stroke)/.test(o))).toBe(false);
  });

  it('draws the legend and the credits under the map, never over it', () => {
    const { ops } = compose(info());
    const ys = (labels: string[]) =>
      ops
        .filter((o) => o.startsWith('fillText(') && labels.includes(JSON.parse(`[${o.slice(9, -1)}]`)[0]))
        .map((o) => JSON.parse(`[${o.slice(9, -1)}]`)[2] as number);
    const below = ys(['图例', '区县界', '站点', '© OpenStreetMap contributors']);
    expect(below).toHaveLength(4);
    // The map is 600 CSS px tall at 2×.
    for (const y of below) expect(y).toBeGreaterThan(600);
    expect(ys(['柳州物流规划一张图', '5 km']).every((y) => y < 600)).toBe(true);
  });

  it('writes the title, subtitle, notes, legend labels, scale, north and footer', () => {
    const { ops } = compose(info());
    const texts = ops
      .filter((o) => o.startsWith('fillText('))
      .map((o) => JSON.parse(`[${o.slice(9, -1)}]`)[0]);
    for (const s of [
      '柳州物流规划一张图',
      '规划原貌（2022）',
      '测量：12.3 公里（大圆距离）',
      '图例',
      '区县界',
      '铁路',
      '规划线',
      '项目',
      '站点',
      '北',
      '2026-11-28 · 柳州市物流业发展“十四五”规划',
      '© OpenStreetMap contributors',
    ])
      expect(texts, s).toContain(s);
    // 37 m per pixel: a 5 km bar.
    expect(texts).toContain('5 km');
  });

  it('draws the same figure as before, step by step (layout, colours, symbols, arrow)', () => {
    expect(compose(info()).ops).toMatchSnapshot();
  });

  it('without a legend or notes, and turned the other way, the rest still draws in place', () => {
    expect(
      compose(info({ legend: [], notes: undefined, bearing: -90, footer: ['x'] })).ops,
    ).toMatchSnapshot();
  });

  it('a long legend fills the width in columns: as few rows as the width allows', () => {
    const legend = Array.from({ length: 13 }, (_, i) => ({
      label: `图层${i + 1}`.padEnd(60, '·'), // 420 px: two columns fit in 1000
      symbol: { kind: 'circle' as const, color: '#c33', stroke: '#fff', radius: 3 },
    }));
    const ops = compose(info({ legend })).ops;
    const at = (label: string) => ops.find((o) => o.startsWith(`fillText("${label}`));
    const [, x1, y1] = JSON.parse(`[${at('图层1·')!.slice(9, -1)}]`) as [string, number, number];
    const [, x7, y7] = JSON.parse(`[${at('图层7·')!.slice(9, -1)}]`) as [string, number, number];
    const [, x8, y8] = JSON.parse(`[${at('图层8·')!.slice(9, -1)}]`) as [string, number, number];
    expect(x7).toBe(x1);
    expect(y7).toBeGreaterThan(y1);
    expect([x8 > x1, y8]).toEqual([true, y1]);
    expect(legendLayout(Array(13).fill(420), 1000)).toMatchObject({ cols: 2, perCol: 7 });
    // One column when a label is wider than the figure (the label is then fitted to it).
    expect(legendLayout([2000, 10], 1000)).toMatchObject({ cols: 1, perCol: 2, colW: 976 });
    expect(legendLayout([], 1000).height).toBe(0);
  });
});
