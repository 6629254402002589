import { describe, expect, it } from 'vitest';
import { nearestOnScreen, snapTargets, snappedSites, targetsByPosition } from '../../src/analysis/snapping';
import { makeData, pointFeature } from './fixtures';
import { makeProject } from './factories';

const site = (id: string, lon: number, lat: number, extra: Record<string, unknown> = {}) =>
  pointFeature(lon, lat, { id, name: `站${id}`, location_quality: 'schematic', ...extra }) as never;

describe('snapping a measurement to the plan sites', () => {
  it('takes every sited plan point by source/id, never a county-level record or a line', () => {
    const data = makeData();
    data.projects.features.push(makeProject({ id: 'p-site', name: '西鹅' }, [109.359, 24.284]));
    data.projects.features.push(makeProject({ id: 'p-county', placement_scope: 'county' }, [109.5, 24.5]));
    data.themes.railport.features.push(site('rp-1', 109.359, 24.284));
    data.themes.rail.features.push({
      type: 'Feature',
      properties: { id: 'line', name: '线', location_quality: 'exact' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [109, 24],
          [110, 25],
        ],
      },
    } as never);
    data.others.features.push(site('o-1', 109.6, 24.6, { location_quality: 'exact' }));
    const t = snapTargets(data);
    expect([...t.keys()].sort()).toEqual(['others/o-1', 'projects/p-site', 'railport/rp-1']);
    expect(t.get('projects/p-site')).toEqual({
      source: 'projects',
      id: 'p-site',
      name: '西鹅',
      lonLat: [109.359, 24.284],
      quality: 'approximate',
    });
    expect(t.get('others/o-1')!.quality).toBe('exact');
  });

  it('picks the nearest candidate within the tolerance, none beyond it', () => {
    const c = [
      { x: 105, y: 100, k: 'a' },
      { x: 103, y: 102, k: 'b' },
      { x: 120, y: 100, k: 'c' },
    ];
    expect(nearestOnScreen(c, { x: 100, y: 100 })?.k).toBe('b');
    expect(nearestOnScreen(c, { x: 100, y: 100 }, 3)).toBeNull();
    // On the edge of the tolerance it still snaps.
    expect(nearestOnScreen([{ x: 110, y: 100 }], { x: 100, y: 100 }, 10)).not.toBeNull();
    expect(nearestOnScreen([], { x: 0, y: 0 })).toBeNull();
  });

  it('names every record at each snapped vertex, once, in the order the shape reaches them', () => {
    const data = makeData();
    data.projects.features.push(makeProject({ id: 'p-xie', name: '西鹅项目' }, [109.359, 24.284]));
    data.themes.railport.features.push(site('rp-xie', 109.359, 24.284));
    data.themes.railport.features.push(site('rp-gt', 109.514, 24.433));
    const byPos = targetsByPosition(snapTargets(data).values());
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [109.514, 24.433],
        [109.4, 24.3],
        [109.359, 24.284],
        [109.514, 24.433],
      ] as Array<[number, number]>,
    };
    expect(snappedSites(line, byPos).map((s) => s.id)).toEqual(['rp-gt', 'p-xie', 'rp-xie']);
    const ring = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [109.4, 24.3],
          [109.359, 24.284],
          [109.41, 24.32],
          [109.4, 24.3],
        ],
      ] as Array<Array<[number, number]>>,
    };
    expect(snappedSites(ring, byPos).map((s) => s.id)).toEqual(['p-xie', 'rp-xie']);
    expect(snappedSites({ type: 'Point', coordinates: [109.514, 24.433] }, byPos)).toHaveLength(1);
    expect(snappedSites(null, byPos)).toEqual([]);
    // A vertex a hair away from a site is not on it.
    expect(snappedSites({ type: 'Point', coordinates: [109.5140001, 24.433] }, byPos)).toEqual([]);
  });
});
