/**
 * The drawings the map (and an export of it) shows: all of them, or, while a story step that
 * recorded its drawings is presented, just those.
 */
import type { Drawing } from '../domain/drawing';

export function shownDrawings(s: {
  drawings: readonly Drawing[];
  presentation: { drawings?: readonly string[] } | null;
}): readonly Drawing[] {
  const ids = s.presentation?.drawings;
  if (!ids) return s.drawings;
  const keep = new Set(ids);
  return s.drawings.filter((d) => keep.has(d.id));
}
