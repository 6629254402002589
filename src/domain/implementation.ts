/**
 * The implementation record: what later documents (and the planners themselves) say happened to a
 * plan item. A document event is read from one line of one document; a user record is typed by a
 * planner. Both use the same stage vocabulary, built from the documents' own verbs.
 */
import { z } from './zod';
import { CitationSchema, PlanItemPropsSchema, SOURCE_FILES, TargetSchema } from './schema';

/**
 * Stages in order of progress. The verbatim verb stays on each event (e.g. 开工建设, 建成通车).
 * Verbs read in the documents, by stage (data/README.md has the reasoning):
 * 前期工作: 做好/加快……前期工作, 开展……规划研究, 积极谋划推进, 争取, 积极推进……项目 (when a later
 *   document still sets 开工 or 前期工作 for it);
 * 开工: 开工建设, 新开工;
 * 在建: 加快建设, 推进/推动/抓好/促进……建设, 全力推进, 提速建设, 开展……整治, 重点推动, 大力实施;
 * 建成: 建成, 竣工, 实现竣工, 基本收官;
 * 投入运营: 投入运营, 投入使用, 建成通车, 通车, 实现通航, 封关运营, 建成运营, 顺利启用, 竣工投产,
 *   常态化运行/开行, and platforms whose 服务潜力 is to be tapped.
 */
export const STAGES = ['前期工作', '开工', '在建', '建成', '投入运营'] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

/** A result reports what was done; a task sets what is to be done (a year's work plan). */
export const EVENT_KINDS = ['result', 'task'] as const;

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** One later document (or one dated part of a gazette), with the line that states its date. */
export const DocPartSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  file: z.enum(SOURCE_FILES),
  /** The document's own title. */
  title: z.string().min(2),
  title_en: z.string().min(2),
  date: isoDate,
  /** The line that states the date (its quote holds the date as printed). */
  date_citation: CitationSchema,
  /** First and last line of this part in the file (a gazette carries several documents). */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});
export type DocPart = z.infer<typeof DocPartSchema>;

/** One dated statement of one document about one or more items. */
export const DocEventSchema = z.object({
  id: z.string().regex(/^ev-[a-z0-9-]+$/),
  /** Ids of plan items, projects, targets or other-document records the statement concerns. */
  item_ids: z.array(z.string().min(1)).min(1),
  doc: z.enum(SOURCE_FILES),
  /** The dated part of the document the statement is in (DocPart id). */
  doc_part: z.string().regex(/^[a-z0-9-]+$/),
  /** The document's date (YYYY, YYYY-MM or YYYY-MM-DD), equal to its DocPart's date. */
  doc_date: isoDate,
  /** The year the statement is about (e.g. 2020 for results reported in the 2021 report). */
  period_year: z.number().int().min(2015).max(2035),
  kind: z.enum(EVENT_KINDS),
  /** Null where the statement reports or sets a value (a target) rather than a stage of works. */
  stage: StageSchema.nullable(),
  /** The document's own verb, verbatim. */
  verb: z.string().min(1),
  /** The verbatim passage, also checked against the cited line. */
  quote: z.string().min(2),
  citation: CitationSchema,
  /** Last line of the quote when the printed text wraps over several lines (default: citation.line). */
  line_end: z.number().int().positive().optional(),
  /** A figure the statement reports or sets, with its unit as printed. */
  value: z.number().finite().optional(),
  unit: z.string().min(1).optional(),
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

/**
 * A major project or programme that a later document names but the logistics plan does not list.
 * Same citation and location rules as a plan item, plus an English basis for the location.
 */
export const OtherItemPropsSchema = PlanItemPropsSchema.extend({
  name_en: z.string().min(2),
  location_basis_en: z.string().min(4),
  /** Plan items, projects or targets this record is part of or close to (a reading aid, not a match). */
  related_ids: z.array(z.string().min(1)).optional(),
});
export type OtherItemProps = z.infer<typeof OtherItemPropsSchema>;

/**
 * A quantified target of another document (e.g. the 一二五 programme's 2025 figures). It belongs to
 * neither plan of 2022, so it has no `plan`.
 */
export const OtherTargetSchema = TargetSchema.omit({ plan: true }).extend({
  indicator_en: z.string().min(2),
  /** The year the target is set for. */
  year: z.number().int().min(2020).max(2035),
  /** The other-document record the target belongs to. */
  item_id: z.string().min(1),
});
export type OtherTarget = z.infer<typeof OtherTargetSchema>;
