import { describe, expect, it } from 'vitest';
import type { FieldChange, PlannedRow } from '../../../shared/domain/import';
import { describeChanges } from '../../../renderer/features/import/row-changes';

const row = (changes: FieldChange[], over: Partial<PlannedRow> = {}): PlannedRow => ({
  sheet: 'Sheet1',
  row: 2,
  status: 'updated',
  renewed: false,
  ownerChanged: false,
  policyIds: ['p1'],
  changes,
  problems: [],
  ...over,
});

describe('describeChanges', () => {
  it('lists each changed stored value with its name, before and after', () => {
    const lines = describeChanges(
      row([
        { entity: 'policy', field: 'premium', before: 3200, after: 3500 },
        { entity: 'client', field: 'phones', before: ['13800000000'], after: ['13900000000'] },
        { entity: 'vehicle', field: 'brandModel', before: null, after: '大众朗逸' },
      ]),
      '张三',
    );
    expect(lines).toEqual([
      { kind: 'field', field: 'premium', before: 3200, after: 3500 },
      { kind: 'field', field: 'phones', before: ['13800000000'], after: ['13900000000'] },
      { kind: 'field', field: 'brandModel', before: null, after: '大众朗逸' },
    ]);
  });

  it('shows an owner change as the previous owner to the insured on the row', () => {
    const lines = describeChanges(
      row(
        [
          { entity: 'client', field: '*', before: null, after: 'c2' },
          { entity: 'vehicle', field: 'ownerId', before: 'c1', after: 'c2' },
          {
            entity: 'vehicle',
            field: 'ownerHistory',
            before: [],
            after: [{ clientId: 'c1', name: '李四', from: null, to: '2026-03-01' }],
          },
        ],
        { status: 'new', ownerChanged: true },
      ),
      '张三',
    );
    expect(lines).toEqual([{ kind: 'owner', from: '李四', to: '张三' }]);
  });

  it('leaves out created records, ids and soft-delete marks, and says a change once', () => {
    const premium: FieldChange = { entity: 'policy', field: 'premium', before: 1, after: 2 };
    const lines = describeChanges(
      row([
        { entity: 'policy', field: '*', before: null, after: 'p9' },
        { entity: 'policy', field: 'insuredId', before: 'c1', after: 'c2' },
        { entity: 'vehicle', field: 'deletedAt', before: '2026-01-01', after: null },
        premium,
        premium,
      ]),
      null,
    );
    expect(lines).toEqual([{ kind: 'field', field: 'premium', before: 1, after: 2 }]);
  });
});
