// `npm test`: every check in turn, then one summary that says what ran, what passed and what
// was skipped and why. A skipped suite must never read as a pass: the real-Electron suite
// writes its outcome to a file (see run-electron-tests.mjs) and the summary repeats it.
// Every step runs even after one fails, so one CI run shows every broken check; the exit code
// is non-zero when any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stepReportDir = join(root, 'reports', 'test-steps');

const steps = [
  { name: 'typecheck', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'unit + integration (vitest)', script: 'test:unit' },
  { name: 'browser end-to-end (playwright)', script: 'test:e2e' },
  { name: 'real Electron', script: 'test:electron', report: 'electron.json' },
];

rmSync(stepReportDir, { recursive: true, force: true });
mkdirSync(stepReportDir, { recursive: true });

const results = steps.map((step) => {
  console.log(`\n=== ${step.name}: npm run ${step.script}`);
  const started = Date.now();
  const run = spawnSync('npm', ['run', '--silent', step.script], { cwd: root, stdio: 'inherit' });
  const seconds = Math.round((Date.now() - started) / 1000);
  const reportFile = step.report ? join(stepReportDir, step.report) : null;
  const report =
    reportFile && existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null;
  const status = run.status !== 0 ? 'FAILED' : report?.status === 'skipped' ? 'SKIPPED' : 'passed';
  return { ...step, status, seconds, reason: report?.reason };
});

console.log('\n=== test summary');
for (const r of results) {
  const why = r.reason ? `: ${r.reason}` : '';
  console.log(`  ${r.status.padEnd(8)} ${r.name} (${r.seconds} s)${why}`);
}
const failed = results.filter((r) => r.status === 'FAILED').length;
const skipped = results.filter((r) => r.status === 'SKIPPED').length;
console.log(
  `  ${results.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped` +
    (skipped ? ' (a skipped suite did not run: it is not a pass)' : ''),
);
// Each failed browser test in one line (tests/e2e/failure-digest-reporter.ts): CI shows the end
// of the output only, and the list reporter's error text is far above it.
const e2eFailures = join(stepReportDir, 'e2e-failures.txt');
if (existsSync(e2eFailures) && readFileSync(e2eFailures, 'utf8').trim()) {
  console.log('\n=== browser tests that failed');
  console.log(readFileSync(e2eFailures, 'utf8').trimEnd());
}
process.exit(failed ? 1 : 0);
