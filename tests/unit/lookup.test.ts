/** Finding records by reference, and the document title shown beside a citation. */
import { describe, expect, it } from 'vitest';
import type { AppData, PlanItemFeature } from '../../src/domain/data';
import { findById, findFeature } from '../../src/domain/lookup';
import { citationLine, documentTitle, SOURCE_TITLES } from '../../src/domain/sources';
import { makeData } from './fixtures';
import { makeProject } from './factories';

const item = (id: string): PlanItemFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [109.4, 24.3] },
  properties: { id, name: id } as unknown as PlanItemFeature['properties'],
});

function dataWith(): AppData {
  const d = makeData();
  const fc = <F>(features: F[]) => ({ type: 'FeatureCollection' as const, features }) as never;
  return {
    ...d,
    projects: fc([makeProject({ id: 'p-1' })]),
    themes: { ...d.themes, rail: fc([item('rail-1')]), water: fc([item('water-1')]) },
    others: fc([item('other-1')]),
  };
}

describe('lookup', () => {
  const data = dataWith();

  it("finds projects, plan items of each theme and other documents' records by source and id", () => {
    expect(findFeature(data, { source: 'projects', id: 'p-1' })).toMatchObject({
      kind: 'project',
      source: 'projects',
    });
    expect(findFeature(data, { source: 'projects', id: 'p-1' })!.feature.properties.id).toBe('p-1');
    expect(findFeature(data, { source: 'water', id: 'water-1' })).toMatchObject({
      kind: 'item',
      source: 'water',
    });
    expect(findFeature(data, { source: 'others', id: 'other-1' })).toMatchObject({
      kind: 'item',
      source: 'others',
    });
    // The source is part of the reference.
    expect(findFeature(data, { source: 'rail', id: 'water-1' })).toBeNull();
    expect(findFeature(data, { source: 'projects', id: 'nope' })).toBeNull();
  });

  it('finds by id alone, whatever the source', () => {
    expect(findById(data, 'rail-1')).toMatchObject({ kind: 'item', source: 'rail' });
    expect(findById(data, 'other-1')?.source).toBe('others');
    expect(findById(data, 'p-1')?.kind).toBe('project');
    expect(findById(data, 'nope')).toBeNull();
  });
});

describe('document titles', () => {
  const cite = (file: keyof typeof SOURCE_TITLES, line: number) => ({ file, line, section: '' });

  it('name the plan a line of the 002 gazette belongs to, inclusive of both ends', () => {
    const logistics = '《柳州市物流业发展“十四五”规划》（柳政办〔2022〕59号）';
    const county = '《柳州市县域经济发展“十四五”规划》（柳政办〔2022〕63号）';
    expect(documentTitle(cite('002_cea03bdf2b5fe175.txt', 70))).toBe(logistics);
    expect(documentTitle(cite('002_cea03bdf2b5fe175.txt', 733))).toBe(logistics);
    expect(documentTitle(cite('002_cea03bdf2b5fe175.txt', 938))).toBe(county);
    expect(documentTitle(cite('002_cea03bdf2b5fe175.txt', 1676))).toBe(county);
    // Outside both plans: the gazette itself.
    for (const line of [69, 734, 937, 1677])
      expect(documentTitle(cite('002_cea03bdf2b5fe175.txt', line))).toBe(
        SOURCE_TITLES['002_cea03bdf2b5fe175.txt'],
      );
  });

  it('a citation as one line of text: document, section, file and line', () => {
    expect(citationLine({ ...cite('002_cea03bdf2b5fe175.txt', 120), section: '四、主要任务' })).toBe(
      '《柳州市物流业发展“十四五”规划》（柳政办〔2022〕59号） 四、主要任务 002_cea03bdf2b5fe175.txt 第120行',
    );
  });

  it('other files are named by their own title', () => {
    expect(documentTitle(cite('001_f39c1b8bb641a396.txt', 100))).toBe(
      SOURCE_TITLES['001_f39c1b8bb641a396.txt'],
    );
    expect(documentTitle(cite('001_f39c1b8bb641a396.txt', 100))).toContain('柳东新区');
  });
});
