/**
 * The planners' records as an append-only log: adding, editing, deleting and undoing are each an
 * entry; the current records are a fold over the log. Entries carry their own ids, so two
 * planners' logs merge by id without losing either's entries.
 */
import { z } from './zod';
import { UserRecordSchema, type UserRecord } from './implementation';

export const LOG_OPS = ['add', 'edit', 'delete', 'undo'] as const;

export const LogEntrySchema = z
  .object({
    entry_id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
    /** When the entry was made (ISO 8601). */
    at: z.string().datetime({ offset: true }),
    op: z.enum(LOG_OPS),
    record_id: z.string().min(1).max(64),
    item_id: z.string().min(1).max(64),
    /** The record as added or edited (add, edit). */
    record: UserRecordSchema.optional(),
    /** The entry an undo reverses. */
    undoes: z.string().optional(),
  })
  .refine((e) => (e.op === 'add' || e.op === 'edit' ? !!e.record : true), { message: 'record missing' })
  .refine((e) => (e.op === 'undo' ? !!e.undoes : true), { message: 'undoes missing' });
export type LogEntry = z.infer<typeof LogEntrySchema>;

export const RECORDS_FILE_FORMAT = 'liuzhou-plan-map/records';

export const RecordsFileSchema = z.object({
  format: z.literal(RECORDS_FILE_FORMAT),
  version: z.literal(1),
  exported_at: z.string(),
  entries: z.array(LogEntrySchema).max(100_000),
});
export type RecordsFile = z.infer<typeof RecordsFileSchema>;

const chronological = (a: LogEntry, b: LogEntry) =>
  a.at.localeCompare(b.at) || a.entry_id.localeCompare(b.entry_id);

/** Entries still in effect: an undo in effect cancels its target (undoing an undo restores it). */
export function activeEntries(log: readonly LogEntry[]): LogEntry[] {
  const sorted = [...log].sort(chronological);
  const cancelled = new Set<string>();
  for (let i = sorted.length - 1; i >= 0; i--) {
    const e = sorted[i]!;
    if (!cancelled.has(e.entry_id) && e.op === 'undo' && e.undoes) cancelled.add(e.undoes);
  }
  return sorted.filter((e) => !cancelled.has(e.entry_id));
}

/** The current records: the log folded in time order. */
export function foldRecords(log: readonly LogEntry[]): UserRecord[] {
  const current = new Map<string, UserRecord>();
  for (const e of activeEntries(log)) {
    if ((e.op === 'add' || e.op === 'edit') && e.record) current.set(e.record_id, e.record);
    else if (e.op === 'delete') current.delete(e.record_id);
  }
  return [...current.values()];
}

/** The newest change still in effect (of one item, if given) that an undo would reverse. */
export function undoable(log: readonly LogEntry[], itemId?: string): LogEntry | null {
  return (
    activeEntries(log)
      .filter((e) => e.op !== 'undo' && (itemId === undefined || e.item_id === itemId))
      .at(-1) ?? null
  );
}

/** Merges two logs by entry id: nothing already there is replaced or dropped. */
export function mergeLogs(existing: readonly LogEntry[], incoming: readonly LogEntry[]): LogEntry[] {
  const ids = new Set(existing.map((e) => e.entry_id));
  return [...existing, ...incoming.filter((e) => !ids.has(e.entry_id))];
}

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function entry(
  op: LogEntry['op'],
  record: UserRecord,
  extra: Partial<LogEntry> = {},
  at: string = new Date().toISOString(),
): LogEntry {
  return {
    entry_id: newId(),
    at,
    op,
    record_id: record.id,
    item_id: record.item_id,
    ...(op === 'add' || op === 'edit' ? { record } : {}),
    ...extra,
  };
}
