/**
 * Runs the header and status checks of `host-checks.ts` against a running host of the build.
 * Exits non-zero, listing each problem, when one fails.
 * Usage: node src/quality/check-host.ts <origin>   (BASE_PATH from the environment, as for the build)
 */
import { BASE_PATH } from '../site/site-url.ts';
import { askOver, checkHost } from './host-checks.ts';

const origin = process.argv[2];
if (!origin) {
  console.error('Usage: node src/quality/check-host.ts http://127.0.0.1:8080');
  process.exit(2);
}
const { checks, problems } = await checkHost(askOver(origin), BASE_PATH);
console.log(`Host checks at ${origin}${BASE_PATH}: ${checks} checks, ${problems.length} problems.`);
for (const problem of problems) console.error(`  ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
