// A Playwright reporter that writes one short line per failed test (title, place, the first
// line of the error) to reports/test-steps/e2e-failures.txt; `npm test` prints the file under
// its summary. CI shows only the end of a run's output, and the list reporter's error text
// sits far above it, under the attachments: this puts the cause where it can be read.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

const OUT_DIR = join(process.cwd(), 'reports', 'test-steps');

function errorHead(text: string | undefined): string {
  // Playwright's messages carry terminal colours; the digest is read as plain text.
  // eslint-disable-next-line no-control-regex
  const plain = (text ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  // The first three lines name the failed expectation, its locator and what was expected.
  const lines = plain
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, 3);
  return (lines.join(' | ') || 'no error message').slice(0, 400);
}

export default class FailureDigestReporter implements Reporter {
  private readonly lines: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'passed' || result.status === 'skipped') return;
    const error = result.errors[0];
    const where = error?.location ?? test.location;
    const place = `${relative(process.cwd(), where.file)}:${where.line}`;
    const step = result.steps.findLast((s) => s.error)?.title;
    this.lines.push(
      `${result.status} after ${Math.round(result.duration / 1000)} s: ${test.title}` +
        `\n    at ${place}${step ? ` (step: ${step.slice(0, 120)})` : ''}: ${errorHead(error?.message)}`,
    );
  }

  onEnd(): void {
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(
      join(OUT_DIR, 'e2e-failures.txt'),
      this.lines.join('\n') + (this.lines.length ? '\n' : ''),
    );
  }
}
