import { describe, expect, it } from 'vitest';
import { contactRecordOf } from '../../../../shared/domain/contact/contact-record';
import type { Attempt } from '../../../../shared/domain/types';

const attempt = (at: string, over: Partial<Attempt> = {}): Attempt => ({
  at,
  channel: 'call',
  outcome: 'no_answer',
  byStaffId: 's1',
  ...over,
});

describe('contact record of a case', () => {
  it('every attempt of every task of the case, every channel, oldest first, each once', () => {
    const call = attempt('2026-06-03T02:00:00.000Z', { outcome: 'callback' });
    const tasks = [
      { caseId: 'k1', attempts: [call] },
      // The verify task completed on the same call carries the same attempt.
      { caseId: 'k1', attempts: [call] },
      {
        caseId: 'k1',
        attempts: [attempt('2026-06-01T02:00:00.000Z', { channel: 'sms', outcome: 'sent' })],
      },
      { caseId: 'k2', attempts: [attempt('2026-06-02T02:00:00.000Z')] },
    ];
    expect(contactRecordOf(tasks, 'k1').map((a) => [a.channel, a.outcome])).toEqual([
      ['sms', 'sent'],
      ['call', 'callback'],
    ]);
    expect(contactRecordOf(tasks, 'none')).toEqual([]);
  });
});
