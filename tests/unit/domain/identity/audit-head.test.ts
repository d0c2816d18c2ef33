// The rules both hosts apply to the audit head they keep outside the database.
import { describe, expect, it } from 'vitest';
import { decideAuditHeadAppend } from '../../../../shared/domain/identity/audit-head';

const head = (seq: number, digit = 'a') => ({ seq, hash: digit.repeat(64) });

describe('decideAuditHeadAppend', () => {
  it('stores the first head and every later one', () => {
    expect(decideAuditHeadAppend({ status: 'none' }, head(1))).toEqual({
      write: true,
      result: { outcome: 'stored', head: head(1) },
    });
    expect(decideAuditHeadAppend({ status: 'ok', head: head(1) }, head(5, 'e'))).toEqual({
      write: true,
      result: { outcome: 'stored', head: head(5, 'e') },
    });
  });

  it('never moves back, never rewrites, never covers a corrupt head', () => {
    const stored = { status: 'ok' as const, head: head(5) };
    expect(decideAuditHeadAppend(stored, head(4))).toEqual({
      write: false,
      result: { outcome: 'behind', head: head(5) },
    });
    expect(decideAuditHeadAppend(stored, head(5))).toEqual({
      write: false,
      result: { outcome: 'unchanged', head: head(5) },
    });
    expect(decideAuditHeadAppend(stored, head(5, 'f'))).toEqual({
      write: false,
      result: { outcome: 'conflict', head: head(5) },
    });
    expect(decideAuditHeadAppend({ status: 'corrupt' }, head(9))).toEqual({
      write: false,
      result: { outcome: 'corrupt' },
    });
  });
});
