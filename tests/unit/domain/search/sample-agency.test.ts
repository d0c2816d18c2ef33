import { describe, expect, it } from 'vitest';
import { generateSampleAgency } from '../../../../shared/domain/sample/generate';
import { idCheckChar, vinCheckChar } from '../../../../shared/domain/sample/identifiers';

describe('generateSampleAgency', () => {
  const a = generateSampleAgency({ clients: 500, seed: 1, today: '2025-06-01' });

  it('is deterministic for a seed', () => {
    const b = generateSampleAgency({ clients: 500, seed: 1, today: '2025-06-01' });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = generateSampleAgency({ clients: 500, seed: 2, today: '2025-06-01' });
    expect(c.clients[10]?.id).not.toBe(a.clients[10]?.id);
  });

  it('produces valid identifiers and linked records, all flagged isSample', () => {
    expect(a.clients.slice(0, 3).map((c) => c.name)).toEqual(['张三', '李四', '王五']);
    expect(a.staff.length).toBeGreaterThanOrEqual(3);
    expect(a.staff.length).toBeLessThanOrEqual(5);
    for (const c of a.clients) {
      expect(c.isSample).toBe(true);
      for (const p of c.phones) expect(p).toMatch(/^1[3-9]\d{9}$/);
      const id = c.idNumber as string;
      expect(id).toMatch(/^\d{17}[\dX]$/);
      expect(id[17]).toBe(idCheckChar(id.slice(0, 17)));
    }
    const plates = a.vehicles.map((v) => v.plate as string);
    expect(plates.some((p) => p.length === 8)).toBe(true);
    for (const p of plates) expect(p).toMatch(/^[\u4e00-\u9fff][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}$/);
    for (const v of a.vehicles) {
      const vin = v.vin as string;
      expect(vin).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/);
      expect(vin[8]).toBe(vinCheckChar(vin));
    }
    const ids = new Set(a.clients.map((c) => c.id));
    const vehicleIds = new Set(a.vehicles.map((v) => v.id));
    expect(a.vehicles.every((v) => ids.has(v.ownerId))).toBe(true);
    expect(a.policies.every((p) => vehicleIds.has(p.vehicleId) && ids.has(p.insuredId))).toBe(true);
    expect(new Set(a.policies.map((p) => p.insurer))).toEqual(
      new Set(['人保', '平安', '太平洋', '国寿财', '大地']),
    );
    const keys = new Set(a.policies.map((p) => `${p.insurer}|${p.policyNo}`));
    expect(keys.size).toBe(a.policies.length);
    const months = new Set(a.policies.map((p) => p.endDate.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(10);
    expect(a.policies.some((p) => p.kind === 'commercial')).toBe(true);
  });

  it('computes the GB 11643 and VIN check characters of known examples', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(vinCheckChar('1M8GDM9AXKP042788')).toBe('X');
    expect(vinCheckChar('11111111111111111')).toBe('1');
  });
});
