import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openDb, type PlanMapDb } from '../../src/io/db';
import { loadDrawings, startDrawingStorage } from '../../src/io/drawings';
import type { Drawing } from '../../src/domain/drawing';
import { createAppStore } from '../../src/state/store';

const drawing = (id: string, created_at: string, label = id): Drawing => ({
  id,
  kind: 'line',
  geometry: {
    type: 'LineString',
    coordinates: [
      [109.4, 24.3],
      [109.5, 24.4],
    ],
  },
  color: '#1b998b',
  label,
  created_at,
});
const row = (d: Drawing, id = d.id) => ({ id, value: d, updated_at: '' });

async function dbWith(...rows: Array<ReturnType<typeof row>>): Promise<PlanMapDb> {
  const db = openDb(`t-${Math.random()}`);
  await db.open();
  if (rows.length) await db.drawings.bulkPut(rows);
  return db;
}
const eventually = (check: () => unknown | Promise<unknown>) =>
  vi.waitFor(check, { timeout: 5000, interval: 20 });

describe('drawing storage', () => {
  it('reads stored drawings oldest first; a row whose drawing names another id is unreadable', async () => {
    const db = await dbWith(
      row(drawing('a', '2026-03-01T00:00:00.000Z')),
      row(drawing('b', '2026-01-01T00:00:00.000Z')),
      row(drawing('c', '2026-02-01T00:00:00.000Z'), 'not-c'),
    );
    const { drawings, unreadable } = await loadDrawings(db);
    expect(drawings.map((d) => d.id)).toEqual(['b', 'a']);
    expect(unreadable).toBe(1);
  });

  it('keeps what was drawn before the stored drawings arrived, after them and once', async () => {
    const db = await dbWith(
      row(drawing('a', '2025-12-01T00:00:00.000Z')),
      row(drawing('b', '2026-01-01T00:00:00.000Z', 'stored')),
    );
    const store = createAppStore();
    store.getState().addDrawing(drawing('b', '2026-01-01T00:00:00.000Z', 'early copy'));
    store.getState().addDrawing(drawing('early', '2026-05-01T00:00:00.000Z'));
    await startDrawingStorage(store, db);
    expect(store.getState().drawings.map((d) => [d.id, d.label])).toEqual([
      ['a', 'a'],
      ['b', 'stored'],
      ['early', 'early'],
    ]);
    // Nothing was unreadable: no notice.
    expect(store.getState().notices).toEqual([]);
  });

  it('writes only what changed: nothing at start-up, no delete for an addition, no put for a removal', async () => {
    const db = await dbWith(row(drawing('a', '2026-01-01T00:00:00.000Z')));
    const tx = vi.spyOn(db, 'transaction');
    const put = vi.spyOn(db.drawings, 'bulkPut');
    const del = vi.spyOn(db.drawings, 'bulkDelete');
    const store = createAppStore();
    await startDrawingStorage(store, db);
    await new Promise((r) => setTimeout(r, 50));
    expect(tx).not.toHaveBeenCalled();

    store.getState().addDrawing(drawing('b', '2026-02-01T00:00:00.000Z'));
    await eventually(() => expect(put).toHaveBeenCalledTimes(1));
    expect(put.mock.calls[0]![0].map((r) => r.id)).toEqual(['b']);
    expect(del).not.toHaveBeenCalled();

    store.getState().deleteDrawing('a');
    await eventually(() => expect(del).toHaveBeenCalledTimes(1));
    expect(del.mock.calls[0]![0]).toEqual(['a']);
    expect(put).toHaveBeenCalledTimes(1);
    expect((await loadDrawings(db)).drawings.map((d) => d.id)).toEqual(['b']);
  });

  it('a database that cannot be read: the user is told (as an error), and nothing is written', async () => {
    const db = await dbWith();
    db.close();
    const store = createAppStore();
    await startDrawingStorage(store, db);
    expect(store.getState().notices.map((n) => [n.level, n.text])).toEqual([
      ['error', '无法打开本地数据库，标绘将不会保存。'],
    ]);
    store.getState().addDrawing(drawing('a', '2026-01-01T00:00:00.000Z'));
    await new Promise((r) => setTimeout(r, 50));
    // No save is attempted, so no second notice (a save would fail on the closed database).
    expect(store.getState().notices).toHaveLength(1);
  });
});
