// "Never crashes, never hangs": every file of the shared SheetJS test corpus goes through the
// import pipeline and ends, within a time limit, in a preview or a named error.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../renderer/services/import/pipeline';
import type { ImportErrorCode } from '../../../renderer/services/import/import-errors';

const CORPUS = resolve(__dirname, '../../..', '../shared/corpus/sheetjs');
const PER_FILE_MS = 10_000;
const NAMED: ImportErrorCode[] = [
  'empty_file',
  'not_spreadsheet',
  'encrypted',
  'too_big',
  'too_many_rows',
  'zip_bomb',
  'no_header',
  'no_sheet',
  'unreadable',
];

const files = existsSync(CORPUS)
  ? readdirSync(CORPUS).filter((f) => statSync(join(CORPUS, f)).isFile())
  : [];
if (files.length === 0)
  console.log(`corpus test skipped: no files in ${CORPUS} (folder absent or empty)`);

describe.skipIf(files.length === 0)('SheetJS corpus through parseImportFile', () => {
  const tally = new Map<string, number>();
  const slow: string[] = [];

  for (const file of files) {
    it(
      file,
      async () => {
        const bytes = new Uint8Array(readFileSync(join(CORPUS, file)));
        const started = performance.now();
        const outcome = await parseImportFile(bytes, file);
        const ms = performance.now() - started;
        if (ms > 2000) slow.push(`${file} ${Math.round(ms)} ms`);
        expect(ms).toBeLessThan(PER_FILE_MS);
        const label = outcome.ok ? 'preview' : outcome.error.code;
        if (!outcome.ok) {
          expect(NAMED).toContain(outcome.error.code);
          expect(outcome.error.message.length).toBeGreaterThan(10);
        } else {
          expect(outcome.headerRow).toBeGreaterThan(0);
        }
        tally.set(label, (tally.get(label) ?? 0) + 1);
      },
      PER_FILE_MS * 2,
    );
  }

  it('summary', () => {
    const rows = [...tally.entries()].sort((a, b) => b[1] - a[1]);
    console.log(
      `corpus: ${files.length} files\n` +
        rows.map(([k, n]) => `  ${k.padEnd(16)} ${n}`).join('\n') +
        (slow.length ? `\n  slow: ${slow.join(', ')}` : ''),
    );
    expect(rows.reduce((s, [, n]) => s + n, 0)).toBe(files.length);
  });
});
