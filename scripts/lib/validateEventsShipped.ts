/** Validates the shipped implementation record and other-document files on disk (empty = valid). */
import { existsSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { THEMES } from '../../src/domain/schema';
import { PROJECTS_FILE, TARGETS_FILE, THEME_FILES } from '../../src/domain/planFiles';
import { EVENTS_FILE, OTHERS_FILE, OTHER_TARGETS_FILE } from '../../src/domain/eventFiles';
import { validateEventsFile, validateOthers, validateOtherTargets } from '../../src/domain/validateEvents';
import type { Problem } from '../../src/domain/validatePlan';
import { DATA_DIR, readJson, readSourceLines } from './sources';

type FC = FeatureCollection<Geometry, { id?: unknown }>;

export function validateEventsShipped(): Problem[] {
  const missing = [EVENTS_FILE, OTHERS_FILE, OTHER_TARGETS_FILE].filter(
    (n) => !existsSync(new URL(`plan/${n}`, DATA_DIR)),
  );
  if (missing.length) return missing.map((n) => `data/plan/${n}: missing (run npm run data:events)`);
  const lines = readSourceLines();
  const others = readJson<FC>(`plan/${OTHERS_FILE}`);
  const otherTargets = readJson<Array<{ id?: unknown }>>(`plan/${OTHER_TARGETS_FILE}`);
  const otherIds = new Set(others.features.map((f) => String(f.properties.id)));
  const known = new Set([...otherIds, ...otherTargets.map((t) => String(t.id))]);
  for (const name of [PROJECTS_FILE, ...THEMES.map((t) => THEME_FILES[t])]) {
    if (!existsSync(new URL(`plan/${name}`, DATA_DIR))) continue;
    for (const f of readJson<FC>(`plan/${name}`).features) known.add(String(f.properties.id));
  }
  for (const t of readJson<Array<{ id?: unknown }>>(`plan/${TARGETS_FILE}`)) known.add(String(t.id));
  return [
    ...validateOthers(`data/plan/${OTHERS_FILE}`, others, lines),
    ...validateOtherTargets(`data/plan/${OTHER_TARGETS_FILE}`, otherTargets, lines, otherIds),
    ...validateEventsFile(`data/plan/${EVENTS_FILE}`, readJson(`plan/${EVENTS_FILE}`), lines, known),
  ];
}
