import { describe, expect, it } from 'vitest';
import { nothingChanges } from '../../../renderer/features/import/nothing-changes';
import { emptyImportCounts, type ImportCounts } from '../../../shared/domain/types';

const counts = (over: Partial<ImportCounts> = {}): ImportCounts => ({
  ...emptyImportCounts(100),
  ...over,
});

describe('nothingChanges', () => {
  it('says so when every row matches what is stored', () => {
    expect(nothingChanges({ counts: counts({ unchanged: 100 }), blockingRows: 0 })).toBe(true);
  });
  it('stays silent while rows have errors (no insurer chosen yet)', () => {
    expect(nothingChanges({ counts: counts(), blockingRows: 100 })).toBe(false);
  });
  it('stays silent when something would be written', () => {
    expect(nothingChanges({ counts: counts({ updated: 1 }), blockingRows: 0 })).toBe(false);
  });
});
