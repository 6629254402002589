import { useRef, useState } from 'react';
import { dateStamp, downloadBlob } from '../../io/download';
import { parseRecordsFile, saveEntries, toRecordsFile } from '../../io/recordStore';
import { useApp, useAppState, useT } from '../context';

/** Export and import of the planners' record log as JSON; an import only ever adds entries. */
export function RecordsTransfer() {
  const { store } = useApp();
  const t = useT();
  const log = useAppState((s) => s.recordLog);
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ level: 'ok' | 'error'; text: string } | null>(null);

  const onFile = async (file: File) => {
    const parsed = parseRecordsFile(await file.text());
    if (!parsed.ok) {
      setMessage({ level: 'error', text: t(`records.import.${parsed.reason}`, { file: file.name }) });
      return;
    }
    try {
      const added = await saveEntries(store, parsed.file.entries);
      setMessage({
        level: 'ok',
        text: t('records.import.done', { added, skipped: parsed.file.entries.length - added }),
      });
    } catch (e) {
      setMessage({
        level: 'error',
        text: t('record.saveFailed', { reason: e instanceof Error ? e.message : String(e) }),
      });
    }
  };

  return (
    <div className="records-transfer">
      <button
        type="button"
        data-testid="records-export"
        onClick={() =>
          downloadBlob(
            new Blob([JSON.stringify(toRecordsFile(log), null, 1)], { type: 'application/json' }),
            `柳州物流规划-用户记录-${dateStamp()}.json`,
          )
        }
      >
        {t('records.export', { n: log.length })}
      </button>
      <button type="button" data-testid="records-import" onClick={() => input.current?.click()}>
        {t('records.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="records-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
      {message && (
        <p
          className={message.level === 'error' ? 'form-error' : 'form-ok'}
          role={message.level === 'error' ? 'alert' : 'status'}
          data-testid="records-message"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
