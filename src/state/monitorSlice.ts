/**
 * Implementation monitoring: the "as of" year of the time control and the planners' record log
 * (as loaded from and appended to the browser's database by io/recordStore).
 */
import { foldRecords, mergeLogs, type LogEntry } from '../domain/recordLog';
import type { UserRecord } from '../domain/implementation';
import { NO_EVAL_FILTER, type EvalFilter } from '../analysis/evaluation';
import type { SliceCreator } from './store';

export interface MonitorSlice {
  /** null = the plan as written (2022); otherwise the year the map shows the documented state of. */
  asOfYear: number | null;
  recordLog: LogEntry[];
  /** The fold of the log: the records as they stand. */
  records: UserRecord[];
  recordsLoaded: boolean;
  /** The compare view (plan 2022 beside the latest documented state) is open. */
  comparing: boolean;
  /** The evaluation table's filters; the map shows only the filtered items while one is set. */
  evalFilter: EvalFilter;
  setEvalFilter(filter: Partial<EvalFilter>): void;
  setComparing(on: boolean): void;
  setAsOfYear(year: number | null): void;
  /** Entries now stored: merged into the log by id. */
  logAppended(entries: readonly LogEntry[]): void;
  logLoaded(entries: readonly LogEntry[]): void;
}

export const createMonitorSlice: SliceCreator<MonitorSlice> = (set) => ({
  asOfYear: null,
  recordLog: [],
  records: [],
  recordsLoaded: false,
  comparing: false,
  evalFilter: NO_EVAL_FILTER,
  setEvalFilter: (f) => set((s) => ({ evalFilter: { ...s.evalFilter, ...f } })),
  setComparing: (comparing) => set({ comparing }),
  setAsOfYear: (asOfYear) => set((s) => (s.asOfYear === asOfYear ? s : { asOfYear })),
  logAppended: (entries) =>
    set((s) => {
      const recordLog = mergeLogs(s.recordLog, entries);
      return { recordLog, records: foldRecords(recordLog) };
    }),
  logLoaded: (entries) =>
    set(() => {
      const recordLog = [...entries];
      return { recordLog, records: foldRecords(recordLog), recordsLoaded: true };
    }),
});
