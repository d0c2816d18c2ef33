// Policies: natural key insurer + policyNo is unique (soft-deleted ones keep their key, so a
// deleted policy must be restored rather than entered again).
import type { Id, Policy } from '../../../shared/domain/types';
import { textRef } from '../../../shared/i18n';
import type { AppDb } from '../app-db';
import { refreshClientSummaries } from './client-summaries';
import { parseInput, policyInputSchema, type PolicyInput } from './schemas';
import { recordWriteTables } from './tables';
import { addRecord, recordStore, recordUpdater } from './update-record';
import { RepositoryError, notFound, stampNew, type Actor } from './write-context';

export interface NewPolicy extends PolicyInput {
  vehicleId: Id;
  insuredId: Id;
}

export async function findPolicyByNaturalKey(
  db: AppDb,
  insurer: string,
  policyNo: string,
): Promise<Policy | undefined> {
  return db.policies
    .where('[insurer+policyNo]')
    .equals([insurer.trim(), policyNo.trim().toUpperCase()])
    .first();
}

async function assertKeyFree(db: AppDb, insurer: string, policyNo: string, ownId?: Id) {
  const existing = await findPolicyByNaturalKey(db, insurer, policyNo);
  if (existing && existing.id !== ownId) {
    const key = existing.deletedAt ? 'duplicateDeletedPolicy' : 'duplicatePolicy';
    throw new RepositoryError(
      'duplicate-policy',
      textRef(`errors:repository.${key}`, { policyNo, insurer }),
      'policyNo',
    );
  }
}

/** The clients whose summary shows this policy: the insured and the vehicle's owner. */
async function affectedClients(db: AppDb, policy: Policy): Promise<Id[]> {
  const vehicle = await db.vehicles.get(policy.vehicleId);
  return vehicle ? [policy.insuredId, vehicle.ownerId] : [policy.insuredId];
}

const policies = recordStore<Policy>('policy', (db) => db.policies, 'policies');

export async function createPolicy(db: AppDb, input: NewPolicy, actor: Actor): Promise<Policy> {
  const data = parseInput(policyInputSchema, input, 'policy');
  return db.transaction('rw', recordWriteTables(db), async () => {
    if (!(await db.vehicles.get(input.vehicleId))) throw notFound('vehicle', input.vehicleId);
    await assertKeyFree(db, data.insurer, data.policyNo);
    const policy: Policy = stampNew(
      { ...data, vehicleId: input.vehicleId, insuredId: input.insuredId },
      actor,
    );
    await addRecord(db, policies, policy, policy.policyNo, actor);
    await refreshClientSummaries(db, await affectedClients(db, policy));
    return policy;
  });
}

export const updatePolicy = recordUpdater<Policy, Partial<NewPolicy>, typeof policyInputSchema>({
  ...policies,
  schema: policyInputSchema,
  check: (db, data, id) => assertKeyFree(db, data.insurer, data.policyNo, id),
  keep: (before, patch) => ({
    vehicleId: patch.vehicleId ?? before.vehicleId,
    insuredId: patch.insuredId ?? before.insuredId,
  }),
  detail: (after) => after.policyNo ?? after.id,
  affected: async (db, before, after) => [
    ...(await affectedClients(db, before)),
    ...(await affectedClients(db, after)),
  ],
});
