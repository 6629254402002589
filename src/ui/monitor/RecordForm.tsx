import { useState, type FormEvent } from 'react';
import { STAGES, UserRecordSchema, type UserRecord } from '../../domain/implementation';
import { newId } from '../../domain/recordLog';
import { useT } from '../context';

const today = () => new Date().toISOString().slice(0, 10);

/** The form of one record; its input stays until the record is stored. */
export function RecordForm({
  itemId,
  initial,
  target,
  onSave,
  onCancel,
}: {
  itemId: string;
  initial: UserRecord | null;
  target?: { unit: string | null } | undefined;
  onSave(record: UserRecord): Promise<boolean>;
  onCancel(): void;
}) {
  const t = useT();
  const [date, setDate] = useState(initial?.date ?? today());
  const [stage, setStage] = useState<string>(initial?.stage ?? '');
  const [note, setNote] = useState(initial?.note ?? '');
  const [source, setSource] = useState(initial?.source ?? '');
  const [value, setValue] = useState(initial?.actual_value?.toString() ?? '');
  const [unit, setUnit] = useState(initial?.unit ?? target?.unit ?? '');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const actual = value.trim() === '' ? null : Number(value);
    const candidate = {
      id: initial?.id ?? newId(),
      item_id: itemId,
      date,
      stage: stage === '' ? null : stage,
      note: note.trim(),
      source: source.trim(),
      actual_value: actual,
      unit: actual === null ? null : unit.trim() || null,
    };
    const parsed = UserRecordSchema.safeParse(candidate);
    if (!parsed.success || (!parsed.data.note && !parsed.data.stage && actual === null)) {
      const field = parsed.success ? 'empty' : String(parsed.error.issues[0]?.path[0] ?? 'empty');
      setInvalid(t(`record.invalid.${field}`));
      return;
    }
    setInvalid(null);
    setBusy(true);
    await onSave(parsed.data);
    setBusy(false);
  };

  return (
    <form className="record-form" data-testid="record-form" onSubmit={(e) => void submit(e)}>
      <label>
        {t('record.date')}
        <input
          type="date"
          data-testid="record-date"
          value={date}
          required
          onChange={(e) => setDate(e.target.value)}
        />
      </label>
      <label>
        {t('record.stage')}
        <select data-testid="record-stage" value={stage} onChange={(e) => setStage(e.target.value)}>
          <option value="">{t('record.noStage')}</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`stage.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {target && (
        <span className="record-value">
          <label>
            {t('record.value')}
            <input
              type="number"
              step="any"
              data-testid="record-value"
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          </label>
          <label>
            {t('record.unit')}
            <input
              data-testid="record-unit"
              value={unit}
              maxLength={40}
              onChange={(e) => setUnit(e.target.value)}
            />
          </label>
        </span>
      )}
      <label>
        {t('record.note')}
        <textarea
          data-testid="record-note"
          value={note}
          maxLength={4000}
          rows={3}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <label>
        {t('record.source')}
        <input
          data-testid="record-source"
          value={source}
          maxLength={500}
          placeholder={t('record.sourceHint')}
          onChange={(e) => setSource(e.target.value)}
        />
      </label>
      {invalid && (
        <p className="form-error" role="alert" data-testid="record-invalid">
          {invalid}
        </p>
      )}
      <p className="record-buttons">
        <button type="submit" data-testid="record-save" disabled={busy}>
          {t('record.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('record.cancel')}
        </button>
      </p>
    </form>
  );
}
