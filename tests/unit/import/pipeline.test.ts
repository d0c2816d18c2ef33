import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../renderer/services/import/pipeline';
import { makePolicies } from '../../fixtures/generate-policy-data';
import { listWorkbook, splitLayoutWorkbook } from '../../fixtures/generate-lists';
import type { ImportPreset } from '../../../shared/domain/types';

const policies = makePolicies(4);

describe('parseImportFile', () => {
  it('finds the header under title rows, drops the 合计 footer, normalises serial and text dates', async () => {
    const out = await parseImportFile(listWorkbook(policies, { mixTextDates: true }), 'list.xlsx');
    if (!out.ok) throw new Error(out.error.message);
    expect(out).toMatchObject({
      sheet: '续保清单',
      headerRow: 4,
      insurer: '人保',
      insurerSource: 'title',
    });
    expect(out.sheets.map((s) => s.name)).toEqual(['续保清单', '说明']);
    expect(out.rows).toHaveLength(8);
    const recs = out.rows.flatMap((r) => r.records);
    expect(recs.map((r) => r.endDate)).toEqual(policies.map((p) => p.endDate));
    expect(recs.map((r) => r.policyNo)).toEqual(policies.map((p) => p.policyNo));
    expect(recs[1]).toMatchObject({
      kind: 'commercial',
      premium: policies[1]!.premium,
      phones: [policies[1]!.phone],
    });
  });

  it('a split 交强险止期 / 商业险止期 row yields two policies', async () => {
    const out = await parseImportFile(splitLayoutWorkbook(policies), 'split.xlsx');
    if (!out.ok) throw new Error(out.error.message);
    expect(out.rows).toHaveLength(4);
    const [compulsory, commercial] = out.rows[0]!.records;
    expect(compulsory).toMatchObject({
      kind: 'compulsory',
      policyNo: policies[0]!.policyNo,
      endDate: policies[0]!.endDate,
    });
    expect(commercial).toMatchObject({ kind: 'commercial', policyNo: policies[1]!.policyNo });
  });

  it('applies a saved preset by header signature and remembers its insurer', async () => {
    const first = await parseImportFile(splitLayoutWorkbook(policies), 'split.xlsx');
    if (!first.ok) throw new Error(first.error.message);
    const preset: ImportPreset = {
      id: 'p1',
      signature: first.signature,
      name: 'x',
      mapping: { 联系电话: null },
      insurer: '平安',
      createdAt: '',
      updatedAt: '',
    };
    const out = await parseImportFile(splitLayoutWorkbook(policies), 'split.xlsx', {
      presets: [preset],
    });
    if (!out.ok) throw new Error(out.error.message);
    expect(out.presetId).toBe('p1');
    expect(out.mapping.columns.find((c) => c.header === '联系电话')!.target).toBeNull();
  });

  it('returns a named error instead of throwing', async () => {
    const out = await parseImportFile(
      new TextEncoder().encode('just some words\nnothing tabular'),
      'notes.txt',
    );
    expect(out).toMatchObject({ ok: false, error: { code: 'no_header' } });
  });
});
