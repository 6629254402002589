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
import type { UserRecord } from '../../src/domain/implementation';
import { openDb } from '../../src/io/db';
import { appendEntries, loadLog, parseRecordsFile, toRecordsFile } from '../../src/io/recordStore';

const rec = (p: Partial<UserRecord> = {}): UserRecord => ({
  id: 'r1',
  item_id: 'ln-01',
  date: '2025-06-01',
  stage: '建成',
  note: '现场核实已建成',
  source: '2025年第3次规委会纪要',
  actual_value: null,
  unit: null,
  ...p,
});
let clock = 0;
const at = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();

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
