// Reads one spreadsheet row field by field through the normalisers, recording each problem
// with the row number and column header the user sees.
import { normalizeDateCell, parsePeriodText } from '../normalize/dates';
import { premiumFromCell } from '../normalize/premium';
import { textIdFromCell } from '../normalize/text-id';
import { cellText, errorName } from './cell-text';
import type { TextRef } from '../../i18n/text-ref';
import { problemText } from '../validation/result';
import { fieldLabelKey } from './field-labels';
import { maxLength } from './field-limits';
import type {
  ColumnMapping,
  ImportProblem,
  MappingTarget,
  ProblemSeverity,
  SheetCell,
} from './types';

type Column = ColumnMapping['columns'][number];

/** Fields whose absence or breakage makes the row unusable. */
const KEY_FIELDS: ReadonlySet<MappingTarget> = new Set([
  'policyNo',
  'endDate',
  'compulsory.policyNo',
  'compulsory.endDate',
  'commercial.policyNo',
  'commercial.endDate',
  'period',
  'compulsory.period',
  'commercial.period',
]);

type DateValue = { date: string; time: string | null };

export function severityFor(field: MappingTarget): ProblemSeverity {
  return KEY_FIELDS.has(field) ? 'error' : 'warning';
}

export class RowReader {
  readonly problems: ImportProblem[] = [];
  /** Fields already reported (error cell, bad value), so "missing" is not reported twice. */
  readonly reported = new Set<MappingTarget>();

  constructor(
    private readonly cells: readonly SheetCell[],
    private readonly byTarget: ReadonlyMap<MappingTarget, Column[]>,
    readonly rowNumber: number,
    private readonly date1904: boolean,
  ) {}

  has(field: MappingTarget): boolean {
    return this.byTarget.has(field);
  }

  header(field: MappingTarget): string {
    return this.byTarget.get(field)?.[0]?.header ?? '';
  }

  problem(
    field: MappingTarget | null,
    column: string,
    severity: ProblemSeverity,
    code: string,
    text: TextRef,
  ): void {
    if (field) this.reported.add(field);
    this.problems.push({ row: this.rowNumber, column, field, severity, code, text });
  }

  /** A problem of a whole field, named under the header of its first mapped column. */
  fieldProblem(field: MappingTarget, severity: ProblemSeverity, code: string, text: TextRef): void {
    this.problem(field, this.header(field), severity, code, text);
  }

  /** The first mapped cell of `field` that holds something; error cells are reported, not used. */
  cell(field: MappingTarget): { cell: SheetCell; column: Column } | null {
    for (const column of this.byTarget.get(field) ?? []) {
      const cell = this.cells[column.index];
      if (cell === undefined || cell.v === null) {
        if (cell?.f) this.formulaWithoutValue(field, column);
        continue;
      }
      const error = errorName(cell);
      if (error) {
        this.problem(
          field,
          column.header,
          severityFor(field),
          'error_cell',
          problemText('row.errorCell', { header: column.header, error }),
        );
        continue;
      }
      const shown = cellText(cell);
      if (shown === '') continue;
      if (this.tooLong(field, column, shown)) continue;
      return { cell, column };
    }
    return null;
  }

  /** Every non-empty cell of a field that several columns may feed (phones). */
  all(field: MappingTarget): Array<{ cell: SheetCell; column: Column }> {
    const out: Array<{ cell: SheetCell; column: Column }> = [];
    for (const column of this.byTarget.get(field) ?? []) {
      const cell = this.cells[column.index];
      if (!cell || errorName(cell) !== null) continue;
      const shown = cellText(cell);
      if (shown !== '' && !this.tooLong(field, column, shown)) out.push({ cell, column });
    }
    return out;
  }

  text(field: MappingTarget): string | null {
    const found = this.cell(field);
    return found ? cellText(found.cell) : null;
  }

  id(field: MappingTarget): string | null {
    const found = this.cell(field);
    if (!found) return null;
    const r = textIdFromCell(found.cell);
    if (!r.ok) {
      this.problem(field, found.column.header, severityFor(field), r.code, r.text);
      return null;
    }
    if (r.warning) {
      const w = r.warning;
      // A policy number that lost its last digits in a NUMBER cell would store the policy under
      // a wrong number: an error there (fix or skip), a warning on other identifiers.
      const severity = w.code === 'maybe_precision_lost' ? severityFor(field) : 'warning';
      this.problem(field, found.column.header, severity, w.code, w.text);
      if (severity === 'error') return null;
    }
    return r.value;
  }

  date(field: MappingTarget): { date: string; time: string | null } | null {
    const found = this.cell(field);
    if (!found) return null;
    const r = normalizeDateCell(found.cell, this.date1904);
    if (r.ok) return { date: r.date, time: r.time };
    this.unreadable(field, field, found.column.header, r);
    return null;
  }

  /**
   * Both ends from one 保险期间 cell. Its problems are reported on `endField` (the field the user
   * fixes) under the period column's header.
   */
  period(
    field: MappingTarget,
    endField: MappingTarget,
  ): { start: DateValue; end: DateValue } | null {
    const found = this.cell(field);
    if (!found) return null;
    const r = parsePeriodText(cellText(found.cell));
    if (r.ok) return { start: r.start, end: r.end };
    this.unreadable(field, endField, found.column.header, r);
    return null;
  }

  premium(field: MappingTarget): number | null {
    const found = this.cell(field);
    if (!found) return null;
    const r = premiumFromCell(found.cell);
    if (r.ok) return r.value;
    this.problem(field, found.column.header, 'warning', r.code, r.text);
    return null;
  }

  /** A cell of `field` that does not read (a date, a period), reported on `reportOn`. */
  private unreadable(
    field: MappingTarget,
    reportOn: MappingTarget,
    header: string,
    r: { code: string; text: TextRef },
  ): void {
    this.problem(
      reportOn,
      header,
      severityFor(reportOn),
      r.code,
      problemText('row.fieldProblem', { field: { key: fieldLabelKey(field) }, problem: r.text }),
    );
  }

  /** Reports a cell longer than its field may be (an error: the row is not what it claims). */
  private tooLong(field: MappingTarget, column: Column, shown: string): boolean {
    const max = maxLength(field);
    if (shown.length <= max) return false;
    this.problem(
      field,
      column.header,
      'error',
      'too_long',
      problemText('row.tooLong', {
        field: { key: fieldLabelKey(field) },
        length: shown.length,
        max,
      }),
    );
    return true;
  }

  private formulaWithoutValue(field: MappingTarget, column: Column): void {
    this.problem(
      field,
      column.header,
      'warning',
      'formula_no_value',
      problemText('row.formulaNoValue', { header: column.header }),
    );
  }
}
