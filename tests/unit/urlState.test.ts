import { describe, expect, it } from 'vitest';
import { decodeUrl, encodeUrl, type UrlState } from '../../src/io/urlState';
import { defaultLayers } from '../../src/state/layersSlice';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { USER_GROUP_IDS } from '../../src/layers';

const base = (): UrlState => ({
  lang: 'zh',
  camera: null,
  layers: defaultLayers(),
  selected: null,
  filters: EMPTY_FILTERS,
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
      '?lang=fr&c=1,2,3&layers=projects,nope&sel=<script>&foo=1',
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

  it('rejects cameras outside the map limits and non-numbers', () => {
    for (const c of ['109,24', '200,24,8', '109,24,30', '109,24,NaN', '109,,8', '109,24,8,0', 'a,b,c']) {
      expect(decodeUrl(`c=${c}`, defaultLayers()).problems, c).toEqual([{ param: 'c', reason: 'invalid' }]);
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
});
