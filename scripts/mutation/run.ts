// `npm run test:mutation [-- stryker options]`: runs Stryker with the options given (for
// example `--concurrency 1` on a two-core machine, or `--mutate <file>` for one file), then
// prints the per-folder scores. A plain `stryker run && summary` chain handed npm's extra
// arguments to the summary script instead of Stryker.
import { spawnSync } from 'node:child_process';

const stryker = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (stryker.status !== 0) process.exit(stryker.status ?? 1);
const summary = spawnSync('npx', ['tsx', 'scripts/mutation/summary.ts'], { stdio: 'inherit' });
process.exit(summary.status ?? 1);
