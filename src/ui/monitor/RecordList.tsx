import { useState } from 'react';
import { entry, undoable, type LogEntry } from '../../domain/recordLog';
import type { UserRecord } from '../../domain/implementation';
import { saveEntries } from '../../io/recordStore';
import { useApp, useAppState, useT } from '../context';
import { RecordForm } from './RecordForm';

/**
 * The planners' own records of one item or target: add, edit, delete and undo, each stored as a
 * new entry of the log. A failed write leaves everything as it was and says so.
 */
export function RecordList({ itemId, target }: { itemId: string; target?: { unit: string | null } }) {
  const { store } = useApp();
  const t = useT();
  const records = useAppState((s) => s.records).filter((r) => r.item_id === itemId);
  const log = useAppState((s) => s.recordLog);
  const [editing, setEditing] = useState<UserRecord | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const last = undoable(log, itemId);

  const write = async (entries: LogEntry[]) => {
    setError(null);
    try {
      await saveEntries(store, entries);
      return true;
    } catch (e) {
      setError(t('record.saveFailed', { reason: e instanceof Error ? e.message : String(e) }));
      return false;
    }
  };

  return (
    <div className="records" data-testid="records">
      <h3>
        {t('record.title')} <span className="badge badge-user">{t('record.mark')}</span>
      </h3>
      {records.length === 0 && <p className="muted">{t('record.none')}</p>}
      <ul>
        {records.map((r) => (
          <li key={r.id} data-testid="record-item" data-id={r.id}>
            <span>
              {r.date}
              {r.stage ? ` · ${t(`stage.${r.stage}`)}` : ''}
              {r.actual_value !== null ? ` · ${r.actual_value} ${r.unit ?? ''}` : ''}
            </span>
            <span className="record-actions">
              <button type="button" data-testid="record-edit" onClick={() => setEditing(r)}>
                {t('record.edit')}
              </button>
              <button
                type="button"
                data-testid="record-delete"
                onClick={() => void write([entry('delete', r)])}
              >
                {t('record.delete')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <p className="record-buttons">
        {editing === null && (
          <button type="button" data-testid="record-add" onClick={() => setEditing('new')}>
            {t('record.add')}
          </button>
        )}
        {last && (
          <button
            type="button"
            data-testid="record-undo"
            onClick={() =>
              void write([
                {
                  ...entry('undo', { id: last.record_id, item_id: last.item_id } as UserRecord),
                  undoes: last.entry_id,
                },
              ])
            }
          >
            {t('record.undo', { op: t(`record.op.${last.op}`) })}
          </button>
        )}
      </p>
      {error && (
        <p className="form-error" role="alert" data-testid="record-error">
          {error}
        </p>
      )}
      {editing !== null && (
        <RecordForm
          itemId={itemId}
          initial={editing === 'new' ? null : editing}
          target={target}
          onCancel={() => setEditing(null)}
          onSave={async (record) => {
            const ok = await write([entry(editing === 'new' ? 'add' : 'edit', record)]);
            if (ok) setEditing(null);
            return ok;
          }}
        />
      )}
    </div>
  );
}
