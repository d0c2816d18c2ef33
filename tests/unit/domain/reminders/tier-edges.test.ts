// Tier rules at their edges: two tiers moved onto one working day give that day's call to the
// nearer tier whatever order the settings list them in; a tier on the first urgent day is left
// to the daily urgent call (one moved back before it stays); a never-verified record counts
// from the Beijing day it was created; the duplicate-name warning, to the character.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n';
import * as tiers from '../../../../shared/domain/reminders/tiers';
import { client, settings } from './fixtures';

describe('two tiers on one working day', () => {
  // End Monday 2026-06-22: d10 is Friday 06-12, d9 Saturday 06-13 moved back to Friday 06-12.
  const keysOn = (order: number[], today: string) => {
    const s = settings({ tiers: order.map((d) => ({ name: `d${d}`, daysBefore: d })) });
    const schedule = tiers.caseSchedule('2026-06-22', s);
    return tiers.ruleTasksForCase('c', schedule, today, false, '2026-06-12').map((t) => t.key);
  };

  it('the nearer tier is the call of the day, whatever the settings’ order', () => {
    for (const order of [
      [9, 10],
      [10, 9],
      [9, 20, 10],
      [10, 20, 9],
    ]) {
      expect(keysOn(order, '2026-06-12'), String(order)).toEqual(['c:d9:2026-06-12']);
    }
  });

  it('before that day both are ahead, the farther one first', () => {
    expect(keysOn([9, 10], '2026-06-11')).toEqual(['c:d10:2026-06-12', 'c:d9:2026-06-12']);
  });
});

describe('tiers and the urgent window', () => {
  const tierDays = (end: string, days: number) =>
    tiers
      .caseSchedule(end, settings({ tiers: [{ name: `d${days}`, daysBefore: days }] }))
      .slots.filter((x) => x.kind === 'tier')
      .map((x) => x.dueDate);

  it('a tier on the first urgent day is left to the urgent call', () => {
    // End Thursday 06-11, urgent from Monday 06-08 (3 days before): d3 is that Monday.
    expect(tierDays('2026-06-11', 3)).toEqual([]);
    expect(tierDays('2026-06-11', 2)).toEqual([]);
    expect(tierDays('2026-06-11', 4)).toEqual(['2026-06-05']); // Sunday 06-07 back to Friday
  });

  it('a tier whose previous working day is exactly 40 days before the end stays there', () => {
    // End Wednesday 2026-07-22: d39 is Saturday 06-13; Friday 06-12 is exactly 40 days before,
    // still allowed, so the call is that Friday (not moved forward to Monday 06-15).
    expect(tierDays('2026-07-22', 39)).toEqual(['2026-06-12']);
    // Ending a day later, d40 is that Saturday and the Friday 41 days before: forward to Monday.
    expect(tierDays('2026-07-23', 40)).toEqual(['2026-06-15']);
  });

  it('a tier moved back out of the urgent window stays', () => {
    // End Wednesday 06-10: d3 is Sunday 06-07, moved back to Friday 06-05, before urgent 06-07.
    expect(tierDays('2026-06-10', 3)).toEqual(['2026-06-05']);
  });
});

describe('stale details from the Beijing day of creation', () => {
  // Settings made inside each test (not at load), so mutation testing can tell which test reached what.
  const s = () => settings();

  it('created 02:00 Beijing time (18:00 UTC the day before) counts from the Beijing day', () => {
    const c = client('c', { lastVerifiedOn: null, createdAt: '2025-05-31T18:00:00.000Z' });
    expect(tiers.needsVerification(c, undefined, '2026-06-01', s())).toBe(false);
    expect(tiers.needsVerification(c, undefined, '2026-06-02', s())).toBe(true);
  });

  it('created 23:59 Beijing time counts from that day, not the next', () => {
    const c = client('c', { lastVerifiedOn: null, createdAt: '2025-06-01T15:59:00.000Z' });
    expect(tiers.needsVerification(c, undefined, '2026-06-01', s())).toBe(false);
    expect(tiers.needsVerification(c, undefined, '2026-06-02', s())).toBe(true);
  });

  it('a creation time that cannot be read counts from the date it starts with', () => {
    const c = client('c', { lastVerifiedOn: null, createdAt: '2025-06-01 at 08:00' });
    expect(tiers.needsVerification(c, undefined, '2026-06-01', s())).toBe(false);
    expect(tiers.needsVerification(c, undefined, '2026-06-02', s())).toBe(true);
  });

  it('a creation date written without a time is taken as written', () => {
    const c = client('c', { lastVerifiedOn: null, createdAt: '2025-06-01' });
    expect(tiers.needsVerification(c, undefined, '2026-06-01', s())).toBe(false);
    expect(tiers.needsVerification(c, undefined, '2026-06-02', s())).toBe(true);
  });
});

describe('rule task keys', () => {
  it('a key with no second part is not a rule key', () => {
    expect(tiers.isRuleTaskKey('c', 'c')).toBe(false);
    expect(tiers.isRuleTaskKey('c', 'legacy')).toBe(false);
    expect(tiers.isRuleTaskKey('c', 'c:d15')).toBe(false);
    expect(tiers.isRuleTaskKey('c', 'c:d15:2026-06-05')).toBe(true);
  });
});

describe('tier settings warnings to the character', () => {
  it('a name used twice', () => {
    const [w] = tiers.validateTierSettings({
      tiers: [
        { name: '半月', daysBefore: 15 },
        { name: '半月', daysBefore: 14 },
      ],
    });
    expect(w?.tier).toBe('半月');
    expect(w && createTranslator('zh-CN').text(w.text)).toBe(
      '提醒档位名称“半月”重复，请为每个档位取不同的名称。',
    );
    expect(w && createTranslator('en').text(w.text)).toBe(
      'Tier name "半月" is used twice; give each tier its own name.',
    );
  });
});
