/**
 * npm run check:data — part of `npm run build`: validates every shipped plan record with the zod
 * schemas and checks every citation against its source line. Exits non-zero naming file, record
 * and field of each problem.
 */
import { validateShipped } from './lib/validateShipped';
import { validateEventsShipped } from './lib/validateEventsShipped';

const problems = [...validateShipped(), ...validateEventsShipped()];
if (problems.length) {
  console.error(`Plan data is invalid (${problems.length} problem(s)):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('plan data: valid');
