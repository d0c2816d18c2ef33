// Reads for the owner's figures (issue 12): the records the kpi rules need, in one read
// transaction so the figures never mix two states, and the names and plates of the policies
// a drill-down lists (only those: the figures themselves carry no personal data).
import type { KpiRecords } from '../../../shared/domain/kpi/kpi-inputs';
import type { Id, Settings } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { customerNames } from './client-crypto';
import { can } from '../../../shared/domain/identity/abilities';
import { authorize, principalOf } from './authorize';
import { getSettings } from './settings-repository';
import type { Actor } from './write-context';

export async function readKpiRecords(db: AppDb): Promise<KpiRecords & { settings: Settings }> {
  return db.transaction('r', [db.policies, db.cases, db.staff, db.settings], async () => {
    const [policies, cases, staff, settings] = await Promise.all([
      db.policies.toArray(),
      db.cases.toArray(),
      db.staff.toArray(),
      getSettings(db),
    ]);
    return { policies, cases, staff, settings };
  });
}

export interface PolicyParty {
  clientName: string;
  plate: string | null;
}

/** The insured's name and the car's plate of each policy, for the rows a drill-down shows. */
export async function readPolicyParties(
  db: AppDb,
  policyIds: readonly Id[],
): Promise<Map<Id, PolicyParty>> {
  // Sealed customers' names are opened after the read (this runs in the figures worker, which
  // gets the window's keys with each call).
  const tables = [db.policies, db.clients, db.clientSummaries, db.vehicles];
  const read = await db.transaction('r', tables, async () => {
    const policies = (await db.policies.bulkGet([...policyIds])).filter((p) => !!p);
    const ids = policies.map((p) => p.insuredId);
    const clients = await db.clients.bulkGet(ids);
    const summaries = await db.clientSummaries.bulkGet(ids);
    const vehicles = await db.vehicles.bulkGet(policies.map((p) => p.vehicleId));
    return { policies, clients, summaries, vehicles };
  });
  const names = await customerNames(read.clients, read.summaries);
  const parties = new Map<Id, PolicyParty>();
  read.policies.forEach((p, i) => {
    parties.set(p.id, { clientName: names[i] ?? '', plate: read.vehicles[i]?.plate ?? null });
  });
  return parties;
}

/**
 * Whose figures `actor` may read: the whole team (owner, manager: null) or their own cases
 * (staff: their id). Someone who cannot sign in is refused and the refusal audited.
 */
export async function figuresScopeOf(db: AppDb, actor: Actor): Promise<{ staffId: Id } | null> {
  // Nobody by that id: authorize refuses and audits it (it never passes a missing principal).
  const who = (await principalOf(db, actor)) ?? (await authorize(db, actor, 'read', 'Figures'));
  return can(who, 'read', 'Figures') ? null : { staffId: who.id };
}

/**
 * Where the figures' records stand, cheaply (index ends and counts, staff and settings stamps):
 * two reads with the same fingerprint read the same records, so the figures worker's calls of
 * one refresh share one read of every policy and case.
 */
export async function kpiRecordsFingerprint(db: AppDb): Promise<string> {
  return db.transaction('r', [db.policies, db.cases, db.staff, db.settings], async () => {
    const ends = async (table: typeof db.policies | typeof db.cases) => {
      const last = await table.orderBy('updatedAt').last();
      const at = last?.updatedAt ?? '';
      const [count, atLast] = await Promise.all([
        table.count(),
        at ? table.where('updatedAt').equals(at).count() : 0,
      ]);
      return `${at}/${atLast}/${count}`;
    };
    const [policies, cases, staff, settings] = await Promise.all([
      ends(db.policies),
      ends(db.cases),
      db.staff.toArray(),
      db.settings.toArray(),
    ]);
    // Staff and settings are a few rows: all of them, as they are.
    return `${policies}|${cases}|${JSON.stringify(staff)}|${JSON.stringify(settings)}`;
  });
}

/** The staff and the settings: what the figures join to the groups. */
export async function readStaffAndSettings(db: AppDb) {
  return db.transaction('r', [db.staff, db.settings], async () => {
    const [staff, settings] = await Promise.all([db.staff.toArray(), getSettings(db)]);
    return { staff, settings };
  });
}
