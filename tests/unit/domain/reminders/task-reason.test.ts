// Why a task is on the list, rendered to the character in both languages: the tier, days left
// or since expiry (one day singular), the premium rounded to the yuan, the last outcome,
// do-not-contact and overdue, joined in that order by the language's separator.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n';
import {
  taskReason,
  tierRef,
  type ReasonFacts,
} from '../../../../shared/domain/reminders/task-reason';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');

const facts = (over: Partial<ReasonFacts> = {}): ReasonFacts => ({
  tier: 'd15',
  daysLeft: null,
  premium: 0,
  lastOutcome: null,
  doNotContact: false,
  overdue: false,
  ...over,
});

const both = (over: Partial<ReasonFacts>): [string, string] => [
  zh.text(taskReason(facts(over))),
  en.text(taskReason(facts(over))),
];

describe('task reason', () => {
  it('every part, in order', () => {
    expect(
      both({
        tier: 'd15',
        daysLeft: 12,
        premium: 3200,
        lastOutcome: 'no_answer',
        doNotContact: true,
        overdue: true,
      }),
    ).toEqual([
      '到期前15天 · 剩余 12 天 · 保费 3200 元 · 上次：未接通 · 勿扰客户 · 已逾期',
      '15 days before expiry · 12 days left · premium ¥3200 · last: No answer · do not contact · overdue',
    ]);
  });

  it('the tier alone when nothing else is known', () => {
    expect(both({ tier: 'urgent' })).toEqual(['紧急', 'urgent']);
  });

  it('days left: zero is still "left", one day is singular, below zero counts since expiry', () => {
    expect(both({ daysLeft: 0 })[1]).toBe('15 days before expiry · 0 days left');
    expect(both({ daysLeft: 1 })[1]).toBe('15 days before expiry · 1 day left');
    expect(both({ daysLeft: 2 })[1]).toBe('15 days before expiry · 2 days left');
    expect(both({ daysLeft: -1 })).toEqual([
      '到期前15天 · 已过期 1 天',
      '15 days before expiry · expired 1 day ago',
    ]);
    expect(both({ daysLeft: -3 })[1]).toBe('15 days before expiry · expired 3 days ago');
  });

  it('premium rounded to the yuan; no premium part at 0 or below', () => {
    expect(both({ premium: 3200.5 })[0]).toBe('到期前15天 · 保费 3201 元');
    expect(both({ premium: 0.4 })[1]).toBe('15 days before expiry · premium ¥0');
    expect(both({ premium: -5 })[1]).toBe('15 days before expiry');
  });

  it('each flag on its own', () => {
    expect(both({ doNotContact: true })[0]).toBe('到期前15天 · 勿扰客户');
    expect(both({ overdue: true })[0]).toBe('到期前15天 · 已逾期');
    expect(both({ lastOutcome: 'no_answer' })[0]).toBe('到期前15天 · 上次：未接通');
  });
});

describe('tier names', () => {
  it('every built-in tier from the catalogue', () => {
    const tiers = ['verify', 'd30', 'd15', 'd7', 'urgent', 'lapsed', 'callback', 'followup'];
    expect(tiers.map((t) => zh.text(tierRef(t)))).toEqual([
      '核实信息',
      '到期前30天',
      '到期前15天',
      '到期前7天',
      '紧急',
      '已脱保',
      '约定回电',
      '报价后跟进',
    ]);
    expect(en.text(tierRef('followup'))).toBe('follow-up after a quote');
  });

  it('a custom tier by its own name, in both languages', () => {
    expect(zh.text(tierRef('d45'))).toBe('d45');
    expect(en.text(tierRef('两周前'))).toBe('两周前');
  });
});
