import { describe, expect, it } from 'vitest';
import { buildClientSummary } from '../../../../shared/domain/search/summary';
import type { Client, Policy, Vehicle } from '../../../../shared/domain/types';

const stamp = {
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'test',
};
const client: Client = {
  id: 'c1',
  name: '张三',
  phones: [],
  doNotContact: false,
  smsConsent: false,
  ...stamp,
};
const vehicle: Vehicle = { id: 'v1', plate: '京A12345', ownerId: 'c1', ownerHistory: [], ...stamp };
const policy = (id: string, endDate: string, staffName: string | null): Policy => ({
  id,
  insurer: '人保',
  policyNo: id,
  kind: 'compulsory',
  vehicleId: 'v1',
  insuredId: 'c1',
  endDate,
  status: 'active',
  staffName,
  ...stamp,
});
const staff = new Map([
  ['s1', { name: '李四' }],
  ['s2', { name: '王五' }],
]);

describe('buildClientSummary staff', () => {
  it("uses the client's own staff member first", () => {
    const s = buildClientSummary(
      { ...client, staffId: 's1' },
      [vehicle],
      [policy('p1', '2026-12-01', '王五')],
      staff,
    );
    expect(s.staffId).toBe('s1');
    expect(s.staffName).toBe('李四');
  });

  it('falls back to the 业务员 named on the newest policy', () => {
    const s = buildClientSummary(
      client,
      [vehicle],
      [policy('p1', '2026-12-01', '李四'), policy('p2', '2027-12-01', '王五')],
      staff,
    );
    expect(s.staffId).toBe('s2');
    expect(s.staffName).toBe('王五');
  });

  it('stays empty when the named 业务员 is not a staff member', () => {
    const s = buildClientSummary(client, [vehicle], [policy('p1', '2026-12-01', '赵六')], staff);
    expect(s.staffId).toBeNull();
    expect(s.staffName).toBeNull();
  });
});

describe('buildClientSummary to the record (issue 15)', () => {
  it('live records only, each value once; next ends from active policies per kind', () => {
    const s = buildClientSummary(
      { ...client, name: '张三', phones: ['13812345678'], idNumber: '11010519650306696X' },
      [
        vehicle,
        { ...vehicle, id: 'v2', plate: '京A12345', vin: 'LSVAU2180N2123456' },
        { ...vehicle, id: 'v3', plate: '京B99999', deletedAt: '2026-02-01T00:00:00Z' },
      ],
      [
        policy('p1', '2026-12-01', null),
        policy('p1', '2026-12-01', null),
        { ...policy('p2', '2026-11-20', null), kind: 'commercial', insurer: '平安' },
        { ...policy('p3', '2026-10-01', null), status: 'renewed' },
        {
          ...policy('p4', '2026-09-01', null),
          deletedAt: '2026-02-01T00:00:00Z',
          insurer: '太平洋',
        },
        { ...policy('p5', '2026-11-10', null), insurer: '' },
      ],
      staff,
    );
    expect(s).toEqual({
      id: 'c1',
      name: '张三',
      pinyinInitials: 'zs',
      pinyinFull: 'zhangsan',
      phones: ['13812345678'],
      idNumber: '11010519650306696X',
      plates: ['京A12345'],
      vins: ['LSVAU2180N2123456'],
      policyNos: ['p1', 'p2', 'p3', 'p5'],
      insurers: ['人保', '平安'],
      staffId: null,
      staffName: null,
      nextExpiry: '2026-11-10',
      nextExpiryMonth: '2026-11',
      nextCompulsoryEnd: '2026-11-10',
      nextCommercialEnd: '2026-11-20',
      deleted: false,
    });
  });

  it('no active policy: the far date and no month; a deleted sample client says so', () => {
    const s = buildClientSummary(
      { ...client, deletedAt: '2026-03-01T00:00:00Z', isSample: true, staffId: 's9' },
      [],
      [],
      staff,
    );
    expect(s).toMatchObject({
      nextExpiry: '9999-12-31',
      nextExpiryMonth: '',
      nextCompulsoryEnd: null,
      nextCommercialEnd: null,
      idNumber: null,
      deleted: true,
      isSample: true,
      staffId: 's9',
      staffName: null,
    });
    expect('isSample' in buildClientSummary(client, [], [], staff)).toBe(false);
  });

  it('of two policies ending the same day, the first naming a staff member wins', () => {
    const s = buildClientSummary(
      client,
      [vehicle],
      [policy('p1', '2026-12-01', '李四'), policy('p2', '2026-12-01', '王五')],
      staff,
    );
    expect(s.staffId).toBe('s1');
  });

  it('the newest policy naming a staff member wins, whatever the order', () => {
    const s = buildClientSummary(
      client,
      [vehicle],
      [
        policy('p2', '2027-12-01', '王五'),
        policy('p1', '2026-12-01', '李四'),
        policy('p3', '2028-01-01', null),
      ],
      staff,
    );
    expect(s.staffId).toBe('s2');
  });
});
