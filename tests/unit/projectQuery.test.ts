import { describe, expect, it } from 'vitest';
import type { AppData, ProjectFeature } from '../../src/domain/data';
import type { Bounds } from '../../src/domain/geography';
import { createProjectQuery, projectQueryFor } from '../../src/state/projectQuery';
import { makeData } from './fixtures';
import { makeFilters, makeProject } from './factories';

const dataWith = (projects: ProjectFeature[]): AppData => ({
  ...makeData(),
  projects: { type: 'FeatureCollection', features: projects },
  search: projects.map((p) => ({ id: p.properties.id, pinyin: 'liunan', initials: 'ln' })),
});

const ids = (list: readonly ProjectFeature[]) => list.map((p) => p.properties.id);

describe('project query', () => {
  const a = makeProject({ status: '在建', table: '柳南区' }, [109.4, 24.3]);
  const b = makeProject({ status: '新建', table: '柳北区' }, [109.6, 24.5]);
  const c = makeProject({ status: '在建', table: '柳北区' }, [109.45, 24.35]);
  const data = dataWith([a, b, c]);
  const [ia, ib, ic] = [a, b, c].map((p) => p.properties.id) as [string, string, string];

  it('lists what passes, excludes the rest and counts facets over all projects', () => {
    const q = createProjectQuery(data);
    const r = q(makeFilters({ statuses: ['在建'] }), null);
    expect(ids(r.list)).toEqual([ia, ic]);
    expect([...r.excluded]).toEqual([ib]);
    // Status counts ignore the status facet; table counts apply it.
    expect(r.facets.statuses['在建']).toBe(2);
    expect(r.facets.statuses['新建']).toBe(1);
    expect(r.facets.tables['柳北区']).toBe(1);
    expect(r.facets.tables['柳南区']).toBe(1);
  });

  it('search text uses the pinyin index of the data', () => {
    const r = createProjectQuery(data)(makeFilters({ text: 'ln' }), null);
    expect(ids(r.list)).toEqual([ia, ib, ic]);
    expect(createProjectQuery(data)(makeFilters({ text: 'zz' }), null).list).toEqual([]);
  });

  it('the same inputs give the same result object', () => {
    const q = createProjectQuery(data);
    const f = makeFilters();
    const first = q(f, null);
    expect(q(f, null)).toBe(first);
    // Equal but new filters recompute (identity is the cache key), keeping the unchanged excluded set.
    const second = q(makeFilters(), null);
    expect(second).not.toBe(first);
    expect(second.excluded).toBe(first.excluded);
  });

  it('a changed result gets a new excluded set; an equal-sized but different one too', () => {
    const q = createProjectQuery(data);
    const byTable = q(makeFilters({ tables: ['柳南区'] }), null);
    expect([...byTable.excluded].sort()).toEqual([ib, ic].sort());
    // Same size (two left out), different projects: must not reuse the old set.
    const other = q(makeFilters({ statuses: ['新建'] }), null);
    expect(other.excluded).not.toBe(byTable.excluded);
    expect([...other.excluded].sort()).toEqual([ia, ic].sort());
  });

  it('a narrower exclusion is a new set, not the old wider one', () => {
    const q = createProjectQuery(data);
    const wide = q(makeFilters({ tables: ['柳南区'] }), null);
    const narrow = q(makeFilters({ statuses: ['在建'] }), null);
    expect([...wide.excluded].sort()).toEqual([ib, ic].sort());
    expect([...narrow.excluded]).toEqual([ib]);
  });

  it('the view matters only when "only in view" is on', () => {
    const q = createProjectQuery(data);
    const view: Bounds = [109.3, 24.2, 109.5, 24.4];
    const off = makeFilters();
    const all = q(off, view);
    expect(ids(all.list)).toEqual([ia, ib, ic]);
    // Moving the map with the filter off keeps the cached result.
    expect(q(off, [0, 0, 1, 1])).toBe(all);
    const on = makeFilters({ inView: true });
    const inView = q(on, view);
    expect(ids(inView.list)).toEqual([ia, ic]);
    const moved = q(on, [109.5, 24.4, 109.7, 24.6]);
    expect(ids(moved.list)).toEqual([ib]);
  });

  it('one shared query per data set', () => {
    expect(projectQueryFor(data)).toBe(projectQueryFor(data));
    expect(projectQueryFor(dataWith([a]))).not.toBe(projectQueryFor(data));
  });
});
