/**
 * Stories: a presentation is data. Each step is a camera, the visible layers, the project filters,
 * a selection and a caption. Custom stories are validated whenever they come from outside
 * (browser storage, an imported file).
 */
import { z } from './zod';
import { MAX_ZOOM, MIN_ZOOM } from './geography';
import { FiltersSchema } from './filters';
import { CitationSchema } from './schema';

const finite = z.number().refine(Number.isFinite);

export const CameraSchema = z.object({
  center: z.tuple([finite.min(-180).max(180), finite.min(-85).max(85)]),
  /** Within the map's own zoom range (a stored or imported view can never leave it). */
  zoom: finite.min(MIN_ZOOM).max(MAX_ZOOM),
  bearing: finite.min(-360).max(360),
  pitch: finite.min(0).max(85),
});
export type Camera = z.infer<typeof CameraSchema>;

export const StepCameraSchema = z.union([
  z.literal('home'),
  CameraSchema,
  z.object({
    // west, south, east, north: ordered and on the globe.
    bounds: z
      .tuple([finite, finite, finite, finite])
      .refine(([w, s, e, n]) => w >= -180 && e <= 180 && s >= -85 && n <= 85 && w < e && s < n),
  }),
]);
/** Where a step (or any camera request) goes: the city view, a camera, or bounds to fit. */
export type StepCamera = z.infer<typeof StepCameraSchema>;

export const StepSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().min(1).max(120),
  /** English title of built-in steps (user steps have one title, as typed). */
  titleEn: z.string().max(160).optional(),
  /** Built-in: a verbatim quote of the plan. Custom: the user's note. */
  caption: z.string().max(2000).optional(),
  citation: CitationSchema.optional(),
  camera: StepCameraSchema,
  layers: z.array(z.string().regex(/^[a-z]+$/)).max(40),
  filters: FiltersSchema,
  selected: z
    .object({ source: z.string().regex(/^[a-z]+$/), id: z.string().regex(/^[a-z0-9-]+$/) })
    .nullable(),
  /** Built-in steps may show a table of the plan's 2025 targets. */
  showTargets: z.boolean().optional(),
  /** The time control's year for the step (absent = the plan as written). */
  asOfYear: z.number().int().min(2015).max(2035).optional(),
  /**
   * Ids of the planner's drawings shown when the step was saved: presenting the step shows exactly
   * these (absent = steps saved before drawings were recorded: all drawings, as the layer says).
   */
  drawings: z.array(z.string().min(1).max(80)).max(5000).optional(),
});
export type StoryStep = z.infer<typeof StepSchema>;

export const StorySchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().min(1).max(120),
  steps: z.array(StepSchema).max(200),
});
export type Story = z.infer<typeof StorySchema>;

/** The file format of an exported story. */
export const StoryFileSchema = z.object({
  format: z.literal('liuzhou-plan-map/story'),
  version: z.literal(1),
  story: StorySchema,
});
export type StoryFile = z.infer<typeof StoryFileSchema>;

export const TOUR_ID = 'tour';
export const CUSTOM_STORY_ID = 'mine';

export const emptyCustomStory = (): Story => ({ id: CUSTOM_STORY_ID, title: '我的演示', steps: [] });
