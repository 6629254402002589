/**
 * Validation of the implementation record (data/plan/events.json) and of the records of other
 * documents (others.geojson, other-targets.json). Pure, like validatePlan: the caller supplies the
 * parsed files, the documents' lines and the ids that exist, so the build script, check-data and
 * the unit tests run the same checks.
 */
import type { z } from 'zod';
import {
  DocEventSchema,
  DocPartSchema,
  OtherItemPropsSchema,
  OtherTargetSchema,
  type DocPart,
} from './implementation';
import { GeometrySchema } from './schema';
import { checkCitation, type Problem, type SourceLines } from './validatePlan';

const squash = (s: string) => s.replace(/\s+/g, '');

/** A wrapped quote may run over a few printed lines, never more. */
export const MAX_QUOTE_LINES = 6;

function zodProblems(file: string, record: string, err: z.ZodError): Problem[] {
  return err.issues.map((i) => `${file} › ${record} › ${i.path.join('.') || '(record)'}: ${i.message}`);
}

/** The quote, whitespace removed, must occur in the cited line(s) joined, whitespace removed. */
export function quoteInLines(
  lines: SourceLines,
  file: string,
  line: number,
  lineEnd: number | undefined,
  quote: string,
): string | null {
  const doc = lines[file];
  if (!doc) return `unknown source file ${file}`;
  const end = lineEnd ?? line;
  if (end < line) return `line_end ${end} is before line ${line}`;
  if (end - line >= MAX_QUOTE_LINES) return `a quote may span at most ${MAX_QUOTE_LINES} lines`;
  if (end > doc.length) return `line ${end} is beyond the end of ${file} (${doc.length} lines)`;
  const text = squash(doc.slice(line - 1, end).join(''));
  return text.includes(squash(quote))
    ? null
    : `quote "${quote}" not found in ${file} L${line}${end > line ? `–L${end}` : ''}`;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

export function validateEventsFile(
  file: string,
  json: unknown,
  lines: SourceLines,
  knownIds: ReadonlySet<string>,
): Problem[] {
  const data = json as { documents?: unknown; events?: unknown } | null;
  if (!data || !Array.isArray(data.documents) || !Array.isArray(data.events)) {
    return [`${file}: expected {"documents": [...], "events": [...]}`];
  }
  const problems: Problem[] = [];
  const parts = new Map<string, DocPart>();
  data.documents.forEach((d: unknown, i) => {
    const id = (d as { id?: unknown })?.id;
    const record = `documents.${typeof id === 'string' ? id : `#${i}`}`;
    const parsed = DocPartSchema.strict().safeParse(d);
    if (!parsed.success) return problems.push(...zodProblems(file, record, parsed.error));
    const p = parsed.data;
    if (parts.has(p.id)) problems.push(`${file} › ${record}: duplicate id`);
    parts.set(p.id, p);
    const bad = checkCitation(p.date_citation, lines);
    if (bad) problems.push(`${file} › ${record} › date_citation: ${bad}`);
    if (p.date_citation.file !== p.file)
      problems.push(`${file} › ${record} › date_citation: not in ${p.file}`);
    const [from, to] = p.lines;
    if (from > to || p.date_citation.line < from || p.date_citation.line > to)
      problems.push(`${file} › ${record} › lines: the date line must lie inside the part's lines`);
  });
  const seen = new Set<string>();
  data.events.forEach((e: unknown, i) => {
    const id = (e as { id?: unknown })?.id;
    const record = typeof id === 'string' ? id : `#${i}`;
    const parsed = DocEventSchema.strict().safeParse(e);
    if (!parsed.success) return problems.push(...zodProblems(file, record, parsed.error));
    const ev = parsed.data;
    const at = (field: string, msg: string) => problems.push(`${file} › ${record} › ${field}: ${msg}`);
    if (seen.has(ev.id)) problems.push(`${file} › ${record}: duplicate id`);
    seen.add(ev.id);
    const part = parts.get(ev.doc_part);
    if (!part) at('doc_part', `no document part "${ev.doc_part}"`);
    else {
      if (part.file !== ev.doc) at('doc', `part ${part.id} is in ${part.file}`);
      if (part.date !== ev.doc_date) at('doc_date', `part ${part.id} is dated ${part.date}`);
      const end = ev.line_end ?? ev.citation.line;
      if (ev.citation.line < part.lines[0] || end > part.lines[1])
        at(
          'citation.line',
          `L${ev.citation.line} is outside part ${part.id} (L${part.lines[0]}–L${part.lines[1]})`,
        );
    }
    if (ev.citation.file !== ev.doc) at('citation.file', `cites ${ev.citation.file} but doc is ${ev.doc}`);
    const bad = quoteInLines(lines, ev.citation.file, ev.citation.line, ev.line_end, ev.quote);
    if (bad) at('quote', bad);
    if (ev.citation.quote) {
      const badCite = checkCitation(ev.citation, lines);
      if (badCite) at('citation', badCite);
    }
    // A figure set as a target has no works verb; every stage's verb must be in the quote.
    if (ev.stage !== null && !squash(ev.quote).includes(squash(ev.verb).split('……')[0]!))
      at('verb', `verb "${ev.verb}" is not in the quote`);
    const docYear = yearOf(ev.doc_date);
    if (ev.kind === 'result' && ev.period_year > docYear)
      at('period_year', `a result cannot be about ${ev.period_year}, after the document (${docYear})`);
    if (ev.kind === 'task' && ev.period_year < docYear)
      at('period_year', `a task cannot be for ${ev.period_year}, before the document (${docYear})`);
    if ((ev.value === undefined) !== (ev.unit === undefined)) at('unit', 'value and unit go together');
    if (ev.stage === null && ev.value === undefined)
      at('stage', 'only a statement with a value may have no stage');
    ev.item_ids.forEach((itemId, k) => {
      if (!knownIds.has(itemId))
        at(`item_ids.${k}`, `no plan item, project, target or other record "${itemId}"`);
    });
  });
  return problems;
}

interface FC {
  type?: unknown;
  features?: Array<{ properties?: Record<string, unknown>; geometry?: unknown }>;
}

export function validateOthers(file: string, json: unknown, lines: SourceLines): Problem[] {
  const fc = json as FC;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    return [`${file}: not a GeoJSON FeatureCollection`];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  fc.features.forEach((f, i) => {
    const props = f.properties ?? {};
    const record = typeof props.id === 'string' ? props.id : `#${i}`;
    const parsed = OtherItemPropsSchema.strict().safeParse(props);
    if (!parsed.success) problems.push(...zodProblems(file, record, parsed.error));
    const geom = GeometrySchema.safeParse(f.geometry);
    if (!geom.success)
      problems.push(
        ...geom.error.issues.map((x) => `${file} › ${record} › geometry.${x.path.join('.')}: ${x.message}`),
      );
    if (seen.has(record)) problems.push(`${file} › ${record}: duplicate id`);
    seen.add(record);
    if (!parsed.success) return;
    const cites = [
      ['citation', parsed.data.citation] as const,
      ...parsed.data.mentions.map((m, k) => [`mentions.${k}`, m] as const),
      ...parsed.data.facts.flatMap((x, k) =>
        x.citation ? [[`facts.${k}.citation`, x.citation] as const] : [],
      ),
    ];
    for (const [field, c] of cites) {
      const bad = checkCitation(c, lines);
      if (bad) problems.push(`${file} › ${record} › ${field}: ${bad}`);
    }
  });
  return problems;
}

export function validateOtherTargets(
  file: string,
  json: unknown,
  lines: SourceLines,
  otherIds: ReadonlySet<string>,
): Problem[] {
  if (!Array.isArray(json)) return [`${file}: expected an array of targets`];
  const seen = new Set<string>();
  return json.flatMap((t: unknown, i) => {
    const id = (t as { id?: unknown })?.id;
    const record = typeof id === 'string' ? id : `#${i}`;
    const parsed = OtherTargetSchema.strict().safeParse(t);
    if (!parsed.success) return zodProblems(file, record, parsed.error);
    const out: Problem[] = [];
    if (seen.has(record)) out.push(`${file} › ${record}: duplicate id`);
    seen.add(record);
    const bad = checkCitation(parsed.data.citation, lines);
    if (bad) out.push(`${file} › ${record} › citation: ${bad}`);
    if (!otherIds.has(parsed.data.item_id))
      out.push(`${file} › ${record} › item_id: no other-document record "${parsed.data.item_id}"`);
    return out;
  });
}
