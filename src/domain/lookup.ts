/** Finding plan records by reference; the index is built once per loaded data set. */
import type { AppData, PlanItemFeature, ProjectFeature } from './data';
import { THEMES, type Theme } from './schema';

export type Found =
  | { kind: 'project'; source: 'projects'; feature: ProjectFeature }
  | { kind: 'item'; source: Theme | 'others'; feature: PlanItemFeature };

const indexes = new WeakMap<AppData, Map<string, Found>>();

const key = (source: string, id: string) => `${source}/${id}`;

function indexOf(data: AppData): Map<string, Found> {
  let idx = indexes.get(data);
  if (!idx) {
    idx = new Map();
    for (const f of data.projects.features)
      idx.set(key('projects', f.properties.id), { kind: 'project', source: 'projects', feature: f });
    for (const t of THEMES) {
      for (const f of data.themes[t].features)
        idx.set(key(t, f.properties.id), { kind: 'item', source: t, feature: f });
    }
    // Records of other documents share the plan items' fields (plus an English basis).
    for (const f of data.others.features)
      idx.set(key('others', f.properties.id), { kind: 'item', source: 'others', feature: f });
    indexes.set(data, idx);
  }
  return idx;
}

export function findFeature(data: AppData, ref: { source: string; id: string }): Found | null {
  return indexOf(data).get(key(ref.source, ref.id)) ?? null;
}

/** Finds a record by id alone (ids are unique across files). */
export function findById(data: AppData, id: string): Found | null {
  for (const f of indexOf(data).values()) if (f.feature.properties.id === id) return f;
  return null;
}
