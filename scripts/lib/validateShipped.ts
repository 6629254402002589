/** Validates every shipped plan file on disk; returns the problems found (empty = valid). */
import { existsSync } from 'node:fs';
import { THEMES } from '../../src/domain/schema';
import { PROJECTS_FILE, TARGETS_FILE, THEME_FILES } from '../../src/domain/planFiles';
import { validateFeatureCollection, validateTargets, type Problem } from '../../src/domain/validatePlan';
import { DATA_DIR, readJson, readSourceLines } from './sources';

export function validateShipped(): Problem[] {
  const lines = readSourceLines();
  const problems: Problem[] = [];
  const load = (name: string) => {
    if (!existsSync(new URL(`plan/${name}`, DATA_DIR))) {
      problems.push(`data/plan/${name}: missing (run npx tsx scripts/build-plan.ts)`);
      return null;
    }
    return readJson(`plan/${name}`);
  };
  const projects = load(PROJECTS_FILE);
  if (projects)
    problems.push(...validateFeatureCollection(`data/plan/${PROJECTS_FILE}`, projects, 'projects', lines));
  for (const t of THEMES) {
    const fc = load(THEME_FILES[t]);
    if (fc) problems.push(...validateFeatureCollection(`data/plan/${THEME_FILES[t]}`, fc, 'items', lines));
  }
  const targets = load(TARGETS_FILE);
  if (targets) problems.push(...validateTargets(`data/plan/${TARGETS_FILE}`, targets, lines));
  return problems;
}
