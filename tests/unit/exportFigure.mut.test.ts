import { afterEach, describe, expect, it, vi } from 'vitest';
import { composeFigure, type FigureInfo } from '../../src/io/exportFigure';

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
  it('keeps the map canvas size and draws the map first, then scales to the capture ratio', () => {
    const { result, ops, map } = compose(info());
    expect(result.width).toBe(2000);
    expect(result.height).toBe(1200);
    expect(ops[0]).toBe(`drawImage(${JSON.stringify(map)},0,0)`);
    expect(ops[1]).toBe('scale(2,2)');
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

  it('a long legend runs to a second column after 12 entries', () => {
    const legend = Array.from({ length: 13 }, (_, i) => ({
      label: `图层${i + 1}`,
      symbol: { kind: 'circle' as const, color: '#c33', stroke: '#fff', radius: 3 },
    }));
    const ops = compose(info({ legend })).ops;
    const at = (label: string) => ops.find((o) => o.startsWith(`fillText("${label}"`));
    const [, x1, y1] = JSON.parse(`[${at('图层1')!.slice(9, -1)}]`) as [string, number, number];
    const [, x13, y13] = JSON.parse(`[${at('图层13')!.slice(9, -1)}]`) as [string, number, number];
    expect(y13).toBe(y1);
    expect(x13).toBeGreaterThan(x1);
  });
});
