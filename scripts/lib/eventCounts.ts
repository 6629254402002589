/** Counts of the implementation record per document and per stage, as markdown for data/README.md. */
import { STAGES, type DocEvent, type DocPart } from '../../src/domain/implementation';

export const EVENT_COUNTS_START = '<!-- event-counts:start (written by scripts/build-events.ts) -->';
export const EVENT_COUNTS_END = '<!-- event-counts:end -->';

export function eventCountsTables(record: { documents: DocPart[]; events: DocEvent[] }): string {
  const { documents, events } = record;
  const n = (f: (e: DocEvent) => boolean) => events.filter(f).length;
  const stages = [...STAGES, null];
  const label = (s: string | null) => s ?? '（数值，无阶段）';
  return [
    '| document (date) | events | results | tasks |',
    '|---|---:|---:|---:|',
    ...[...documents]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map(
        (d) =>
          `| ${d.title} (${d.date}) | ${n((e) => e.doc_part === d.id)} | ` +
          `${n((e) => e.doc_part === d.id && e.kind === 'result')} | ${n((e) => e.doc_part === d.id && e.kind === 'task')} |`,
      ),
    `| **all** | ${events.length} | ${n((e) => e.kind === 'result')} | ${n((e) => e.kind === 'task')} |`,
    '',
    '| stage | events | results | tasks |',
    '|---|---:|---:|---:|',
    ...stages.map(
      (s) =>
        `| ${label(s)} | ${n((e) => e.stage === s)} | ${n((e) => e.stage === s && e.kind === 'result')} | ` +
        `${n((e) => e.stage === s && e.kind === 'task')} |`,
    ),
  ].join('\n');
}

export function withEventCounts(
  readme: string,
  record: { documents: DocPart[]; events: DocEvent[] },
): string {
  const a = readme.indexOf(EVENT_COUNTS_START);
  const b = readme.indexOf(EVENT_COUNTS_END);
  if (a < 0 || b < a) throw new Error('data/README.md lacks the event-counts markers');
  return `${readme.slice(0, a + EVENT_COUNTS_START.length)}\n${eventCountsTables(record)}\n${readme.slice(b)}`;
}
