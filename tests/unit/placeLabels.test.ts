import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import { LEADS, placeLabels, placeRank } from '../../src/analysis/placeLabels';

const fc = <G extends Geometry>(features: Array<{ g: G; p: object }>): FeatureCollection<G, object> => ({
  type: 'FeatureCollection',
  features: features.map(({ g, p }) => ({ type: 'Feature', geometry: g, properties: p })),
});
const pt = (x: number, y: number): Point => ({ type: 'Point', coordinates: [x, y] });
const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};

const inputs = () => ({
  countyLabels: fc([
    { g: pt(1, 1), p: { name: '鹿寨县' } },
    { g: pt(2, 2), p: { name: '城中区' } },
    { g: pt(3, 3), p: { name: '柳北区' } },
  ]),
  structure: fc([
    { g: square, p: { id: 'structure-core', kind: '一核', name: '一核（中心城区）' } },
    { g: square, p: { id: 'structure-liujiang', kind: '三区', name: '柳江区' } },
    { g: square, p: { id: 'structure-luzhai', kind: '多组团', name: '鹿寨县组团' } },
  ]),
  airport: fc([{ g: pt(5, 5), p: { name_zh: '柳州白莲机场' } }]),
  projects: fc([{ g: pt(6, 6), p: { id: 'p1' } }]),
  badges: fc([{ g: pt(7, 7), p: { id: 'c0' } }]) as FeatureCollection<Point, object>,
  railport: fc([{ g: pt(8, 8), p: {} }]),
  air: fc<Geometry>([
    { g: pt(9, 9), p: {} },
    {
      g: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      p: {},
    },
  ]),
});

describe('place labels', () => {
  const out = placeLabels(inputs()).features.map((f) => f.properties);
  const label = (text: string) => out.find((p) => p.text === text)!;

  it('places every marker before any name, and names in priority order', () => {
    const markers = out.filter((p) => p.role === 'marker');
    // Sited project, badge, rail port, the air point (not its line) and the airport.
    expect(markers.map((m) => m.group)).toEqual(['projects', 'projects', 'railport', 'air', 'airport']);
    expect(Math.max(...markers.map((m) => m.rank))).toBeLessThan(
      Math.min(...out.filter((p) => p.role === 'label').map((p) => p.rank)),
    );
    expect(label('✈ 柳州白莲机场').rank).toBeLessThan(label('一核（中心城区）').rank);
    expect(label('一核（中心城区）').rank).toBeLessThan(label('鹿寨县').rank);
    expect(label('鹿寨县').rank).toBeLessThan(label('三区·柳江区').rank);
    expect(label('三区·柳江区').rank).toBeLessThan(label('多组团·鹿寨县组团').rank);
    // 城中区 is a few km across and yields; 柳北区 ranks with the counties, but stays small.
    expect(label('城中区').rank).toBe(placeRank('district'));
    expect(label('柳北区')).toMatchObject({ rank: placeRank('county'), style: 'district' });
  });

  it('gives names their candidate sides and markers their disc size', () => {
    expect(label('✈ 柳州白莲机场').lead).toBe('marker');
    expect(label('一核（中心城区）').lead).toBe('core');
    expect(label('三区·柳江区').lead).toBe('south');
    expect(label('鹿寨县').lead).toBe('area');
    for (const p of out) expect(Object.keys(LEADS)).toContain(p.lead);
    const badge = out.filter((p) => p.role === 'marker')[1]!;
    expect(badge.r7).toBeGreaterThan(out[0]!.r7);
  });

  it('names a point feature off its own marker first, never on top of it', () => {
    const [first] = LEADS.marker;
    expect(first[0]).not.toBe('center');
    expect(Math.hypot(...first[1])).toBeGreaterThanOrEqual(1);
  });
});
