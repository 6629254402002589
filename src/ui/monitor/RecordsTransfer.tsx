import { useState } from 'react';
import { dateStamp, downloadBlob } from '../../io/download';
import { parseRecordsFile, saveEntries, toRecordsFile } from '../../io/recordStore';
import type { LogEntry } from '../../domain/recordLog';
import { RECORD_SHEET } from '../../domain/recordSheet';
import { useApp, useAppState, useT } from '../context';
import { FileButton } from '../FileButton';

type Message = { level: 'ok' | 'error'; text: string };

/** An XLSX is a zip: it starts with "PK". */
const isZip = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b;

/**
 * Export and import of the planners' record log: JSON, or the records sheet of the evaluation
 * workbook. Either file is checked whole before anything is stored; an import only ever adds entries.
 */
export function RecordsTransfer() {
  const { store } = useApp();
  const t = useT();
  const log = useAppState((s) => s.recordLog);
  const [message, setMessage] = useState<Message | null>(null);

  /** The file's log entries, or the message that refuses it. */
  const read = async (file: File): Promise<LogEntry[] | string> => {
    const bytes = await file.arrayBuffer();
    if (/\.xlsx$/i.test(file.name) || isZip(new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength)))) {
      // exceljs is loaded only now, never with the first download.
      const { readRecordsWorkbook } = await import('../../io/recordsXlsx');
      const parsed = await readRecordsWorkbook(bytes);
      if (parsed.ok) return parsed.entries;
      const p = parsed.problem;
      return t(`records.import.${p.kind}`, {
        file: file.name,
        sheet: RECORD_SHEET,
        ...(p.kind === 'row' ? { row: p.row, column: p.column } : {}),
      });
    }
    const parsed = parseRecordsFile(new TextDecoder().decode(bytes));
    return parsed.ok ? parsed.file.entries : t(`records.import.${parsed.reason}`, { file: file.name });
  };

  const onFile = async (file: File) => {
    const entries = await read(file).catch((e: unknown) =>
      t('records.import.xlsx', { file: file.name, reason: String(e) }),
    );
    if (typeof entries === 'string') {
      setMessage({ level: 'error', text: entries });
      return;
    }
    try {
      const added = await saveEntries(store, entries);
      setMessage({ level: 'ok', text: t('records.import.done', { added, skipped: entries.length - added }) });
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
      <FileButton
        accept="application/json,.json,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        testId="records-import"
        inputTestId="records-file"
        onFile={(file) => void onFile(file)}
      >
        {t('records.import')}
      </FileButton>
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
