// Frozen months (issue 12 point 1: "closed months frozen in monthly roll-ups"). A month is
// frozen once its last day is more than RENEWAL_GRACE_DAYS behind today: no policy in it can be
// pending any more, so its figures change only when a write touches its policies or cases.
// The figures worker keeps one roll-up row per frozen month (its policies as groups, names
// left out: they are joined when shown) and a `meta` row saying up to which month and which
// data stamp the rows were built.
import { diffDays, plusDays, plusMonths } from '../reminders/dates';
import type { IsoDate, IsoDateTime } from '../types';
import type { KpiGroup } from './kpi-group';
import { RENEWAL_GRACE_DAYS } from './renewal-status';

export const ROLLUP_META = 'meta';

export interface KpiRollup {
  /** YYYY-MM, or ROLLUP_META. */
  month: string;
  /** The month's policies as groups (`staff` null: names are joined when shown). */
  groups: KpiGroup[];
  /** Meta only: the last frozen month built. */
  through?: string;
  /** Meta only: the newest updatedAt of policies and cases the rows were built from. */
  stamp?: IsoDateTime;
  /** Meta only: how many policies and cases carried exactly that stamp, and in all. */
  atStamp?: number;
  rows?: number;
}

/** The first day of a YYYY-MM month. */
export const monthStart = (month: string): IsoDate => `${month}-01`;

/** The last day of a YYYY-MM month. */
export const monthEnd = (month: string): IsoDate => plusDays(plusMonths(monthStart(month), 1), -1);

/** The next YYYY-MM month. */
export const nextMonth = (month: string): string => plusMonths(monthStart(month), 1).slice(0, 7);

/** The last frozen month on `today`: its last day is more than the grace days behind. */
export function frozenThrough(today: IsoDate): string {
  let month = today.slice(0, 7);
  while (diffDays(monthEnd(month), today) <= RENEWAL_GRACE_DAYS) {
    month = plusMonths(monthStart(month), -1).slice(0, 7);
  }
  return month;
}
