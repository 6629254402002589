import { describe, expect, it } from 'vitest';
import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { createSpecApplier, deepEqual, type MapLike } from '../../src/map/applySpecs';
import { createLayerBuilder, allSources } from '../../src/layers';
import { groupInputsFrom } from '../../src/layers/inputs';
import { defaultLayers } from '../../src/state/layersSlice';
import { fc, makeData, pointFeature } from './fixtures';

/** A fake map that records every imperative call. */
function fakeMap() {
  const calls: string[] = [];
  const setData: unknown[] = [];
  const map: MapLike = {
    addSource: (id) => calls.push(`addSource ${id}`),
    removeSource: (id) => calls.push(`removeSource ${id}`),
    getSource: (id) => ({ setData: (d: unknown) => (calls.push(`setData ${id}`), setData.push(d)) }),
    addLayer: (l, before) => calls.push(`addLayer ${l.id}${before ? ` before ${before}` : ''}`),
    removeLayer: (id) => calls.push(`removeLayer ${id}`),
    setPaintProperty: (id, name) => calls.push(`setPaint ${id} ${name}`),
    setLayoutProperty: (id, name, v) => calls.push(`setLayout ${id} ${name} ${String(v)}`),
    setFilter: (id) => calls.push(`setFilter ${id}`),
    setLayerZoomRange: (id, a, b) => calls.push(`zoomRange ${id} ${a} ${b}`),
    setFeatureState: (f, state) => calls.push(`state ${f.source}/${f.id} ${JSON.stringify(state)}`),
  };
  return { map, calls, setData };
}

const src = (data = fc()): SourceSpecification => ({ type: 'geojson', data });
const circle = (id: string, extra: Partial<LayerSpecification> = {}): LayerSpecification =>
  ({ id, type: 'circle', source: 's', paint: { 'circle-color': '#000' }, ...extra }) as LayerSpecification;

describe('spec applier (the only code that calls the map)', () => {
  it('adds every source and layer on first apply, in order', () => {
    const { map, calls } = fakeMap();
    createSpecApplier(map).apply({ s: src() }, [circle('a'), circle('b')]);
    expect(calls).toEqual(['addSource s', 'addLayer a', 'addLayer b']);
  });

  it('adds the sources of shown labels first, so their glyphs are asked for early', () => {
    const { map, calls } = fakeMap();
    const sym = (id: string, source: string, visibility = 'visible') =>
      ({ id, type: 'symbol', source, layout: { visibility } }) as LayerSpecification;
    createSpecApplier(map).apply({ lines: src(), hidden: src(), names: src(), marks: src() }, [
      circle('c', { source: 'lines' } as Partial<LayerSpecification>),
      sym('h', 'hidden', 'none'),
      sym('n', 'names'),
      sym('m', 'marks'),
    ]);
    expect(calls.filter((c) => c.startsWith('addSource'))).toEqual([
      'addSource names',
      'addSource marks',
      'addSource lines',
      'addSource hidden',
    ]);
    expect(calls.filter((c) => c.startsWith('addLayer'))).toEqual([
      'addLayer c',
      'addLayer h',
      'addLayer n',
      'addLayer m',
    ]);
  });

  it('touches nothing when the specs are the same objects', () => {
    const { map, calls } = fakeMap();
    const applier = createSpecApplier(map);
    const sources = { s: src() };
    const layers = [circle('a')];
    applier.apply(sources, layers);
    calls.length = 0;
    applier.apply(sources, layers);
    applier.apply({ ...sources }, [...layers]);
    expect(calls).toEqual([]);
  });

  it('calls only the setters for what changed', () => {
    const { map, calls } = fakeMap();
    const applier = createSpecApplier(map);
    const sources = { s: src() };
    applier.apply(sources, [circle('a'), circle('b')]);
    calls.length = 0;
    applier.apply(sources, [
      circle('a', { paint: { 'circle-color': '#f00' } }),
      circle('b', { layout: { visibility: 'none' }, filter: ['==', ['get', 'x'], 1] }),
    ]);
    expect(calls).toEqual(['setPaint a circle-color', 'setLayout b visibility none', 'setFilter b']);
  });

  it('replaces GeoJSON data with setData, never by re-adding the source', () => {
    const { map, calls, setData } = fakeMap();
    const applier = createSpecApplier(map);
    applier.apply({ s: src() }, [circle('a')]);
    calls.length = 0;
    const next = fc([pointFeature(109.4, 24.3)]);
    applier.apply({ s: src(next) }, [circle('a')]);
    expect(calls).toEqual(['setData s']);
    expect(setData[0]).toBe(next);
  });

  it('removes dropped layers and inserts new ones at their place', () => {
    const { map, calls } = fakeMap();
    const applier = createSpecApplier(map);
    const sources = { s: src() };
    applier.apply(sources, [circle('a'), circle('c')]);
    calls.length = 0;
    applier.apply(sources, [circle('b'), circle('c')]);
    expect(calls).toEqual(['removeLayer a', 'addLayer b before c']);
  });

  it('with the real layer groups, toggling one group touches only that group', () => {
    const { map, calls } = fakeMap();
    const applier = createSpecApplier(map);
    const build = createLayerBuilder();
    const sources = allSources(makeData());
    const layers = defaultLayers();
    applier.apply(sources, build(groupInputsFrom({ layers, lang: 'zh' })));
    calls.length = 0;
    applier.apply(
      sources,
      build(groupInputsFrom({ layers: { ...layers, stations: { visible: false, opacity: 1 } }, lang: 'zh' })),
    );
    expect(calls).toEqual([
      'setLayout stations-circle visibility none',
      'setLayout stations-label visibility none',
    ]);
  });

  it('flags features through feature-state, touching only those whose flag changes', () => {
    const { map, calls } = fakeMap();
    const applier = createSpecApplier(map);
    applier.applyFlags('projects', 'out', new Set(['a', 'b']));
    expect(calls).toEqual(['state projects/a {"out":true}', 'state projects/b {"out":true}']);
    calls.length = 0;
    const next = new Set(['b', 'c']);
    applier.applyFlags('projects', 'out', next);
    expect(calls).toEqual(['state projects/a {"out":false}', 'state projects/c {"out":true}']);
    calls.length = 0;
    applier.applyFlags('projects', 'out', next);
    expect(calls).toEqual([]);
  });

  it('compares style values structurally', () => {
    expect(deepEqual(['get', 'a'], ['get', 'a'])).toBe(true);
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
  });
});
