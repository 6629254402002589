/**
 * The implementation record: what later documents (and the planners themselves) say happened to a
 * plan item. A document event is read from one line of one document; a user record is typed by a
 * planner. Both use the same stage vocabulary, built from the documents' own verbs.
 */
import { z } from 'zod';
import { CitationSchema, SOURCE_FILES } from './schema';

/**
 * Stages in order of progress. The verbatim verb stays on each event (e.g. 开工建设, 建成通车).
 * 前期工作: 前期/规划研究/谋划/争取立项; 开工: 开工/开工建设/启动建设; 在建: 推进建设/加快建设/续建;
 * 建成: 建成/竣工/完成建设; 投入运营: 投入运营/投产/通车/开通/运营.
 */
export const STAGES = ['前期工作', '开工', '在建', '建成', '投入运营'] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

/** A result reports what was done; a task sets what is to be done (a year's work plan). */
export const EVENT_KINDS = ['result', 'task'] as const;

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** One dated statement of one document about one or more items. */
export const DocEventSchema = z.object({
  id: z.string().regex(/^ev-[a-z0-9-]+$/),
  /** Ids of plan items, projects, targets or other-document records the statement concerns. */
  item_ids: z.array(z.string().min(1)).min(1),
  doc: z.enum(SOURCE_FILES),
  /** The document's date (YYYY, YYYY-MM or YYYY-MM-DD). */
  doc_date: isoDate,
  /** The year the statement is about (e.g. 2020 for results reported in the 2021 report). */
  period_year: z.number().int().min(2015).max(2035),
  kind: z.enum(EVENT_KINDS),
  stage: StageSchema,
  /** The document's own verb, verbatim. */
  verb: z.string().min(1),
  /** The verbatim passage, also checked against the cited line. */
  quote: z.string().min(2),
  citation: CitationSchema,
  /** A judgement call made while reading (why this item, why this stage). */
  note: z.string().optional(),
});
export type DocEvent = z.infer<typeof DocEventSchema>;

/** A planner's own record about an item or a target. */
export const UserRecordSchema = z.object({
  id: z.string().min(1).max(64),
  item_id: z.string().min(1).max(64),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  stage: StageSchema.nullable(),
  note: z.string().max(4000),
  source: z.string().max(500),
  /** For targets: the actual value reached, with its unit. */
  actual_value: z.number().finite().nullable(),
  unit: z.string().max(40).nullable(),
  author: z.string().max(80).optional(),
});
export type UserRecord = z.infer<typeof UserRecordSchema>;
