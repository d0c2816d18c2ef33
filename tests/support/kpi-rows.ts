// The month figures the KPI tests expect, written as a table: one line a row, the columns in
// the report's order, so the domain test and the CLI test state each row once, not as an
// eleven-line object.
import type { KpiKind, MonthRow } from '../../shared/domain/kpi/kpi-report';

type MonthCells = [
  month: string,
  kind: KpiKind,
  due: number,
  renewed: number,
  lost: number,
  lapsed: number,
  pending: number,
  rate: number | null,
  premiumDue: number,
  premiumRenewed: number,
  closed: boolean,
];

// The names of the cells above, in their order.
const COLUMNS = 'month kind due renewed lost lapsed pending rate premiumDue premiumRenewed closed';

/** Every field of each row, from its cells. */
export function monthRows(...table: MonthCells[]): MonthRow[] {
  const names = COLUMNS.split(' ');
  return table.map(
    (cells) => Object.fromEntries(names.map((name, i) => [name, cells[i]])) as unknown as MonthRow,
  );
}
