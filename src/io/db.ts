/**
 * The one local database (IndexedDB through Dexie) for everything the planners make in the
 * browser: stories, their own implementation records, drawings, imported layers and settings.
 * Each table's rows are validated with zod by the module that owns the table; this file only
 * declares the stores so that every feature shares one schema version.
 *
 * Owners: stories + backups → io/storyStorage; recordLog → io/recordStore; drawings → io/drawings;
 * importedLayers + importedChunks → io/importedLayers; settings → io/settings.
 */
import Dexie, { type EntityTable } from 'dexie';

export const DB_NAME = 'liuzhou-plan-map';

/** A value kept under a fixed key (e.g. the custom story under 'custom'). */
export interface KeyedRow {
  key: string;
  value: unknown;
  updated_at: string;
}

/** A copy kept before something is replaced (import, migration), bounded per kind. */
export interface BackupRow {
  seq?: number;
  kind: string;
  created_at: string;
  value: unknown;
}

/** One entry of an append-only log (planners' records): never updated, never deleted. */
export interface LogRow {
  seq?: number;
  /** Stable id of the log entry (uuid), so merged files never duplicate an entry. */
  entry_id: string;
  record_id: string;
  item_id: string;
  at: string;
  value: unknown;
}

/** A drawing or an imported layer, stored whole (features in chunks for large layers). */
export interface DocRow {
  id: string;
  value: unknown;
  updated_at: string;
}

export interface ChunkRow {
  seq?: number;
  layer_id: string;
  index: number;
  value: unknown;
}

export type PlanMapDb = Dexie & {
  stories: EntityTable<KeyedRow, 'key'>;
  backups: EntityTable<BackupRow, 'seq'>;
  recordLog: EntityTable<LogRow, 'seq'>;
  drawings: EntityTable<DocRow, 'id'>;
  importedLayers: EntityTable<DocRow, 'id'>;
  importedChunks: EntityTable<ChunkRow, 'seq'>;
  settings: EntityTable<KeyedRow, 'key'>;
};

/**
 * Whether this browser holds the database yet. A first visit has nothing stored, and opening the
 * database would create it, which is costly while the map loads: start-up reads ask this first,
 * and the database is created by the first save. Where the browser cannot tell, the answer is yes,
 * and start-up reads as it always did.
 */
export async function hasStoredDb(name: string = DB_NAME): Promise<boolean> {
  try {
    return (await indexedDB.databases()).some((d) => d.name === name);
  } catch {
    return true;
  }
}

/** A start-up read: its result, or `none` when the database does not exist yet (see hasStoredDb). */
export async function readStored<T>(db: PlanMapDb, read: () => Promise<T>, none: T): Promise<T> {
  return (await hasStoredDb(db.name)) ? read() : none;
}

export function openDb(name: string = DB_NAME): PlanMapDb {
  const db = new Dexie(name) as PlanMapDb;
  db.version(1).stores({
    stories: '&key',
    backups: '++seq, kind, created_at',
    recordLog: '++seq, &entry_id, record_id, item_id',
    drawings: '&id',
    importedLayers: '&id',
    importedChunks: '++seq, layer_id, [layer_id+index]',
    settings: '&key',
  });
  return db;
}
