import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCitation, validateFeatureCollection, validateTargets } from '../../src/domain/validatePlan';
import { readSourceLines } from '../../scripts/lib/sources';

const lines = readSourceLines();
/** A fresh copy of one real project feature, to break in one place per test. */
const project = () => JSON.parse(readFileSync('data/plan/projects.geojson', 'utf8')).features[0];
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('plan validation messages name the file, the record and the field', () => {
  it('accepts a real record', () => {
    expect(validateFeatureCollection('p.geojson', fc(project()), 'projects', lines)).toEqual([]);
  });

  it('rejects a status outside the plan vocabulary', () => {
    const f = project();
    f.properties.status = '施工';
    expect(validateFeatureCollection('p.geojson', fc(f), 'projects', lines)).toEqual([
      expect.stringMatching(/^p\.geojson › liunan-01 › status: /),
    ]);
  });

  it('rejects a location basis in English or naming a file, and a missing English basis', () => {
    const english = project();
    english.properties.location_basis = 'Placed at the county seat of the table.';
    const path = project();
    path.properties.location_basis = '置于 data/base/airport.geojson 的机场点。';
    path.properties.location_basis_en = 'At the airport point of airport.geojson.';
    const noEn = project();
    delete noEn.properties.location_basis_en;
    expect(validateFeatureCollection('p.geojson', fc(english), 'projects', lines)).toEqual([
      expect.stringMatching(/^p\.geojson › liunan-01 › location_basis: .*Chinese/),
    ]);
    expect(validateFeatureCollection('p.geojson', fc(path), 'projects', lines)).toEqual([
      expect.stringMatching(/› location_basis: .*files/),
      expect.stringMatching(/› location_basis_en: .*files/),
    ]);
    expect(validateFeatureCollection('p.geojson', fc(noEn), 'projects', lines)).toEqual([
      expect.stringMatching(/› location_basis_en: /),
    ]);
  });

  it('rejects a citation whose quote is not on the cited line', () => {
    const f = project();
    f.properties.citation.line += 1;
    expect(validateFeatureCollection('p.geojson', fc(f), 'projects', lines)).toEqual([
      expect.stringMatching(
        /^p\.geojson › liunan-01 › citation: quote .* not found in 002_cea03bdf2b5fe175\.txt L646$/,
      ),
    ]);
  });

  it('rejects invented fields, bad coordinates and duplicate ids', () => {
    const a = project();
    a.properties.budget = 1;
    a.geometry.coordinates = [200, 24];
    const problems = validateFeatureCollection('p.geojson', fc(a, project()), 'projects', lines);
    expect(problems).toContain('p.geojson › liunan-01 › (record): Unrecognized key: "budget"');
    expect(problems.some((p) => p.startsWith('p.geojson › liunan-01 › geometry.coordinates.0: '))).toBe(true);
    expect(problems).toContain('p.geojson › liunan-01: duplicate id');
  });

  it('rejects a target without its citation', () => {
    expect(
      validateTargets(
        't.json',
        [{ id: 'x', plan: 'logistics', indicator: '铁路货运量', value: 1, unit: '万吨', text: '铁路货运量' }],
        lines,
      )[0],
    ).toMatch(/^t\.json › x › citation: /);
  });
});

describe('citations and records in detail', () => {
  const doc = { 'a.txt': ['第一行', '面积 12 m <sup>2</sup> 用地', '  港 口  '] } as Record<string, string[]>;
  const cite = (line: number, quote?: string) => ({
    file: 'a.txt',
    line,
    section: 's',
    ...(quote ? { quote } : {}),
  });

  it('a quote matches ignoring spaces and either way of writing m²; line numbers start at 1', () => {
    expect(checkCitation(cite(1, '第一行') as never, doc)).toBeNull();
    expect(checkCitation(cite(2, '12m²用地') as never, doc)).toBeNull();
    expect(checkCitation(cite(3, '港口') as never, doc)).toBeNull();
    expect(checkCitation(cite(3) as never, doc)).toBeNull();
    expect(checkCitation(cite(2, '第一行') as never, doc)).toBe('quote "第一行" not found in a.txt L2');
    expect(checkCitation(cite(4, '港') as never, doc)).toBe('line 4 is beyond the end of a.txt (3 lines)');
    expect(checkCitation({ ...cite(1), file: 'b.txt' } as never, doc)).toBe('unknown source file b.txt');
  });

  it('checks every kind of citation a record carries', () => {
    const f = project();
    const bad = { ...f.properties.citation, line: 999999 };
    f.properties.mentions = [f.properties.citation, bad];
    f.properties.number_citations = { ...(f.properties.number_citations ?? {}), area_mu: bad };
    const problems = validateFeatureCollection('p.geojson', fc(f), 'projects', lines);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/› mentions\.1: line 999999 is beyond/),
        expect.stringMatching(/› number_citations\.area_mu: line 999999 is beyond/),
      ]),
    );
    expect(problems.some((p) => /mentions\.0/.test(p))).toBe(false);
  });

  it('a project states no number without citing it, and is a point', () => {
    const f = project();
    f.properties.area_mu = 10;
    f.properties.number_citations = {};
    f.geometry = {
      type: 'LineString',
      coordinates: [
        [109, 24],
        [109.1, 24.1],
      ],
    };
    const problems = validateFeatureCollection('p.geojson', fc(f), 'projects', lines);
    expect(problems).toContain(
      'p.geojson › liunan-01 › number_citations.area_mu: area_mu is stated but not cited',
    );
    expect(problems).toContain('p.geojson › liunan-01 › geometry: a project is a Point');
  });

  it('names records without an id by position, and refuses what is not a collection or a list', () => {
    const f = project();
    delete f.properties.id;
    const problems = validateFeatureCollection('p.geojson', fc(f), 'projects', lines);
    expect(problems.every((p) => p.startsWith('p.geojson › #0'))).toBe(true);
    expect(problems.length).toBeGreaterThan(0);
    expect(validateFeatureCollection('p.geojson', { type: 'Feature' }, 'items', lines)).toEqual([
      'p.geojson: not a GeoJSON FeatureCollection',
    ]);
    expect(validateFeatureCollection('p.geojson', { type: 'FeatureCollection' }, 'items', lines)).toEqual([
      'p.geojson: not a GeoJSON FeatureCollection',
    ]);
    expect(validateFeatureCollection('p.geojson', null, 'items', lines)).toEqual([
      'p.geojson: not a GeoJSON FeatureCollection',
    ]);
    expect(validateTargets('t.json', {}, lines)).toEqual(['t.json: expected an array of targets']);
    expect(validateTargets('t.json', [{}], lines)[0]).toMatch(/^t\.json › #0 › /);
  });

  it('a real target passes; a target whose quote is off its line is named', () => {
    const targets = JSON.parse(readFileSync('data/plan/targets.json', 'utf8')) as Array<{
      citation: { line: number };
    }>;
    expect(validateTargets('t.json', targets.slice(0, 3), lines)).toEqual([]);
    const moved = structuredClone(targets[0]!);
    moved.citation.line += 1;
    expect(validateTargets('t.json', [moved], lines)[0]).toMatch(/› citation: quote .* not found/);
  });
});
