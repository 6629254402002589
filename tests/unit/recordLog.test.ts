import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  activeEntries,
  entry,
  foldRecords,
  mergeLogs,
  undoable,
  type LogEntry,
} from '../../src/domain/recordLog';
import { openDb } from '../../src/io/db';
import { appendEntries, loadLog, parseRecordsFile, toRecordsFile } from '../../src/io/recordStore';
import { ticker, userRecord } from './fixtures';

const rec = userRecord;
const at = ticker();

describe('the record log', () => {
  it('folds add, edit, delete and undo into the current records', () => {
    const add = entry('add', rec(), {}, at());
    const edit = entry('edit', rec({ note: '改' }), {}, at());
    expect(foldRecords([add, edit])).toEqual([rec({ note: '改' })]);
    const del = entry('delete', rec(), {}, at());
    expect(foldRecords([add, edit, del])).toEqual([]);
    const undoDel = { ...entry('undo', rec(), {}, at()), undoes: del.entry_id };
    expect(foldRecords([add, edit, del, undoDel])).toEqual([rec({ note: '改' })]);
    // Undoing the undo deletes again; the log only ever grew.
    const redo = { ...entry('undo', rec(), {}, at()), undoes: undoDel.entry_id };
    const log = [add, edit, del, undoDel, redo];
    expect(foldRecords(log)).toEqual([]);
    expect(activeEntries(log).map((e) => e.op)).toEqual(['add', 'edit', 'delete', 'undo']);
    expect(undoable(log)?.entry_id).toBe(del.entry_id);
  });

  it('orders by time then entry id, whatever the order stored', () => {
    const t = at();
    const a = { ...entry('add', rec({ note: 'a' }), {}, t), entry_id: 'aaaaaaaa-1' };
    const b = { ...entry('edit', rec({ note: 'b' }), {}, t), entry_id: 'bbbbbbbb-1' };
    const later = entry('edit', rec({ note: 'later' }), {}, at());
    expect(foldRecords([later, b, a])).toEqual([rec({ note: 'later' })]);
    expect(foldRecords([b, a])).toEqual([rec({ note: 'b' })]);
    expect(activeEntries([later, b, a]).map((e) => e.entry_id)).toEqual([
      'aaaaaaaa-1',
      'bbbbbbbb-1',
      later.entry_id,
    ]);
  });

  it('an undo cancels only its target; the newest undoable change can be asked per item', () => {
    const one = entry('add', rec({ id: 'r1', item_id: 'i1' }), {}, at());
    const two = entry('add', rec({ id: 'r2', item_id: 'i2' }), {}, at());
    const undoTwo = { ...entry('undo', rec({ id: 'r2', item_id: 'i2' }), {}, at()), undoes: two.entry_id };
    const log = [one, two, undoTwo];
    expect(foldRecords(log).map((r) => r.id)).toEqual(['r1']);
    expect(undoable(log)?.entry_id).toBe(one.entry_id);
    expect(undoable(log, 'i2')).toBeNull();
    expect(undoable([one, two], 'i2')?.entry_id).toBe(two.entry_id);
    expect(undoable([one, two], 'i1')?.entry_id).toBe(one.entry_id);
    expect(undoable([])).toBeNull();
  });

  it('entries carry the record only when adding or editing, with fresh ids', () => {
    const r = rec();
    const add = entry('add', r, {}, '2026-01-01T00:00:00.000Z');
    expect(add).toMatchObject({
      op: 'add',
      record: r,
      record_id: 'r1',
      item_id: 'ln-01',
      at: '2026-01-01T00:00:00.000Z',
    });
    expect(entry('edit', r).record).toBe(r);
    expect('record' in entry('delete', r)).toBe(false);
    expect(entry('undo', r, { undoes: add.entry_id }).undoes).toBe(add.entry_id);
    expect(entry('add', r).entry_id).not.toBe(add.entry_id);
    expect(Date.parse(entry('add', r).at)).not.toBeNaN();
  });

  it('an undo dated before its target (another computer’s clock) still cancels it', () => {
    const t0 = at();
    const add = entry('add', rec(), {}, at());
    const undo = { ...entry('undo', rec(), {}, t0), undoes: add.entry_id };
    expect(activeEntries([add, undo]).map((e) => e.op)).toEqual(['undo']);
    expect(foldRecords([add, undo])).toEqual([]);
  });

  it('a delete read from a file deletes, even if it carries the record', () => {
    const add = entry('add', rec(), {}, at());
    const del = { ...entry('delete', rec(), {}, at()), record: rec({ note: '删前' }) };
    expect(foldRecords([add, del])).toEqual([]);
  });

  it('merges two planners’ logs by entry id, losing neither', () => {
    const mine = [entry('add', rec({ id: 'mine' }), {}, at())];
    const theirs = [entry('add', rec({ id: 'theirs' }), {}, at())];
    const merged = mergeLogs(mergeLogs(mine, theirs), theirs);
    expect(merged).toHaveLength(2);
    expect(
      foldRecords(merged)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['mine', 'theirs']);
  });

  it('round-trips through a file and refuses anything else whole', () => {
    const log: LogEntry[] = [entry('add', rec(), {}, at())];
    const text = JSON.stringify(toRecordsFile(log));
    const back = parseRecordsFile(text);
    expect(back.ok && back.file.entries).toEqual(log);
    expect(parseRecordsFile('{not json')).toEqual({ ok: false, reason: 'json' });
    const broken = JSON.parse(text);
    broken.entries[0].record.date = '昨天';
    expect(parseRecordsFile(JSON.stringify(broken))).toEqual({ ok: false, reason: 'schema' });
    expect(parseRecordsFile(JSON.stringify({ ...broken, format: 'x' }))).toMatchObject({ ok: false });
  });

  it('is stored append-only in IndexedDB; re-importing adds nothing', async () => {
    const db = openDb(`test-${Math.random()}`);
    const a = entry('add', rec(), {}, at());
    const b = entry('delete', rec(), {}, at());
    expect(await appendEntries([a], db)).toEqual([a]);
    expect(await appendEntries([a, b], db)).toEqual([b]);
    await db.recordLog.add({
      entry_id: 'bad-entry-1',
      record_id: 'x',
      item_id: 'x',
      at: 'x',
      value: { op: 'zap' },
    });
    const loaded = await loadLog(db);
    expect(loaded.entries).toEqual([a, b]);
    expect(loaded.unreadable).toBe(1);
    expect(await db.recordLog.count()).toBe(3);
    db.close();
  });
});
