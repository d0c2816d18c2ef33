// Prints the mutation score per domain folder from Stryker's JSON report, ending with the one
// line the issue fixes: `mutation: reminders N%, import N%, ... all N%`. Score = detected
// (killed or timed out) over valid mutants (detected, survived, no coverage); ignored, compile
// errors and runtime errors are not valid mutants (Stryker's own definition).
import { readFileSync } from 'node:fs';
import { folderScores, summaryLine, type MutationReport } from './scores';

const path = process.argv[2] ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(path, 'utf8')) as MutationReport;
const scores = folderScores(report);
for (const s of scores.folders) {
  console.log(
    `${s.folder.padEnd(12)} ${s.percent.toFixed(1).padStart(5)}%  killed ${s.detected}, survived ${s.survived}, no coverage ${s.noCoverage}`,
  );
}
console.log(summaryLine(scores));
