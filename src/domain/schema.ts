/**
 * Schemas for every plan record the app ships. They run at build time
 * (scripts/check-data.ts), in unit tests and when the app loads data, so a bad
 * record fails loudly with the file, record id and field named.
 */
import { z } from './zod';

/** Names of the seed documents under data/sources/. */
export const SOURCE_FILES = [
  '000_77204c780cdc6062.txt',
  '001_f39c1b8bb641a396.txt',
  '002_cea03bdf2b5fe175.txt',
  '003_c21faca217ef6869.txt',
  '004_5dd11dd00263b247.txt',
] as const;

export const CitationSchema = z.object({
  file: z.enum(SOURCE_FILES),
  /** 1-based line number in that file. */
  line: z.number().int().positive(),
  /** Document section as the plan names it, e.g. 附件 柳南区重点物流项目表. */
  section: z.string().min(2),
  /** Optional short verbatim snippet of that line; tests check the line contains it. */
  quote: z.string().min(2).optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const LOCATION_QUALITIES = ['exact', 'approximate', 'schematic'] as const;
export const LocationQualitySchema = z.enum(LOCATION_QUALITIES);
export type LocationQuality = z.infer<typeof LocationQualitySchema>;

/** Administrative districts/counties (names as in data/base/counties.geojson). */
export const ADMIN_COUNTIES = [
  '城中区',
  '鱼峰区',
  '柳南区',
  '柳北区',
  '柳江区',
  '柳城县',
  '鹿寨县',
  '融安县',
  '融水苗族自治县',
  '三江侗族自治县',
] as const;
export const AdminCountySchema = z.enum(ADMIN_COUNTIES);
export type AdminCounty = z.infer<typeof AdminCountySchema>;

/** The nine project tables of the plan's annex (柳东新区 is a table, not an admin unit). */
export const PROJECT_TABLES = [
  '柳南区',
  '柳北区',
  '柳江区',
  '柳东新区',
  '柳城县',
  '鹿寨县',
  '融安县',
  '融水苗族自治县',
  '三江侗族自治县',
] as const;
export const ProjectTableSchema = z.enum(PROJECT_TABLES);

export const PROJECT_TYPES = ['国家物流枢纽', '生产服务型', '商贸服务型', '综合服务型'] as const;
export const PROJECT_STATUSES = ['在建', '新建', '预备', '储备'] as const;

/** A labelled verbatim passage of the plan ("功能", "核心策略", "线路"...). */
export const FactSchema = z.object({
  label: z.string().min(1),
  text: z.string().min(1),
  citation: CitationSchema.optional(),
});

/** A number the plan states, with its unit and the words it was read from. */
export const StatedNumberSchema = z.object({
  label: z.string().min(1),
  value: z.number(),
  unit: z.string().min(1),
  text: z.string().min(1),
  /** The line the number is stated on (its quote is the number's own words). */
  citation: CitationSchema,
});

// Wide enough for corridor arrows that point towards neighbouring provinces.
const lonLat = z.tuple([z.number().min(104).max(115), z.number().min(20).max(29)]);
export const PointGeometrySchema = z.object({ type: z.literal('Point'), coordinates: lonLat });
const lineCoords = z.array(lonLat).min(2);
export const GeometrySchema = z.discriminatedUnion('type', [
  PointGeometrySchema,
  z.object({ type: z.literal('LineString'), coordinates: lineCoords }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(lineCoords).min(1) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(lonLat).min(4)).min(1) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(z.array(lonLat).min(4)).min(1)).min(1),
  }),
]);

const nullableNonNeg = z.number().nonnegative().nullable();

/** Words like data/base/x.geojson or 002_….txt: how the data was made, not what the user needs. */
const FILE_WORDS = /\b(?:data|src|scripts|base|plan|sources)\/|\.(?:geojson|json|txt|csv|ts)\b/;
/** How the location was obtained, in Chinese, for the reader (no file names or paths). */
export const LocationBasisSchema = z
  .string()
  .min(4)
  .refine((s) => /[\u4e00-\u9fff]/.test(s) && !/[A-Za-z]+(?:\s+[A-Za-z]+){3}/.test(s), {
    message: 'location_basis must be written in Chinese (use location_basis_en for English)',
  })
  .refine((s) => !FILE_WORDS.test(s), { message: 'location_basis must not name files or paths' });
/** The same basis in English. */
export const LocationBasisEnSchema = z
  .string()
  .min(4)
  .refine((s) => /[A-Za-z]+\s+[A-Za-z]+/.test(s), { message: 'location_basis_en must be in English' })
  .refine((s) => !FILE_WORDS.test(s), { message: 'location_basis_en must not name files or paths' });

export const ProjectPropsSchema = z.object({
  id: z.string().regex(/^[a-z]+-\d{2}$/),
  name: z.string().min(2),
  /** The annex table the project is listed in (柳东新区 is a table, not an admin unit). */
  table: ProjectTableSchema,
  admin_county: AdminCountySchema,
  /** Row number (序号) within its table. */
  seq: z.number().int().positive(),
  type: z.enum(PROJECT_TYPES),
  status: z.enum(PROJECT_STATUSES),
  scale_text: z.string().nullable(),
  summary: z.string().nullable(),
  area_mu: nullableNonNeg,
  floor_area_m2: nullableNonNeg,
  investment_yi: nullableNonNeg,
  /** The line and words each stated number is read from; present for every non-null number. */
  number_citations: z
    .object({
      area_mu: CitationSchema.optional(),
      floor_area_m2: CitationSchema.optional(),
      investment_yi: CitationSchema.optional(),
    })
    .strict()
    .optional(),
  location_text: z.string().nullable(),
  location_quality: LocationQualitySchema,
  location_basis: LocationBasisSchema,
  location_basis_en: LocationBasisEnSchema,
  /** 'county' when the plan places the project only by its district/county (no narrower words). */
  placement_scope: z.literal('county').optional(),
  /** The gazetteer place (plan/gazetteer.json) the record is placed at, if any. */
  place_id: z
    .string()
    .regex(/^place-/)
    .optional(),
  citation: CitationSchema,
  mentions: z.array(CitationSchema),
  ocr_corrections: z.array(z.string()).optional(),
});
export type ProjectProps = z.infer<typeof ProjectPropsSchema>;

/** Fields every non-project plan item shares. */
export const PlanItemPropsSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  /** Sub-kind within the theme, from the theme's vocabulary (e.g. 一核 / 二园 / 三基地). */
  kind: z.string().min(1),
  /** The plan's own status words (续建, 新建, 规划...), or null where the plan is silent. */
  status_text: z.string().nullable(),
  facts: z.array(FactSchema),
  numbers: z.array(StatedNumberSchema),
  /** Administrative units the item lies in or covers, where the plan names them. */
  counties: z.array(AdminCountySchema),
  location_quality: LocationQualitySchema,
  location_basis: LocationBasisSchema,
  location_basis_en: LocationBasisEnSchema,
  citation: CitationSchema,
  mentions: z.array(CitationSchema),
  ocr_corrections: z.array(z.string()).optional(),
  /** 'county' when the plan only names the county: the marker stands for the county, not a site. */
  placement_scope: z.literal('county').optional(),
  /** The gazetteer place (plan/gazetteer.json) the record is placed at, if any. */
  place_id: z
    .string()
    .regex(/^place-/)
    .optional(),
  /** Key projects (projects.geojson ids) that this item is, or contains. */
  project_ids: z.array(z.string()).optional(),
});
export type PlanItemProps = z.infer<typeof PlanItemPropsSchema>;

/** A named place that records are placed at (town, 作业区, park, station, seat…), defined once. */
export const GazetteerEntrySchema = z
  .object({
    id: z.string().regex(/^place-[a-z0-9-]+$/),
    name: z.string().min(2),
    /** 乡镇驻地 / 区县驻地 / 作业区 / 开发区 / 机场 … */
    kind: z.string().min(1),
    /** Other names the plan uses for the same place (e.g. 鹿寨县城 for 鹿寨镇). */
    aliases: z.array(z.string().min(2)),
    position: lonLat,
    quality: LocationQualitySchema,
    basis: LocationBasisSchema,
    basis_en: LocationBasisEnSchema,
  })
  .strict();
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;

export const THEMES = [
  'structure',
  'railport',
  'rail',
  'road',
  'water',
  'air',
  'pipeline',
  'channels',
  'county',
  'towns',
  'hubs',
  'works',
] as const;
export type Theme = (typeof THEMES)[number];

export const TargetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Which of the two plans in 002 states it: 物流业发展规划 (logistics) or 县域经济发展规划 (county). */
  plan: z.enum(['logistics', 'county']),
  indicator: z.string().min(2),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  /** The plan's words for the target, verbatim. */
  text: z.string().min(2),
  citation: CitationSchema,
});
export type Target = z.infer<typeof TargetSchema>;
