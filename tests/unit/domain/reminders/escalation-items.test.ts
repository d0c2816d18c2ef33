// Escalated complaints in the reminder plan: one notice per escalation for the person it went
// to (everyone's when the plan is nobody's), for the last `days` days exactly, announced one
// minute after it was raised, with a generic text that never names the customer.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n';
import {
  ESCALATION_NOTICE_DELAY_MS,
  escalationItems,
  type EscalationNoticeInput,
} from '../../../../shared/domain/reminders/escalation-items';

const zh = createTranslator('zh-CN');
const now = '2026-06-10T02:00:00.000Z';

const notice = (id: string, over: Partial<EscalationNoticeInput> = {}): EscalationNoticeInput => ({
  id,
  to: 'mgr',
  reason: 'overdue',
  raisedAt: '2026-06-09T02:00:00.000Z',
  ...over,
});

describe('escalation items', () => {
  it('one item per escalation, a minute after it was raised, with the generic text', () => {
    expect(ESCALATION_NOTICE_DELAY_MS).toBe(60_000);
    const items = escalationItems([notice('c1:1:overdue')], {
      staffId: 'mgr',
      now,
      days: 7,
      text: zh,
    });
    expect(items).toEqual([
      {
        id: 'escalation:c1:1:overdue',
        taskId: null,
        kind: 'escalation',
        at: '2026-06-09T02:01:00.000Z',
        title: '投诉已升级给你',
        body: '有一条投诉已超过处理期限，请在“投诉与反馈”中处理。',
      },
    ]);
  });

  it('the body follows the reason', () => {
    const en = createTranslator('en');
    const body = (reason: EscalationNoticeInput['reason']) =>
      escalationItems([notice('x', { reason })], { staffId: null, now, days: 7, text: en })[0]
        ?.body;
    expect(body('high_severity')).toBe(
      'A serious complaint needs your attention. See Complaints & feedback.',
    );
    expect(body('manual')).toBe('A complaint was passed to you. See Complaints & feedback.');
  });

  it('only the signed-in person’s escalations; with nobody named, everyone’s', () => {
    const notices = [
      notice('a', { to: 'mgr' }),
      notice('b', { to: 'other' }),
      notice('c', { to: null }),
    ];
    const ids = (staffId: string | null | undefined) =>
      escalationItems(notices, { staffId, now, days: 7, text: zh }).map((i) => i.id);
    expect(ids('mgr')).toEqual(['escalation:a']);
    expect(ids(null)).toEqual(['escalation:a', 'escalation:b', 'escalation:c']);
    expect(ids(undefined)).toEqual(['escalation:a', 'escalation:b', 'escalation:c']);
  });

  it('raised exactly `days` days ago is in; a millisecond earlier is out', () => {
    const notices = [
      notice('edge', { raisedAt: '2026-06-03T02:00:00.000Z' }),
      notice('older', { raisedAt: '2026-06-03T01:59:59.999Z' }),
    ];
    const ids = escalationItems(notices, { staffId: null, now, days: 7, text: zh }).map(
      (i) => i.id,
    );
    expect(ids).toEqual(['escalation:edge']);
    expect(
      escalationItems(notices, { staffId: null, now, days: 6, text: zh }).map((i) => i.id),
    ).toEqual([]);
  });
});
