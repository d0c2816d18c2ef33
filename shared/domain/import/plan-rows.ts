// The whole decision of an import, computed in memory from one bulk load: which rows are
// skipped, which records are new / changed / unchanged, what is renewed, which cars changed
// owner. previewImport shows it; commitImport recomputes it inside its transaction and writes.
// Pure: the stored records come in (the repositories load them), and so do the ids.
import { emptyImportCounts, type Id, type Policy } from '../types';
import { problemText } from '../validation/result';
import type { TextRef } from '../../i18n';
import {
  MergeState,
  mergeClient,
  mergePolicy,
  mergeVehicle,
  policyKey,
  type ImportedRecord,
} from './merge-records';
import type { ImportPlan, OwnerChangeInfo, PlannedRow, StoredWorld } from './plan-types';
import { fieldLabelKey } from './field-labels';
import { peopleProblems } from './people-checks';
import { applyRenewals } from './renewals';
import type {
  CanonicalField,
  CanonicalRecord,
  ImportProblem,
  MappingTarget,
  NormalizedRow,
} from './types';

export interface PlanOptions {
  actor: string;
  at: string;
  batchId: Id;
  /** Makes the id of each record the import creates. */
  newId: () => Id;
  skipRows?: Iterable<number>;
  /** Called every few thousand rows with the number of rows planned so far. */
  onRows?: (done: number) => void;
}

const PROGRESS_EVERY = 5000;

/** A car the record names: its VIN, or a real plate. */
function hasVehicle(rec: CanonicalRecord): boolean {
  return Boolean(rec.vin || (rec.plate && !rec.plateMissing));
}

/**
 * A problem the planner finds, about `field` (null: the whole row). The planner does not know
 * the file's columns; the session names the column from the mapping (nameProblemColumns).
 */
function problem(
  row: NormalizedRow,
  code: string,
  text: TextRef,
  severity: 'error' | 'warning' = 'error',
  field: MappingTarget | null = null,
): ImportProblem {
  return { row: row.row, column: '', field, severity, code, text };
}

/** Why a record cannot be stored (and the field at fault), or null when it can. */
function missing(rec: CanonicalRecord): { field: CanonicalField; text: TextRef } | null {
  // Without a number a policy is known by car, kind and end date (a dealer's list, issue 9 §3);
  // its insurer may be unknown until an insurer's list brings the number.
  if (!rec.policyNo && !(hasVehicle(rec) && rec.kind))
    return { field: 'policyNo', text: problemText('plan.missingPolicyNo') };
  if (!rec.endDate) return { field: 'endDate', text: problemText('plan.missingEndDate') };
  if (!rec.insured && !rec.holder)
    return { field: 'insured', text: problemText('plan.missingInsured') };
  // Last: a row missing only its insurer waits for the file's answer (see fileProblems).
  if (rec.policyNo && !rec.insurer)
    return { field: 'insurer', text: problemText('plan.missingInsurer') };
  return null;
}

/**
 * The planner's reasons a row cannot be stored, minus those the reader already gave for the
 * same field (an impossible end date says "日期不存在" once, not also "缺少保险止期").
 */
function missingReasons(row: NormalizedRow): Array<{ field: CanonicalField; text: TextRef }> {
  const named = new Set(
    row.problems
      .filter((p) => p.severity === 'error' && p.field)
      .map((p) => (p.field as string).split('.').pop()),
  );
  return row.records
    .map(missing)
    .filter(
      (m): m is { field: CanonicalField; text: TextRef } => m !== null && !named.has(m.field),
    );
}

/** `world`: the stored records the rows could touch (see loadStored), changed in place. */
export function planRows(
  world: StoredWorld,
  input: NormalizedRow[],
  opts: PlanOptions,
): ImportPlan {
  const skip = new Set(opts.skipRows ?? []);
  const s = new MergeState(world, opts.at, opts.actor, opts.newId);
  const counts = emptyImportCounts(input.length);
  const conflicts: ImportProblem[] = [];
  const ownerChanges: OwnerChangeInfo[] = [];
  const touchedClientIds = new Set<Id>();
  const batchPolicyIds = new Set<Id>();

  // Latest end date stored per vehicle: an older list must not move a car back to its old owner.
  const latestEnd = new Map<Id, string>();
  for (const p of world.policies.values()) {
    if ((latestEnd.get(p.vehicleId) ?? '') < p.endDate) latestEnd.set(p.vehicleId, p.endDate);
  }

  const staffNames = new Set<string>();
  let waitingForInsurer = 0;
  const rows: PlannedRow[] = input.map((row, index) => {
    if (opts.onRows && index > 0 && index % PROGRESS_EVERY === 0) opts.onRows(index);
    const planned: PlannedRow = {
      sheet: row.sheet,
      row: row.row,
      status: 'unchanged',
      renewed: false,
      ownerChanged: false,
      policyIds: [],
      changes: [],
      problems: [...row.problems],
    };
    const fatal = row.problems.some((p) => p.severity === 'error');
    const unstorable = row.records.some((r) => missing(r) !== null);
    // The file's insurer is a question about the file, asked once (issue 9 §6): a row that
    // lacks only that waits for the answer without a problem of its own.
    const reasons = missingReasons(row).filter((m) => m.field !== 'insurer');
    const waiting =
      !fatal &&
      !skip.has(row.row) &&
      reasons.length === 0 &&
      row.records.some((r) => r.policyNo && !r.insurer);
    if (waiting) waitingForInsurer++;
    if (skip.has(row.row) || fatal || unstorable || row.records.length === 0) {
      for (const m of reasons)
        planned.problems.push(problem(row, 'missing_required', m.text, 'error', m.field));
      if (row.records.length === 0 && !fatal)
        planned.problems.push(problem(row, 'no_policy', problemText('plan.noPolicy'), 'warning'));
      planned.status = 'skipped';
      counts.skipped++;
      return planned;
    }
    // Same ID under another name: the row waits for the user (error); a shared phone warns.
    const people = row.records[0] ? peopleProblems(s, row, row.records[0]) : [];
    planned.problems.push(...people);
    conflicts.push(...people);
    if (people.some((p) => p.severity === 'error')) {
      planned.status = 'skipped';
      counts.skipped++;
      return planned;
    }
    let created = false;
    for (const raw of row.records as ImportedRecord[]) {
      if (raw.staff?.trim()) staffNames.add(raw.staff.trim());
      const storedId =
        raw.insurer && raw.policyNo
          ? s.byPolicyKey.get(policyKey(raw.insurer, raw.policyNo))
          : undefined;
      // A policy stored without a number is found by its car, kind and end date.
      const knownCar = storedId || !raw.kind ? undefined : s.findVehicleId(raw);
      const stored = storedId
        ? world.policies.get(storedId)
        : knownCar && raw.kind
          ? s.findPolicy(raw, raw.kind, knownCar)
          : undefined;
      const kind = raw.kind ?? stored?.kind ?? 'commercial';
      if (!raw.kind && !stored)
        planned.problems.push(
          problem(row, 'kind_assumed', problemText('plan.kindAssumed'), 'warning', 'kind'),
        );

      const client = mergeClient(s, raw, stored?.insuredId ?? null);
      const ownerWins = (vehicleId: Id): boolean => raw.endDate >= (latestEnd.get(vehicleId) ?? '');
      const vehicle = mergeVehicle(s, raw, client.id, stored?.vehicleId ?? null, ownerWins);
      if ((latestEnd.get(vehicle.id) ?? '') < raw.endDate) latestEnd.set(vehicle.id, raw.endDate);
      if (stored && stored.vehicleId !== vehicle.id) {
        const text = problemText('plan.conflictVehicle', {
          policyNo: raw.policyNo ?? '-',
          vin: raw.vin ?? '-',
          plate: raw.plate ?? '-',
        });
        const c = problem(row, 'conflict_vehicle', text, 'warning', raw.vin ? 'vin' : 'plate');
        planned.problems.push(c);
        conflicts.push(c);
      }
      const policy = mergePolicy(s, raw, kind, vehicle.id, client.id, opts.batchId);
      batchPolicyIds.add(policy.id);
      planned.policyIds.push(policy.id);
      planned.changes.push(...client.changes, ...vehicle.changes, ...policy.changes);
      for (const ch of policy.changes) {
        if (
          !policy.created &&
          (ch.field === 'endDate' || ch.field === 'startDate' || ch.field === 'insuredId')
        ) {
          // Said in the user's words: the field's label, and the customers' names rather than
          // their internal ids (the message showed "insuredId <uuid> → <uuid>").
          const field = ch.field === 'insuredId' ? 'insured' : ch.field;
          const shown = (v: unknown): string =>
            ch.field === 'insuredId' ? (world.clients.get(v as Id)?.name ?? '-') : String(v);
          const c = problem(
            row,
            'conflict_stored',
            problemText('plan.conflictStored', {
              field: { key: fieldLabelKey(field) },
              before: shown(ch.before),
              after: shown(ch.after),
            }),
            'warning',
            field,
          );
          planned.problems.push(c);
          conflicts.push(c);
        }
      }
      touchedClientIds.add(client.id);
      if (vehicle.ownerChangedFrom) {
        touchedClientIds.add(vehicle.ownerChangedFrom.id);
        const v = world.vehicles.get(vehicle.id);
        ownerChanges.push({
          vin: v?.vin ?? null,
          plate: v?.plate ?? null,
          from: vehicle.ownerChangedFrom.name,
          to: raw.insured ?? raw.holder ?? '',
          vehicleId: vehicle.id,
        });
        planned.ownerChanged = true;
        counts.ownerChanged++;
      }
      created ||= policy.created;
      if (policy.created) counts.new++;
      else if (client.changes.length + vehicle.changes.length + policy.changes.length > 0)
        counts.updated++;
      else counts.unchanged++;
    }
    planned.status = created ? 'new' : planned.changes.length > 0 ? 'updated' : 'unchanged';
    return planned;
  });

  const renewals = applyRenewals(s, batchPolicyIds);
  counts.renewed = renewals.length;
  const rowByPolicy = new Map<Id, PlannedRow>();
  for (const r of rows) for (const id of r.policyIds) rowByPolicy.set(id, r);
  for (const r of renewals) {
    const planned = rowByPolicy.get(r.newPolicyId);
    if (planned) planned.renewed = true;
    const old = world.policies.get(r.previousPolicyId) as Policy;
    touchedClientIds.add(old.insuredId);
  }

  const written = <T>(map: Map<Id, T>): Map<Id, T> =>
    new Map([...s.before.keys()].filter((id) => map.has(id)).map((id) => [id, map.get(id) as T]));
  const fileProblems: ImportProblem[] =
    waitingForInsurer > 0
      ? [
          {
            row: 0,
            column: '',
            field: 'insurer',
            severity: 'error',
            code: 'missing_insurer',
            text: problemText('plan.fileMissingInsurer', { rows: waitingForInsurer }),
          },
        ]
      : [];
  return {
    counts,
    rows,
    conflicts,
    fileProblems,
    renewals,
    ownerChanges,
    clients: written(world.clients),
    vehicles: written(world.vehicles),
    policies: written(world.policies),
    before: s.before,
    touchedClientIds,
    world,
    staffNames,
  };
}
