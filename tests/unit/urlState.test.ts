import { describe, expect, it } from 'vitest';
import { decodeUrl, describeUrlProblem, encodeUrl, type UrlState } from '../../src/io/urlState';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../../src/domain/geography';
import { defaultLayers } from '../../src/state/layersSlice';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { LAYER_GROUP_IDS, USER_GROUP_IDS } from '../../src/layers';

const base = (): UrlState => ({
  lang: 'zh',
  camera: null,
  layers: defaultLayers(),
  selected: null,
  filters: EMPTY_FILTERS,
  basemap: 'offline',
});

describe('URL state', () => {
  it('round-trips language, camera, layers, opacity and selection', () => {
    const layers = defaultLayers();
    layers.road = { visible: true, opacity: 0.5 };
    layers.rivers = { visible: false, opacity: 1 };
    const state: UrlState = {
      lang: 'en',
      camera: { center: [109.41234, 24.32345], zoom: 11.25, bearing: 15, pitch: 30 },
      layers,
      selected: { source: 'projects', id: 'liunan-01' },
      filters: {
        tables: ['鹿寨县', '柳东新区'],
        types: ['商贸服务型'],
        statuses: ['在建', '储备'],
        areaMin: 100,
        areaMax: null,
        text: '冷链 & 物流',
        inView: true,
      },
      basemap: 'tdt-img',
    };
    const { patch, problems } = decodeUrl(encodeUrl(state), defaultLayers());
    expect(problems).toEqual([]);
    expect(patch).toEqual(state);
  });

  it('keeps the URL short and readable', () => {
    const url = encodeUrl({ ...base(), camera: { center: [109.4, 24.3], zoom: 9, bearing: 0, pitch: 0 } });
    expect(url).toMatch(/^c=109\.4,24\.3,9&layers=[a-z,]+$/);
  });

  it('reports unknown and malformed parameters and ignores them', () => {
    const { patch, problems } = decodeUrl(
      '?lang=fr&c=x,2,3&layers=projects,nope&sel=<script>&foo=1',
      defaultLayers(),
    );
    expect(patch).toEqual({});
    expect(problems).toEqual(
      expect.arrayContaining([
        { param: 'foo', reason: 'unknown' },
        { param: 'lang', reason: 'invalid' },
        { param: 'c', reason: 'invalid' },
        { param: 'layers', reason: 'invalid' },
        { param: 'sel', reason: 'invalid' },
      ]),
    );
  });

  it('rejects cameras that are not numbers', () => {
    for (const c of [
      '109,24',
      '109,24,NaN',
      '109,,8',
      '109,24,8,0',
      'a,b,c',
      '109,24,Infinity',
      '1e309,24,8',
      '0x10,24,8',
    ]) {
      expect(decodeUrl(`c=${c}`, defaultLayers()).problems, c).toEqual([{ param: 'c', reason: 'invalid' }]);
    }
  });

  it('clamps cameras outside the map limits into them, and says so', () => {
    for (const c of ['200,24,8', '109,24,30', '109,-90,8', '109,95,3', '1,2,3']) {
      const { patch, problems } = decodeUrl(`c=${c}`, defaultLayers());
      expect(
        problems.map((p) => p.reason),
        c,
      ).toEqual(['clamped']);
      const cam = patch.camera!;
      expect(cam.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
      expect(cam.zoom).toBeLessThanOrEqual(MAX_ZOOM);
      expect(Math.abs(cam.center[1])).toBeLessThanOrEqual(85);
      expect(cam.center[0]).toBeGreaterThanOrEqual(MAX_BOUNDS[0]);
      expect(cam.center[0]).toBeLessThanOrEqual(MAX_BOUNDS[2]);
    }
  });

  it('rejects filter values that are not in the plan vocabulary', () => {
    const { patch, problems } = decodeUrl(
      'county=鹿寨县,火星&type=商贸服务型&area=5-1&inview=yes',
      defaultLayers(),
    );
    expect(patch.filters?.types).toEqual(['商贸服务型']);
    expect(patch.filters?.tables).toEqual([]);
    expect(problems.map((p) => p.param).sort()).toEqual(['area', 'county', 'inview']);
  });

  it('writes the table filter as `table` and still reads old links that call it `county`', () => {
    const s = encodeUrl({
      lang: 'zh',
      camera: null,
      layers: defaultLayers(),
      selected: null,
      filters: { ...EMPTY_FILTERS, tables: ['鹿寨县'] },
      basemap: 'offline',
    });
    expect(new URLSearchParams(s).get('table')).toBe('鹿寨县');
    expect(new URLSearchParams(s).has('county')).toBe(false);
    expect(decodeUrl('county=柳东新区,鹿寨县', defaultLayers()).patch.filters?.tables).toEqual([
      '柳东新区',
      '鹿寨县',
    ]);
    expect(decodeUrl('table=柳南区&county=鹿寨县', defaultLayers()).patch.filters?.tables).toEqual([
      '柳南区',
    ]);
  });

  it('an empty layers list hides every toggleable group', () => {
    const { patch } = decodeUrl('layers=', defaultLayers());
    expect(
      Object.entries(patch.layers!).filter(([id, g]) => USER_GROUP_IDS.includes(id as never) && g.visible),
    ).toEqual([]);
    expect(patch.layers!.selection.visible).toBe(true);
  });

  it('names the basemap in links (never a key) and rejects unknown basemaps', () => {
    expect(encodeUrl(base())).not.toContain('bm=');
    expect(encodeUrl({ ...base(), basemap: 'osm' })).toContain('bm=osm');
    expect(decodeUrl('bm=osm', defaultLayers()).patch.basemap).toBe('osm');
    const bad = decodeUrl('bm=gaode', defaultLayers());
    expect(bad.patch.basemap).toBeUndefined();
    expect(bad.problems).toEqual([{ param: 'bm', reason: 'invalid' }]);
  });
});

describe('hostile links', () => {
  const HOSTILE = [
    '__proto__=1',
    'constructor=1&prototype=1',
    'layers=constructor',
    'layers=__proto__,prototype',
    'opacity=constructor:1,__proto__:0.5',
    'opacity=projects:1e999',
    'sel=constructor/prototype',
    'sel=__proto__/x',
    'county=constructor&type=__proto__&status=toString',
    'lang=__proto__',
    'lang=constructor',
    'c=__proto__',
    'area=constructor',
    'q=' + 'x'.repeat(5000),
    'inview=__proto__',
    '%E0%A4%A=1&c=%ZZ',
    'c=109,24,8&c=0,0,0',
  ];
  it('never throws, never pollutes prototypes, and reports each problem', () => {
    for (const q of HOSTILE) {
      const { patch, problems } = decodeUrl(q, defaultLayers());
      expect(({} as Record<string, unknown>).polluted, q).toBeUndefined();
      expect(Object.getPrototypeOf(patch), q).toBe(Object.prototype);
      for (const p of problems) expect(describeUrlProblem('zh', p).length, q).toBeGreaterThan(0);
      if (patch.layers) for (const id of Object.keys(patch.layers)) expect(LAYER_GROUP_IDS).toContain(id);
    }
    expect(decodeUrl('sel=constructor/prototype', defaultLayers()).patch.selected).toEqual({
      source: 'constructor',
      id: 'prototype',
    });
    expect(decodeUrl('layers=constructor', defaultLayers()).problems).toEqual([
      { param: 'layers', reason: 'invalid' },
    ]);
  });

  it('summarises thousands of parameters in one short notice: count and first names', () => {
    const q = Array.from({ length: 3000 }, (_, i) => `p${i}=1`).join('&') + '&lang=en';
    const { patch, problems } = decodeUrl(q, defaultLayers());
    expect(patch.lang).toBe('en');
    expect(problems).toEqual([{ param: 'p0', reason: 'tooMany', count: 3000, names: ['p0', 'p1', 'p2'] }]);
    const text = describeUrlProblem('zh', problems[0]!);
    expect(text).toContain('3000');
    expect(text).toContain('p0、p1、p2');
    expect(text.length).toBeLessThan(60);
  });

  it('a repeated setting uses the first and says so', () => {
    const { patch, problems } = decodeUrl('c=109.4,24.3,9&c=0,0,0', defaultLayers());
    expect(patch.camera?.center).toEqual([109.4, 24.3]);
    expect(problems).toEqual([{ param: 'c', reason: 'repeated' }]);
  });

  it('names the setting in planner words, in the interface language', () => {
    const clamped = decodeUrl('c=109,24,30', defaultLayers()).problems[0]!;
    expect(describeUrlProblem('zh', clamped)).toContain('地图视图');
    expect(describeUrlProblem('en', clamped)).toContain('map view');
    expect(describeUrlProblem('zh', { param: 'county', reason: 'invalid' })).toContain('项目表筛选');
    expect(describeUrlProblem('en', { param: 'status', reason: 'invalid' })).toContain('status filter');
  });
});
