import { useMemo } from 'react';
import {
  CURRENT_YEAR,
  docEventsOf,
  monitoredItems,
  stageCounts,
  stageMapAsOf,
} from '../../analysis/implementation';
import { useAppState, useData } from '../context';

/** The documented events, the monitored items and their stages as of the chosen year. */
export function useImplementation() {
  const data = useData();
  const year = useAppState((s) => s.asOfYear);
  const events = docEventsOf(data);
  const items = useMemo(() => monitoredItems(data), [data]);
  const stages = useMemo(
    () =>
      stageMapAsOf(
        items.map((i) => i.feature.properties.id),
        events,
        year ?? CURRENT_YEAR,
      ),
    [items, events, year],
  );
  const counts = useMemo(() => stageCounts(stages), [stages]);
  return { data, events, items, year, stages, counts };
}
