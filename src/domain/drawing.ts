/**
 * The planners' own sketches: points, lines, polygons and text notes with a colour and a label.
 * They are the planners' records, kept apart from the plan's evidence and never overwritten by it.
 */
import { z } from './zod';

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const DrawingGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: lonLat }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(lonLat).min(2) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(lonLat).min(4)).min(1) }),
]);

export const DRAWING_KINDS = ['point', 'line', 'polygon', 'note'] as const;
export const DRAWING_COLORS = ['#d7263d', '#1b998b', '#2e86ab', '#f18f01', '#6a4c93', '#222222'] as const;

export const DrawingSchema = z.object({
  id: z.string().min(1).max(80),
  kind: z.enum(DRAWING_KINDS),
  geometry: DrawingGeometrySchema,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  label: z.string().max(200),
  created_at: z.string().min(1),
});
export type Drawing = z.infer<typeof DrawingSchema>;
export type DrawingKind = Drawing['kind'];
export type DrawingGeometry = z.infer<typeof DrawingGeometrySchema>;
