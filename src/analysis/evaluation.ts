/**
 * The evaluation table (实施评估): one row per key project, monitored plan item and 2025 target,
 * with the plan's entry, the latest documented stage and its evidence, the latest planner's record
 * and the traffic light. Pure, so the tab, the map and the XLSX export share it.
 */
import type { AppData } from '../domain/data';
import type { DocEvent, Stage, UserRecord } from '../domain/implementation';
import type { Citation, ProjectProps } from '../domain/schema';
import {
  CURRENT_YEAR,
  evaluate,
  itemStateAsOf,
  latestRecord,
  monitoredItems,
  type Evaluation,
} from './implementation';

export type RowGroup = 'project' | 'item' | 'other' | 'target';

export interface EvaluationRow {
  id: string;
  /** Map source of the item (for select + fly); null for targets, which have no place. */
  source: string | null;
  group: RowGroup;
  name: string;
  /** Project table and type, or the theme's sub-kind, or the target's unit. */
  category: string;
  /** The plan's own words on status, or the target value, as written. */
  plan: string | null;
  /**
   * A key project's table, type and status as the plan's fixed categories, which the interface
   * names in its own language (category and plan above hold the same, in the plan's words).
   */
  project: Pick<ProjectProps, 'table' | 'type' | 'status'> | null;
  planCitation: Citation;
  stage: Stage | null;
  evidence: DocEvent | null;
  tasks: number;
  evaluation: Evaluation;
  record: UserRecord | null;
}

export function evaluationRows(
  data: AppData,
  events: readonly DocEvent[],
  records: readonly UserRecord[],
  year: number | null,
): EvaluationRow[] {
  const asOf = year ?? CURRENT_YEAR;
  const row = (
    base: Omit<EvaluationRow, 'stage' | 'evidence' | 'tasks' | 'evaluation' | 'record'>,
  ): EvaluationRow => {
    const state = itemStateAsOf(base.id, events, asOf);
    return {
      ...base,
      stage: state.stage,
      evidence: state.evidence,
      tasks: state.tasks.length,
      evaluation: evaluate(state),
      record: latestRecord(base.id, records),
    };
  };
  return [
    ...monitoredItems(data).map((m) =>
      m.source === 'projects'
        ? row({
            id: m.feature.properties.id,
            source: 'projects',
            group: 'project',
            name: m.feature.properties.name,
            category: `${m.feature.properties.table} · ${m.feature.properties.type}`,
            plan: m.feature.properties.status,
            planCitation: m.feature.properties.citation,
            project: {
              table: m.feature.properties.table,
              type: m.feature.properties.type,
              status: m.feature.properties.status,
            },
          })
        : row({
            id: m.feature.properties.id,
            source: m.source,
            group: m.source === 'others' ? 'other' : 'item',
            name: m.feature.properties.name,
            category: m.feature.properties.kind,
            plan: m.feature.properties.status_text,
            planCitation: m.feature.properties.citation,
            project: null,
          }),
    ),
    // The plan's targets and those of later documents read alike in the table.
    ...[...data.targets, ...data.otherTargets].map((x) =>
      row({
        id: x.id,
        source: null,
        group: 'target',
        name: x.indicator,
        category: x.unit ?? '',
        plan: x.text,
        planCitation: x.citation,
        project: null,
      }),
    ),
  ];
}

export function evaluationCounts(rows: readonly EvaluationRow[]): Record<Evaluation, number> {
  const counts: Record<Evaluation, number> = { achieved: 0, progress: 0, behind: 0, none: 0 };
  for (const r of rows) counts[r.evaluation] += 1;
  return counts;
}

/** The table's filters (null = all). */
export interface EvalFilter {
  status: Evaluation | null;
  group: RowGroup | null;
}
export const NO_EVAL_FILTER: EvalFilter = { status: null, group: null };

export const isFiltering = (f: EvalFilter) => f.status !== null || f.group !== null;

export function filterRows(rows: readonly EvaluationRow[], f: EvalFilter): EvaluationRow[] {
  return rows.filter((r) => (!f.status || r.evaluation === f.status) && (!f.group || r.group === f.group));
}

/**
 * What the map shows while the table is filtered: each item of the filtered rows that has a place
 * (targets have none), with its light. Null when the table is not filtered.
 */
export function mapFocus(rows: readonly EvaluationRow[], f: EvalFilter): Record<string, Evaluation> | null {
  if (!isFiltering(f)) return null;
  return Object.fromEntries(filterRows(rows, f).flatMap((r) => (r.source ? [[r.id, r.evaluation]] : [])));
}
