import { describe, expect, it } from 'vitest';
import { exportLegend, measureNote, snappedNote } from '../../src/io/exportLegend';
import { t as translate } from '../../src/i18n/strings';
import { createAppStore } from '../../src/state/store';
import type { Drawing } from '../../src/domain/drawing';

const t = (k: string, v?: Record<string, string | number>) => translate('zh', k, v);
const drawing = (id: string, label: string, kind: Drawing['kind'] = 'point'): Drawing => ({
  id,
  kind,
  geometry: { type: 'Point', coordinates: [109.4, 24.3] },
  color: '#1b998b',
  label,
  created_at: '2026-01-01',
});

describe('export legend', () => {
  it('lists labelled drawings with their colour, counts the rest, and visible imported layers', () => {
    const store = createAppStore();
    store.getState().addDrawing(drawing('a', '候选用地'));
    store.getState().addDrawing(drawing('b', ''));
    store.getState().addImportedLayers([
      {
        meta: {
          id: 'imp-1',
          name: '外业点',
          format: 'geojson',
          crs: 'WGS84',
          count: 1,
          fields: [],
          nameField: null,
          style: { color: '#8338ec' },
          imported_at: '2026-01-01',
        },
        features: {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: {},
              geometry: {
                type: 'Polygon',
                coordinates: [
                  [
                    [109, 24],
                    [109.1, 24],
                    [109, 24.1],
                    [109, 24],
                  ],
                ],
              },
            },
          ],
        },
        visible: true,
      },
    ]);
    const labels = exportLegend(store.getState(), t);
    const byLabel = new Map(labels.map((e) => [e.label, e.symbol]));
    expect(byLabel.get('我的标绘：候选用地')).toMatchObject({ kind: 'circle', color: '#1b998b' });
    expect(byLabel.has('我的标绘（另 1 项）')).toBe(true);
    expect(byLabel.get('导入数据：外业点')).toMatchObject({ kind: 'fill', color: '#8338ec' });
    // The generic drawing legend gives way to the drawings themselves.
    expect(labels.some((e) => e.label === t('legend.drawingPoint'))).toBe(false);

    store.getState().setImportedVisible('imp-1', false);
    store.getState().setLayerVisible('drawings', false);
    const hidden = exportLegend(store.getState(), t).map((e) => e.label);
    expect(hidden.filter((l) => l.startsWith('我的标绘') || l.startsWith('导入数据'))).toEqual([]);
  });

  it('names the layer of each entry that reads alike in several, each in its own colour', () => {
    const store = createAppStore();
    for (const id of ['water', 'air', 'road'] as const) store.getState().setLayerVisible(id, true);
    const approx = exportLegend(store.getState(), t).filter((e) => e.label.includes('近似位置'));
    expect(approx.map((e) => e.label)).toEqual([
      '港口与航道：近似位置（带光晕）',
      '公路项目：近似位置（带光晕）',
      '航空：近似位置（带光晕）',
      '铁路港：近似位置（带光晕）', // shown at first open
    ]);
    expect(new Set(approx.map((e) => (e.symbol as { color: string }).color)).size).toBe(4);
    // Entries that are the same in every layer (the boundary) carry no layer name.
    expect(exportLegend(store.getState(), t).map((e) => e.label)).toContain('区县界（2025 年）');
  });

  it('states the measurement on the map with its method, only while measuring', () => {
    const store = createAppStore();
    store.getState().setToolMode('measure-line');
    store.getState().setMeasure({
      type: 'LineString',
      coordinates: [
        [109.35, 24.27],
        [109.45, 24.27],
      ],
    });
    expect(measureNote(store.getState(), t)).toMatch(/^量算：长度 10\.1\d km（测地计算/);
    store.getState().setToolMode('none');
    expect(measureNote(store.getState(), t)).toBeNull();
  });

  it('names the sites a measurement is snapped to with how each position was obtained, a shared one once', () => {
    const store = createAppStore();
    const at = (source: string, name: string, quality: 'exact' | 'approximate' | 'schematic') => ({
      source,
      id: `${source}-1`,
      name,
      lonLat: [109.38, 24.218] as [number, number],
      quality,
    });
    store.getState().setToolMode('measure-line');
    const line = { type: 'Point' as const, coordinates: [109.38, 24.218] as [number, number] };
    store.getState().setMeasure(line);
    expect(snappedNote(store.getState(), t)).toBeNull();
    store
      .getState()
      .setMeasure(line, [
        at('projects', '空港', 'approximate'),
        at('railport', '空港', 'approximate'),
        at('structure', '二园', 'schematic'),
      ]);
    expect(snappedNote(store.getState(), t)).toBe('端点吸附至规划点位：空港（近似位置）；二园（示意位置）');
    const en = (k: string, v?: Record<string, string | number>) => translate('en', k, v);
    expect(snappedNote(store.getState(), en)).toBe(
      'Snapped to plan sites: 空港 (Approximate position); 二园 (Schematic position)',
    );
  });
});
