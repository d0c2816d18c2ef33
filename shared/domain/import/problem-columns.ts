// Every problem names its column as the file heads it ("Bad input", issue 9). The reader knows
// the column of what it reads; the planner (missing end date, a duplicate, a stored value that
// differs) knows only the field, so the column is found here from the file's mapping. A field
// that split layouts map twice (交强险到期日期 / 商业险到期日期) names both columns; a field no
// column maps to keeps '' and the screen says "whole row".
import type { ColumnMapping, ImportProblem } from './types';

/** Header(s) mapped to `field` itself, else to its halves ('compulsory.endDate' for 'endDate'). */
function headersFor(mapping: ColumnMapping, field: string): string {
  const dot = field.indexOf('.');
  const side = dot < 0 ? null : field.slice(0, dot);
  const base = dot < 0 ? field : field.slice(dot + 1);
  // Dates may come from one 保险期间 column holding both ends.
  const names = base === 'startDate' || base === 'endDate' ? [base, 'period'] : [base];
  const fits = (target: string | null | undefined, exact: boolean): boolean => {
    if (!target) return false;
    const t = target.includes('.') ? target.split('.') : [null, target];
    if (!names.includes(t[1] as string)) return false;
    return exact ? t[0] === side : side === null || t[0] === null;
  };
  const exact = mapping.columns.filter((c) => fits(c.target, true));
  const found = exact.length > 0 ? exact : mapping.columns.filter((c) => fits(c.target, false));
  return [...new Set(found.map((c) => c.header))].join(' / ');
}

/** The problems with `column` filled in where it was '' and the field has a column. */
export function nameProblemColumns(
  problems: ImportProblem[],
  mapping: ColumnMapping,
): ImportProblem[] {
  let changed = false;
  const out = problems.map((p) => {
    // "No column is mapped to …" says itself that it has no column.
    if (p.column !== '' || p.field === null || p.text.key === 'problems:row.unmapped') return p;
    const column = headersFor(mapping, p.field);
    if (column === '') return p;
    changed = true;
    return { ...p, column };
  });
  return changed ? out : problems;
}
