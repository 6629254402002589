/** Plan-item validation on a made-up document: every kind of citation an item carries is checked. */
import { describe, expect, it } from 'vitest';
import { validateFeatureCollection, validateTargets } from '../../src/domain/validatePlan';

const F = '002_cea03bdf2b5fe175.txt';
const lines = { [F]: ['规划', '建设铁路物流中心', '占地 500 亩', '年吞吐量 1000 万吨'] };
const cite = (line: number, quote?: string) => ({
  file: F,
  line,
  section: '布局',
  ...(quote ? { quote } : {}),
});
const item = (p: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [109.4, 24.3] },
  properties: {
    id: 'railport-a',
    name: '铁路物流中心',
    kind: '铁路港',
    status_text: null,
    facts: [
      { label: '功能', text: '铁路物流' },
      { label: '规模', text: '占地500亩', citation: cite(3, '500 亩') },
    ],
    numbers: [
      { label: '吞吐量', value: 1000, unit: '万吨', text: '1000万吨', citation: cite(4, '1000 万吨') },
    ],
    counties: ['柳南区'],
    location_quality: 'approximate',
    location_basis: '按规划文字定位于西鹅',
    location_basis_en: 'placed at Xi’e from the plan words',
    citation: cite(2, '铁路物流中心'),
    mentions: [],
    ...p,
  },
});
const check = (...features: unknown[]) =>
  validateFeatureCollection('railport.geojson', { type: 'FeatureCollection', features }, 'items', lines);

describe('plan items', () => {
  it('a good item passes, a point or any other shape', () => {
    expect(check(item())).toEqual([]);
    const line = {
      ...item(),
      geometry: {
        type: 'LineString',
        coordinates: [
          [109.4, 24.3],
          [109.5, 24.3],
        ],
      },
    };
    expect(check(line)).toEqual([]);
  });

  it('names a fact’s or a stated number’s citation that is off its line, by position', () => {
    const facts = [
      { label: '功能', text: '铁路物流' },
      { label: '规模', text: '占地600亩', citation: cite(3, '600 亩') },
    ];
    expect(check(item({ facts }))).toEqual([
      `railport.geojson › railport-a › facts.1.citation: quote "600 亩" not found in ${F} L3`,
    ]);
    const numbers = [{ label: '吞吐量', value: 1000, unit: '万吨', text: '1000万吨', citation: cite(9) }];
    expect(check(item({ numbers }))).toEqual([
      `railport.geojson › railport-a › numbers.0.citation: line 9 is beyond the end of ${F} (4 lines)`,
    ]);
  });

  it('an item carries no field of a project', () => {
    expect(check(item({ area_mu: 5 }))).toEqual([
      expect.stringMatching(/^railport\.geojson › railport-a › \(record\): Unrecognized key/),
    ]);
  });

  it('a target off its line is named with the line', () => {
    const target = {
      id: 't-1',
      plan: 'logistics',
      indicator: '吞吐量',
      value: 1000,
      unit: '万吨',
      text: '1000万吨',
    };
    expect(validateTargets('targets.json', [{ ...target, citation: cite(4, '1000 万吨') }], lines)).toEqual(
      [],
    );
    expect(validateTargets('targets.json', [{ ...target, citation: cite(3, '1000 万吨') }], lines)).toEqual([
      `targets.json › t-1 › citation: quote "1000 万吨" not found in ${F} L3`,
    ]);
  });
});

describe('malformed input is reported, never thrown', () => {
  it('a Feature (or any other type) is not a collection, even with a features list', () => {
    for (const type of ['Feature', undefined])
      expect(validateFeatureCollection('railport.geojson', { type, features: [] }, 'items', lines)).toEqual([
        'railport.geojson: not a GeoJSON FeatureCollection',
      ]);
  });

  it('a mention that is not a citation is named by the schema once, and not looked up', () => {
    const problems = check(item({ mentions: [null, '第2行'] }));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^railport\.geojson › railport-a › mentions\.0: /);
    expect(problems[1]).toMatch(/^railport\.geojson › railport-a › mentions\.1: /);
    expect(problems.join('\n')).not.toMatch(/unknown source file|beyond the end/);
  });

  it('a target that is not an object is named by its position', () => {
    expect(validateTargets('targets.json', [null], lines)).toEqual([
      expect.stringMatching(/^targets\.json › #0 › \(record\): /),
    ]);
  });
});
