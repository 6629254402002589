import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFeatureCollection, validateTargets } from '../../src/domain/validatePlan';
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
        [{ id: 'x', indicator: '铁路货运量', value: 1, unit: '万吨', text: '铁路货运量' }],
        lines,
      )[0],
    ).toMatch(/^t\.json › x › citation: /);
  });
});
