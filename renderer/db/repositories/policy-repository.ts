// Policies: natural key insurer + policyNo is unique (soft-deleted ones keep their key, so a
// deleted policy must be restored rather than entered again).
import type { Id, Policy } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { refreshClientSummaries } from './client-summaries';
import { parseInput, policyInputSchema, type PolicyInput } from './schemas';
import { recordWriteTables } from './tables';
import {
  RepositoryError,
  auditEvent,
  notFound,
  nowIso,
  stampNew,
  writeAudit,
  type Actor,
} from './write-context';

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
    const deleted = existing.deletedAt ? '（该保单已被删除，可在回收站中恢复）' : '';
    throw new RepositoryError(
      'duplicate-policy',
      `保单号 ${policyNo}（${insurer}）已存在${deleted}，同一保险公司的保单号不能重复。请检查保单号。`,
      `Policy ${policyNo} of ${insurer} already exists; check the policy number.`,
      'policyNo',
    );
  }
}

/** The clients whose summary shows this policy: the insured and the vehicle's owner. */
async function affectedClients(db: AppDb, policy: Policy): Promise<Id[]> {
  const vehicle = await db.vehicles.get(policy.vehicleId);
  return vehicle ? [policy.insuredId, vehicle.ownerId] : [policy.insuredId];
}

export async function createPolicy(db: AppDb, input: NewPolicy, actor: Actor): Promise<Policy> {
  const data = parseInput(policyInputSchema, input, '保单');
  return db.transaction('rw', recordWriteTables(db), async () => {
    if (!(await db.vehicles.get(input.vehicleId)))
      throw notFound('车辆', 'Vehicle', input.vehicleId);
    await assertKeyFree(db, data.insurer, data.policyNo);
    const policy: Policy = stampNew(
      { ...data, vehicleId: input.vehicleId, insuredId: input.insuredId },
      actor,
    );
    await db.policies.add(policy);
    await writeAudit(db, auditEvent(actor, 'create', 'policy', policy.id, policy.policyNo));
    publishPlanInputsChanged(db, ['policies']);
    await refreshClientSummaries(db, await affectedClients(db, policy));
    return policy;
  });
}

export async function updatePolicy(
  db: AppDb,
  id: Id,
  patch: Partial<NewPolicy>,
  actor: Actor,
): Promise<Policy> {
  return db.transaction('rw', recordWriteTables(db), async () => {
    const before = await db.policies.get(id);
    if (!before) throw notFound('保单', 'Policy', id);
    const data = parseInput(policyInputSchema, { ...before, ...patch }, '保单');
    await assertKeyFree(db, data.insurer, data.policyNo, id);
    const after: Policy = {
      ...before,
      ...data,
      vehicleId: patch.vehicleId ?? before.vehicleId,
      insuredId: patch.insuredId ?? before.insuredId,
      updatedAt: nowIso(),
      updatedBy: actor,
    };
    await db.policies.put(after);
    await writeAudit(db, auditEvent(actor, 'update', 'policy', id, after.policyNo));
    publishPlanInputsChanged(db, ['policies']);
    const ids = [...(await affectedClients(db, before)), ...(await affectedClients(db, after))];
    await refreshClientSummaries(db, ids);
    return after;
  });
}
