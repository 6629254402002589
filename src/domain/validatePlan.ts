/**
 * Validation of the shipped plan files: zod schemas per record plus checks that need the source
 * documents (every citation's quote must occur in the cited line). Pure: the caller supplies the
 * parsed files and the documents' lines, so the same code runs in the build script and in tests.
 */
import type { z } from 'zod';
import {
  GeometrySchema,
  PlanItemPropsSchema,
  ProjectPropsSchema,
  TargetSchema,
  type Citation,
} from './schema';

export type SourceLines = Record<string, string[]>;

/** A human-readable problem: file › record › field: message. */
export type Problem = string;

function zodProblems(file: string, record: string, err: z.ZodError, prefix: string[] = []): Problem[] {
  return err.issues.map(
    (i) => `${file} › ${record} › ${[...prefix, ...i.path].join('.') || '(record)'}: ${i.message}`,
  );
}

/** The quote must appear verbatim in the cited line (whitespace-insensitive, as OCR spacing varies). */
export function checkCitation(c: Citation, lines: SourceLines): string | null {
  const doc = lines[c.file];
  if (!doc) return `unknown source file ${c.file}`;
  const text = doc[c.line - 1];
  if (text === undefined) return `line ${c.line} is beyond the end of ${c.file} (${doc.length} lines)`;
  if (c.quote && !squash(text).includes(squash(c.quote)))
    return `quote "${c.quote}" not found in ${c.file} L${c.line}`;
  return null;
}

// OCR writes m² as m <sup>2</sup>; quotes may use either.
const squash = (s: string) => s.replace(/\s+/g, '').replace(/<sup>2<\/sup>/g, '²');

function citationsOf(props: Record<string, unknown>): Array<[string, Citation]> {
  const out: Array<[string, Citation]> = [];
  if (props.citation) out.push(['citation', props.citation as Citation]);
  ((props.mentions as Citation[] | undefined) ?? []).forEach((m, i) => out.push([`mentions.${i}`, m]));
  ((props.facts as Array<{ citation?: Citation }> | undefined) ?? []).forEach((f, i) => {
    if (f.citation) out.push([`facts.${i}.citation`, f.citation]);
  });
  ((props.numbers as Array<{ citation?: Citation }> | undefined) ?? []).forEach((n, i) => {
    if (n.citation) out.push([`numbers.${i}.citation`, n.citation]);
  });
  for (const [field, c] of Object.entries((props.number_citations as Record<string, Citation>) ?? {}))
    out.push([`number_citations.${field}`, c]);
  return out;
}

const PROJECT_NUMBERS = ['area_mu', 'floor_area_m2', 'investment_yi'] as const;

/** Every number a project states carries the line it is stated on. */
function uncitedNumbers(file: string, record: string, props: Record<string, unknown>): Problem[] {
  const cited = (props.number_citations as Record<string, unknown> | undefined) ?? {};
  return PROJECT_NUMBERS.filter((k) => typeof props[k] === 'number' && !cited[k]).map(
    (k) => `${file} › ${record} › number_citations.${k}: ${k} is stated but not cited`,
  );
}

interface FC {
  type?: unknown;
  features?: Array<{
    type?: unknown;
    id?: unknown;
    properties?: Record<string, unknown>;
    geometry?: unknown;
  }>;
}

export function validateFeatureCollection(
  file: string,
  json: unknown,
  kind: 'projects' | 'items',
  lines: SourceLines,
): Problem[] {
  const fc = json as FC;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    return [`${file}: not a GeoJSON FeatureCollection`];
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const schema = kind === 'projects' ? ProjectPropsSchema : PlanItemPropsSchema;
  fc.features.forEach((f, i) => {
    const props = f.properties ?? {};
    const record = typeof props.id === 'string' ? props.id : `#${i}`;
    const parsed = schema.strict().safeParse(props);
    if (!parsed.success) problems.push(...zodProblems(file, record, parsed.error));
    const geom = GeometrySchema.safeParse(f.geometry);
    if (!geom.success) problems.push(...zodProblems(file, record, geom.error, ['geometry']));
    if (kind === 'projects' && geom.success && geom.data.type !== 'Point') {
      problems.push(`${file} › ${record} › geometry: a project is a Point`);
    }
    if (kind === 'projects') problems.push(...uncitedNumbers(file, record, props));
    if (seen.has(record)) problems.push(`${file} › ${record}: duplicate id`);
    seen.add(record);
    for (const [field, c] of citationsOf(props)) {
      const bad = c && typeof c === 'object' ? checkCitation(c, lines) : null;
      if (bad) problems.push(`${file} › ${record} › ${field}: ${bad}`);
    }
  });
  return problems;
}

export function validateTargets(file: string, json: unknown, lines: SourceLines): Problem[] {
  if (!Array.isArray(json)) return [`${file}: expected an array of targets`];
  return json.flatMap((t, i) => {
    const record = typeof t?.id === 'string' ? t.id : `#${i}`;
    const parsed = TargetSchema.strict().safeParse(t);
    if (!parsed.success) return zodProblems(file, record, parsed.error);
    const bad = checkCitation(parsed.data.citation, lines);
    return bad ? [`${file} › ${record} › citation: ${bad}`] : [];
  });
}
