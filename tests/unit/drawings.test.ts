import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openDb } from '../../src/io/db';
import { loadDrawings, startDrawingStorage } from '../../src/io/drawings';
import { drawingsGeoJsonText } from '../../src/io/exportTools';
import { drawingsGeoJson } from '../../src/layers/drawings';
import type { Drawing } from '../../src/domain/drawing';
import { createAppStore } from '../../src/state/store';

const drawing = (id: string, label = 'A'): Drawing => ({
  id,
  kind: 'polygon',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [109.4, 24.3],
        [109.5, 24.3],
        [109.5, 24.4],
        [109.4, 24.3],
      ],
    ],
  },
  color: '#1b998b',
  label,
  created_at: '2026-01-01T00:00:00.000Z',
});

/** Waits for the background save to land (polling, not a fixed delay: a loaded machine is slower). */
const eventually = (check: () => unknown | Promise<unknown>) =>
  vi.waitFor(check, { timeout: 5000, interval: 20 });

describe('drawings', () => {
  it('add, edit, delete and undo as store actions', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().addDrawing(drawing('a'));
    s().addDrawing(drawing('b'));
    s().updateDrawing('a', { label: '候选用地' });
    s().deleteDrawing('b');
    expect(s().drawings.map((d) => [d.id, d.label])).toEqual([['a', '候选用地']]);
    s().undoDrawings();
    expect(s().drawings.map((d) => d.id)).toEqual(['a', 'b']);
    s().undoDrawings();
    expect(s().drawings[0]!.label).toBe('A');
  });

  it('reshaping: one drawing at a time, a new geometry is undoable, another tool ends it', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().addDrawing(drawing('a'));
    s().editDrawing('a');
    expect([s().toolMode, s().editing]).toEqual(['draw-edit', 'a']);
    const moved = structuredClone(drawing('a').geometry);
    if (moved.type === 'Polygon') moved.coordinates[0]![1] = [109.52, 24.31];
    s().updateDrawing('a', { geometry: moved });
    expect(s().drawings[0]!.geometry).toEqual(moved);
    s().undoDrawings();
    expect(s().drawings[0]!.geometry).toEqual(drawing('a').geometry);
    s().setToolMode('draw-line');
    expect(s().editing).toBeNull();
    s().editDrawing('a');
    s().editDrawing(null);
    expect([s().toolMode, s().editing]).toEqual(['none', null]);
  });

  it('are saved to and restored from the local database, validated; unreadable rows are kept', async () => {
    const db = openDb(`t-${Math.random()}`);
    await db.drawings.put({ id: 'bad', value: { id: 'bad', kind: 'circle' }, updated_at: '' });
    const store = createAppStore();
    const stop = await startDrawingStorage(store, db);
    expect(store.getState().notices.at(-1)?.text).toContain('1 条标绘无法读取');
    store.getState().addDrawing(drawing('a'));
    store.getState().addDrawing(drawing('b'));
    store.getState().deleteDrawing('a');
    await eventually(async () => {
      const { drawings, unreadable } = await loadDrawings(db);
      expect(drawings.map((d) => d.id)).toEqual(['b']);
      expect(unreadable).toBe(1);
    });
    expect(await db.drawings.get('bad')).toBeTruthy();
    stop();

    const again = createAppStore();
    await startDrawingStorage(again, db);
    expect(again.getState().drawings.map((d) => d.id)).toEqual(['b']);
  });

  it('a failed save says so and keeps the drawing on the map', async () => {
    const db = openDb(`t-${Math.random()}`);
    const store = createAppStore();
    await startDrawingStorage(store, db);
    db.close();
    store.getState().addDrawing(drawing('a'));
    await eventually(() => expect(store.getState().notices.at(-1)?.text).toContain('标绘保存失败'));
    expect(store.getState().drawings).toHaveLength(1);
  });

  it('export as GeoJSON with label and colour, and feed the layer', () => {
    const gj = JSON.parse(drawingsGeoJsonText([drawing('a', '红线')]));
    expect(gj.features[0].properties).toMatchObject({ label: '红线', color: '#1b998b', kind: 'polygon' });
    expect(drawingsGeoJson([drawing('a')]).features[0]!.properties).toMatchObject({
      id: 'a',
      color: '#1b998b',
    });
  });
});
