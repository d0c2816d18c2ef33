import { describe, expect, it } from 'vitest';
import { folderScores, summaryLine } from '../../../scripts/mutation/scores';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });

describe('mutation summary', () => {
  const report = {
    files: {
      'shared/domain/reminders/plan.ts': mutants('Killed', 'Killed', 'Survived', 'Timeout'),
      'shared/domain/reminders/tiers.ts': mutants('NoCoverage', 'Ignored', 'CompileError'),
      '/abs/path/shared/domain/import/header.ts': mutants('Killed', 'RuntimeError'),
      'shared/domain/china-date.ts': mutants('Survived'),
    },
  };

  it('scores detected over valid mutants per folder (ignored and errors are not valid)', () => {
    const { folders, all } = folderScores(report);
    const reminders = folders.find((f) => f.folder === 'reminders');
    expect(reminders).toMatchObject({ detected: 3, survived: 1, noCoverage: 1, percent: 60 });
    expect(folders.find((f) => f.folder === 'import')?.percent).toBe(100);
    expect(folders.find((f) => f.folder === '(root)')?.percent).toBe(0);
    expect(all).toMatchObject({ detected: 4, survived: 2, noCoverage: 1 });
  });

  it('prints the issue-15 line: named folders in order, floors, n/a for a folder with no file', () => {
    expect(summaryLine(folderScores(report))).toBe(
      'mutation: reminders 60%, import 100%, normalize n/a, validation n/a, scripts n/a, search n/a, all 57%',
    );
  });
});
