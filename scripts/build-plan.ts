/**
 * npm run data:plan — builds data/plan/ from data/plan/src/ (see scripts/lib/buildPlan.ts). Writes
 * nothing unless every output validates; otherwise lists each problem as file › record › field.
 */
import { buildPlan } from './lib/buildPlan';

const { problems, outputs } = buildPlan();
console.log(outputs.map(([n, c]) => `${n}: ${c}`).join('\n'));
if (problems.length) {
  console.error(`\nNothing written: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
