import { describe, expect, it } from 'vitest';
import { nameProblemColumns } from '../../../shared/domain/import/problem-columns';
import type { ColumnMapping, ImportProblem } from '../../../shared/domain/import/types';
import { problemText } from '../../../shared/domain/validation/result';

const mapping = (pairs: Array<[string, string | null]>): ColumnMapping => ({
  headerRowIndex: 0,
  columns: pairs.map(([header, target], index) => ({
    index,
    header,
    target: target as ColumnMapping['columns'][number]['target'],
  })),
});

const p = (field: string | null, column = ''): ImportProblem => ({
  row: 3,
  column,
  field: field as ImportProblem['field'],
  severity: 'error',
  code: 'x',
  text: problemText('plan.missingEndDate'),
});

describe('nameProblemColumns', () => {
  const split = mapping([
    ['车牌号', 'plate'],
    ['交强险到期日期', 'compulsory.endDate'],
    ['商业险到期日期', 'commercial.endDate'],
    ['保险期间', null],
  ]);

  it('names the column of a field, both halves of a split field, and one half exactly', () => {
    const named = nameProblemColumns([p('plate'), p('endDate'), p('commercial.endDate')], split);
    expect(named.map((x) => x.column)).toEqual([
      '车牌号',
      '交强险到期日期 / 商业险到期日期',
      '商业险到期日期',
    ]);
  });

  it('a period column answers for both dates', () => {
    const named = nameProblemColumns([p('startDate')], mapping([['保险期间', 'period']]));
    expect(named[0]!.column).toBe('保险期间');
  });

  it('keeps a column already named, a whole-row problem, a field without a column, and "unmapped"', () => {
    const unmapped = { ...p('endDate'), text: problemText('row.unmapped', { field: 'x' }) };
    const input = [p('plate', '车牌'), p(null), p('idNumber'), unmapped];
    expect(nameProblemColumns(input, split)).toEqual(input);
  });
});
