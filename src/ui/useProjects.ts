import { projectQueryFor, type ProjectResult } from '../state/projectQuery';
import { useAppState, useData } from './context';

/** The filtered projects and facet counts for the current filters (shared with the map). */
export function useProjectResult(): ProjectResult {
  const data = useData();
  const filters = useAppState((s) => s.filters);
  const bounds = useAppState((s) => (s.filters.inView ? s.viewBounds : null));
  return projectQueryFor(data)(filters, bounds);
}
