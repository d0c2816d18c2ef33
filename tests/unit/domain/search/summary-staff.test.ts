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
