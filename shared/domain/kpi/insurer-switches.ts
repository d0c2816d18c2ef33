// Where renewing customers went (issue 12: "a matrix of customers who renewed with a different
// insurer"). Each renewed policy counts once under the insurer it ended with and the insurer of
// its renewal: the later policy of the same car and kind, else the insurer the renewed outcome
// named. The agency kept the customer either way; a move tells the owner which insurer's
// offers are winning, so those quotes can be checked before the next season.
import { fromCents, groupsOf, type KpiGroup } from './kpi-group';
import type { PolicyResult } from './renewal-status';

export interface SwitchCell {
  /** The insurer of the policy that ended. */
  from: string;
  /** The insurer it was renewed with; null when the renewal named none. */
  to: string | null;
  count: number;
  /** Premium of the renewals (what the agency wrote with the new insurer). */
  premium: number;
}

export interface SwitchMatrix {
  /** Insurers policies ended with, most renewals first. */
  from: string[];
  /** Insurers renewed with, most renewals first; null (not named) last when present. */
  to: (string | null)[];
  cells: SwitchCell[];
  /** Renewals with an insurer other than the one that ended. */
  switched: number;
  /** Renewals whose new insurer is known (the matrix's total less the unnamed). */
  known: number;
}

const SEP = '\u0000';

export function insurerSwitches(results: readonly PolicyResult[]): SwitchMatrix {
  return insurerSwitchesOf(groupsOf(results));
}

export function insurerSwitchesOf(groups: readonly KpiGroup[]): SwitchMatrix {
  const cells = new Map<string, SwitchCell>();
  const fromTotals = new Map<string, number>();
  const toTotals = new Map<string | null, number>();
  let switched = 0;
  let known = 0;
  for (const g of groups) {
    if (g.status !== 'renewed') continue;
    const from = g.insurer;
    const to = g.renewedInsurer;
    const key = `${from}${SEP}${to ?? SEP}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { from, to, count: 0, premium: 0 }));
    cell.count += g.count;
    // Cents while adding, money when done (below).
    cell.premium += g.premiumRenewed;
    fromTotals.set(from, (fromTotals.get(from) ?? 0) + g.count);
    toTotals.set(to, (toTotals.get(to) ?? 0) + g.count);
    if (to !== null) {
      known += g.count;
      if (to !== from) switched += g.count;
    }
  }
  for (const cell of cells.values()) cell.premium = fromCents(cell.premium);
  const byTotal = <K extends string | null>(totals: Map<K, number>): K[] =>
    [...totals]
      .sort(
        ([a, x], [b, y]) =>
          (a === null ? 1 : 0) - (b === null ? 1 : 0) ||
          y - x ||
          String(a).localeCompare(String(b), 'zh-CN'),
      )
      .map(([name]) => name);
  const from = byTotal(fromTotals);
  const to = byTotal(toTotals);
  // In the matrix's order (rows, then columns), whatever order the groups came in.
  const cellOrder = (c: SwitchCell) => from.indexOf(c.from) * (to.length + 1) + to.indexOf(c.to);
  return {
    from,
    to,
    cells: [...cells.values()].sort((a, b) => cellOrder(a) - cellOrder(b)),
    switched,
    known,
  };
}
