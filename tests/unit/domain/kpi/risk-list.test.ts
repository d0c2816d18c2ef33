import { describe, expect, it } from 'vitest';
import { riskList, type RiskCase } from '../../../../shared/domain/kpi/risk-list';

const TODAY = '2026-12-10';

function kase(id: string, over: Partial<RiskCase> = {}): RiskCase {
  return {
    id,
    clientId: `client-${id}`,
    endDate: '2026-12-20',
    state: 'open',
    assigneeId: 's1',
    quotedPremium: null,
    expiringPremium: 3000,
    outcomes: [],
    ...over,
  };
}

const reasonsOf = (cases: RiskCase[], complaints: string[] = []) =>
  riskList(cases, new Set(complaints), TODAY).map((r) => [r.caseId, r.reasons]);

describe('riskList', () => {
  it('no contact yet: ending within 15 days (both ends included), nobody reached', () => {
    expect(
      reasonsOf([
        kase('today', { endDate: TODAY }),
        kase('day15', { endDate: '2026-12-25' }),
        kase('day16', { endDate: '2026-12-26' }),
        kase('ended', { endDate: '2026-12-09' }),
      ]),
    ).toEqual([
      ['today', ['no_contact']],
      ['day15', ['no_contact']],
    ]);
  });

  it('unanswered and busy calls are not a contact; any other outcome or a later state is', () => {
    expect(
      reasonsOf([
        kase('unanswered', { outcomes: ['no_answer', 'busy'] }),
        kase('talked', { outcomes: ['no_answer', 'callback'] }),
        kase('quoted', { state: 'quoted', quotedPremium: 3000 }),
      ]),
    ).toEqual([['unanswered', ['no_contact']]]);
  });

  it('a quote more than 20% above the expiring premium, at any distance from the end', () => {
    expect(
      reasonsOf([
        kase('at20', { state: 'quoted', quotedPremium: 3600, endDate: '2027-01-15' }),
        kase('over20', { state: 'quoted', quotedPremium: 3601, endDate: '2027-01-15' }),
        kase('noPremium', { state: 'quoted', quotedPremium: 9000, expiringPremium: null }),
      ]),
    ).toEqual([['over20', ['high_quote']]]);
  });

  it('a customer with an open complaint, with the other reasons together', () => {
    expect(
      reasonsOf([kase('a', { endDate: '2027-01-30' }), kase('b')], ['client-a', 'client-b']),
    ).toEqual([
      ['b', ['no_contact', 'open_complaint']],
      ['a', ['open_complaint']],
    ]);
  });

  it('renewed, lost and lapsed cases are never at risk', () => {
    expect(
      reasonsOf(
        [
          kase('r', { state: 'renewed' }),
          kase('l', { state: 'lost' }),
          kase('x', { state: 'lapsed' }),
        ],
        ['client-r', 'client-l', 'client-x'],
      ),
    ).toEqual([]);
  });

  it('says how many days are left', () => {
    expect(riskList([kase('a')], new Set(), TODAY)[0]?.daysLeft).toBe(10);
  });
});
