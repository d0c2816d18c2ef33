// Plan freshness without remembering: every repository write to a table the renewal plan reads
// announces it on the change feed after its commit, covering every plan-input table it wrote
// (a DBCore recorder sees what was really written), and the plan's own writes announce nothing.
// A write function that is not in WRITES below fails the last test until it is classified.
import { describe, expect, it } from 'vitest';
import {
  onPlanInputsChanged,
  PLAN_INPUT_TABLES,
  type PlanInputTable,
} from '../../../renderer/db/change-feed';
import type { AppDb } from '../../../renderer/db/app-db';
import { bulkInsertRecords } from '../../../renderer/db/repositories/bulk-writer';
import { updateContactPrefs } from '../../../renderer/db/repositories/contact-prefs-repository';
import { recordSmsReplies } from '../../../renderer/db/repositories/sms-reply-repository';
import {
  claimSend,
  sendStep,
  settleSend,
} from '../../../renderer/db/repositories/email-batch-repository';
import {
  moveCases,
  undoReassign,
  type ReassignUndo,
} from '../../../renderer/db/repositories/case-assignment';
import { reassign } from '../../../renderer/db/repositories/case-repository';
import {
  createClient,
  createWalkIn,
  restoreClient,
  softDeleteClient,
  updateClient,
  readClient,
} from '../../../renderer/db/repositories/client-repository';
import {
  deactivateStaff,
  setupOwner,
} from '../../../renderer/db/repositories/credential-repository';
import { commitImport } from '../../../renderer/db/repositories/import-commit';
import {
  removeInactiveCustomers,
  restoreRemovedCustomers,
} from '../../../renderer/db/repositories/retention-repository';
import { undoImportBatch } from '../../../renderer/db/repositories/import-undo';
import { createPolicy, updatePolicy } from '../../../renderer/db/repositories/policy-repository';
import {
  loadSampleData,
  removeSampleData,
} from '../../../renderer/db/repositories/sample-data-repository';
import { purgeSoftDeleted } from '../../../renderer/db/repositories/purge-repository';
import {
  complaintStep,
  escalateComplaint,
  raiseDueEscalations,
  recordFeedback,
  recordSatisfaction,
} from '../../../renderer/db/repositories/feedback-repository';
import { updateSettings } from '../../../renderer/db/repositories/settings-repository';
import {
  createStaff,
  createStaffForNames,
  updateStaff,
} from '../../../renderer/db/repositories/staff-repository';
import {
  logOutcome,
  undoOutcome,
  type OutcomeUndo,
} from '../../../renderer/db/repositories/task-repository';
import { createVehicle, updateVehicle } from '../../../renderer/db/repositories/vehicle-repository';
import {
  recordMutations,
  type MutationRecorder,
} from '../../../renderer/db/testing/mutation-recorder';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import { listWorkbook } from '../../fixtures/generate-lists';
import { makePolicies } from '../../fixtures/generate-policy-data';
import { preview } from '../import/helpers';
import { freshDb, makeClient, makePolicy, makeVehicle } from './fixtures';

const TODAY = '2026-11-26';
const NOW = '2026-11-26T02:00:00.000Z';

interface World {
  db: AppDb;
  clientId: string;
  vehicleId: string;
  policyId: string;
  staffId: string;
  caseId: string;
  taskId: string;
  batchId: string | null;
}

/** A small sample agency with its plan computed: staff, customers, cases and pending tasks. */
async function world(recorder: (db: AppDb) => MutationRecorder) {
  const db = freshDb();
  const rec = recorder(db);
  await loadSampleData(db, { today: TODAY, clients: 12 });
  await recomputePlan(db, { now: NOW, today: TODAY });
  const task = (await db.tasks.toArray()).find((t) => t.status === 'pending');
  const kase = task ? await db.cases.get(task.caseId) : undefined;
  const vehicle = kase ? await db.vehicles.get(kase.vehicleId) : undefined;
  const policy = (await db.policies.toArray()).find((p) => p.vehicleId === vehicle?.id);
  const staff = (await db.staff.toArray()).find((s) => s.active);
  if (!task || !kase || !vehicle || !policy || !staff) throw new Error('sample plan incomplete');
  const w: World = {
    db,
    clientId: kase.clientId,
    vehicleId: vehicle.id,
    policyId: policy.id,
    staffId: staff.id,
    caseId: kase.id,
    taskId: task.id,
    batchId: null,
  };
  return { w, rec };
}

/** A walk-in customer with one car and its 人保 compulsory policy of 2026. */
function walkIn2026(name: string, plate: string, policyNo: string) {
  return {
    client: { name },
    vehicle: { plate },
    policy: {
      insurer: '人保',
      policyNo,
      kind: 'compulsory' as const,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    },
  };
}

interface WriteCase {
  /** The exported function's name (the classification test checks every write is here). */
  fn: string;
  prepare?: (w: World) => Promise<void>;
  write: (w: World) => Promise<unknown>;
}

/** The complaint the feedback writes work on. */
let feedbackId = '';
const complaintOn = (w: World) => ({
  kind: 'complaint' as const,
  channel: 'call' as const,
  severity: 'medium' as const,
  text: '报价不一致',
  clientId: w.clientId,
  caseId: w.caseId,
  handlerId: w.staffId,
});

/** The timestamp of the removal restoreRemovedCustomers takes back. */
let removedAt = '';

const WRITES: WriteCase[] = [
  { fn: 'createClient', write: ({ db }) => createClient(db, { name: '李四' }, 't') },
  { fn: 'updateClient', write: (w) => updateClient(w.db, w.clientId, { name: '王五' }, 't') },
  { fn: 'softDeleteClient', write: (w) => softDeleteClient(w.db, w.clientId, 't') },
  // Every customer counts as inactive on a day far ahead with no years of grace.
  {
    fn: 'removeInactiveCustomers',
    write: (w) => removeInactiveCustomers(w.db, 't', 0, '2099-01-01'),
  },
  {
    fn: 'restoreRemovedCustomers',
    prepare: async (w) => {
      removedAt = (await removeInactiveCustomers(w.db, 't', 0, '2099-01-01')).at;
    },
    write: (w) => restoreRemovedCustomers(w.db, 't', removedAt),
  },
  {
    fn: 'restoreClient',
    prepare: (w) => softDeleteClient(w.db, w.clientId, 't'),
    write: (w) => restoreClient(w.db, w.clientId, 't'),
  },
  {
    fn: 'createWalkIn',
    write: ({ db }) => createWalkIn(db, walkIn2026('赵六', '粤B12345', 'PWALKIN1'), 't'),
  },
  {
    fn: 'createVehicle',
    write: (w) => createVehicle(w.db, { ownerId: w.clientId, plate: '粤B54321' }, 't'),
  },
  {
    fn: 'updateVehicle',
    write: (w) => updateVehicle(w.db, w.vehicleId, { plate: '粤B00001' }, 't'),
  },
  {
    fn: 'createPolicy',
    write: (w) =>
      createPolicy(
        w.db,
        {
          vehicleId: w.vehicleId,
          insuredId: w.clientId,
          insurer: '平安',
          policyNo: 'PNEW0001',
          kind: 'commercial',
          startDate: '2026-01-01',
          endDate: '2026-12-31',
        },
        't',
      ),
  },
  {
    fn: 'updatePolicy',
    write: (w) => updatePolicy(w.db, w.policyId, { endDate: '2026-12-20' }, 't'),
  },
  { fn: 'createStaff', write: ({ db }) => createStaff(db, { name: '小李' }, 't') },
  { fn: 'updateStaff', write: (w) => updateStaff(w.db, w.staffId, { dailyCapacity: 5 }, 't') },
  {
    fn: 'createStaffForNames',
    write: ({ db }) =>
      db.transaction('rw', [db.staff], () => createStaffForNames(db, ['新业务员'], 't')),
  },
  // First run: the owner's staff record (a plan input) with the password hash.
  { fn: 'setupOwner', write: ({ db }) => setupOwner(db, { name: '店主', passwordHash: 'h' }) },
  {
    // The assignee of a pending task: their open cases and pending tasks go back to assignment.
    fn: 'deactivateStaff',
    write: async (w) => {
      const assignee = (await w.db.tasks.get(w.taskId))?.assigneeId;
      if (!assignee) throw new Error('the sample task has no assignee');
      return deactivateStaff(w.db, assignee, 't');
    },
  },
  { fn: 'updateSettings', write: ({ db }) => updateSettings(db, { maxAttempts: 4 }, 't') },
  {
    fn: 'logOutcome',
    write: (w) =>
      logOutcome(
        w.db,
        w.taskId,
        { outcome: 'no_answer' },
        { actor: 't', channel: 'call', now: NOW, today: TODAY },
      ),
  },
  (() => {
    // Undo needs the record of an outcome logged first (the toast keeps it in memory).
    let undo: OutcomeUndo | null = null;
    return {
      fn: 'undoOutcome',
      prepare: async (w: World) => {
        const logged = await logOutcome(
          w.db,
          w.taskId,
          { outcome: 'no_answer' },
          { actor: 't', channel: 'call', now: NOW, today: TODAY },
        );
        undo = logged.undo;
      },
      write: (w: World) => undoOutcome(w.db, undo as OutcomeUndo, 't', NOW),
    };
  })(),
  { fn: 'reassign', write: (w) => reassign(w.db, [w.caseId], w.staffId, 't', NOW) },
  {
    fn: 'moveCases',
    write: (w) =>
      moveCases(
        w.db,
        [{ caseId: w.caseId, staffId: w.staffId, reason: { key: 'tasks:assignReasons.allFull' } }],
        't',
        'rebalance',
        NOW,
      ),
  },
  (() => {
    // The undo record comes from a reassign (the toast keeps it in memory).
    let undo: ReassignUndo | null = null;
    return {
      fn: 'undoReassign',
      prepare: async (w: World) => {
        undo = (await reassign(w.db, [w.caseId], w.staffId, 't', NOW)).undo;
      },
      write: (w: World) => undoReassign(w.db, undo as ReassignUndo, 't', NOW),
    };
  })(),
  {
    fn: 'commitImport',
    write: async ({ db }) =>
      commitImport(db, await preview(db, listWorkbook(makePolicies(3)), 'a.xlsx'), {
        actor: 't',
      }),
  },
  {
    fn: 'undoImportBatch',
    prepare: async (w) => {
      const bytes = listWorkbook(makePolicies(3));
      const done = await commitImport(w.db, await preview(w.db, bytes, 'a.xlsx'), { actor: 't' });
      w.batchId = done.batchId;
    },
    write: (w) => undoImportBatch(w.db, w.batchId ?? '', 't'),
  },
  {
    fn: 'loadSampleData',
    prepare: async (w) => void (await removeSampleData(w.db, 't')),
    write: ({ db }) => loadSampleData(db, { today: TODAY, clients: 3, seed: 7 }),
  },
  { fn: 'removeSampleData', write: ({ db }) => removeSampleData(db, 't') },
  {
    fn: 'bulkInsertRecords',
    write: ({ db }) => {
      const client = makeClient({ name: '批量' });
      const vehicle = makeVehicle(client.id);
      return bulkInsertRecords(
        db,
        { clients: [client], vehicles: [vehicle], policies: [makePolicy(vehicle.id, client.id)] },
        't',
      );
    },
  },
  {
    fn: 'purgeSoftDeleted',
    prepare: async (w) => void (await removeSampleData(w.db, 't')),
    // A month and a day after the removal: the tombstones go.
    write: ({ db }) => purgeSoftDeleted(db, new Date(Date.now() + 31 * 86_400_000)),
  },
  // Feedback: escalated complaints are reminder-plan items (the tray).
  {
    fn: 'recordFeedback',
    write: (w) => recordFeedback(w.db, complaintOn(w), 't', NOW),
  },
  {
    fn: 'complaintStep',
    prepare: async (w) =>
      void (feedbackId = (await recordFeedback(w.db, complaintOn(w), 't', NOW)).id),
    write: (w) => complaintStep(w.db, feedbackId, { action: 'acknowledge' }, 't', NOW),
  },
  {
    fn: 'escalateComplaint',
    prepare: async (w) =>
      void (feedbackId = (await recordFeedback(w.db, complaintOn(w), 't', NOW)).id),
    write: (w) => escalateComplaint(w.db, feedbackId, 't', NOW),
  },
  {
    fn: 'raiseDueEscalations',
    prepare: async (w) => void (await recordFeedback(w.db, complaintOn(w), 't', NOW)),
    // Half of the 15 days has passed.
    write: ({ db }) => raiseDueEscalations(db, '2026-12-04T02:00:00.000Z'),
  },
  {
    fn: 'recordSatisfaction',
    prepare: async (w) =>
      void (feedbackId = (
        await recordFeedback(w.db, { ...complaintOn(w), kind: 'praise' }, 't', NOW)
      ).id),
    write: (w) => recordSatisfaction(w.db, feedbackId, 5, 't', NOW),
  },
  {
    fn: 'recordSmsReplies',
    write: async (w) => {
      const phone = (await readClient(w.db, w.clientId))?.client.phones[0] ?? '';
      return recordSmsReplies(w.db, [{ id: 'r1', phone, content: 'TD', at: NOW }], 't');
    },
  },
  {
    fn: 'updateContactPrefs',
    write: (w) =>
      updateContactPrefs(
        w.db,
        w.clientId,
        {
          preferredChannel: 'sms',
          preferredHours: null,
          doNotContact: true,
          legacySmsConsent: false,
          contact: { consents: [], optedOut: [], doNotContactChannels: [] },
        },
        't',
      ),
  },
  ...(() => {
    // A service e-mail the world's customer consented to, at 10:00 China time.
    const item = {
      taskId: '',
      clientId: '',
      to: 'a@example.com',
      channel: 'email' as const,
      subject: 's',
      text: 't',
      key: 'k1',
      purpose: 'service' as const,
      scriptId: 'x',
      scriptVersion: 1,
    };
    const at = '2026-06-05T02:00:00.000Z';
    const consented = async (w: World) => {
      await w.db.clients.update(w.clientId, {
        contact: {
          consents: [{ channel: 'email', purpose: 'service', at, how: 'written', byStaffId: 't' }],
          optedOut: [],
          doNotContactChannels: [],
        },
      });
      Object.assign(item, { taskId: w.taskId, clientId: w.clientId });
    };
    return [
      { fn: 'claimSend', prepare: consented, write: (w: World) => claimSend(w.db, item, 't', at) },
      {
        fn: 'settleSend',
        prepare: async (w: World) => {
          await consented(w);
          await claimSend(w.db, item, 't', at);
        },
        write: (w: World) => settleSend(w.db, w.taskId, 'k1', { ok: true }, 't', at),
      },
      {
        fn: 'sendStep',
        prepare: async (w: World) => {
          await consented(w);
          await claimSend(w.db, item, 't', at);
        },
        // The running batch's one transaction: this message settled, the next one claimed.
        write: (w: World) =>
          sendStep(
            w.db,
            { settle: { taskId: w.taskId, key: 'k1', outcome: { ok: true } }, claim: null },
            't',
            at,
            null,
          ),
      },
    ];
  })(),
];

/** Write functions that touch no plan input (or only run inside a covered write). */
const NOT_PLAN_INPUT: Record<string, string> = {
  seedDefaultScripts: 'scripts only',
  editScript: 'scripts only',
  restoreScript: 'scripts only',
  createScript: 'scripts only',
  saveImportPreset: 'import presets only',
  refreshClientSummaries: 'summaries only',
  writeImportSummaries: 'summaries only',
  writeAudit: 'audit trail only',
  recordEvent: 'audit trail only (sign-in, lock, export, reveal)',
  authorize: 'audit trail only (the refusal it records)',
  setStaffPassword: 'credentials only (it reads staff)',
  setOwnPin: 'credentials only',
  recordUpdater:
    'a factory: the updates it makes (updateClient, updatePolicy, updateStaff) are above',
  addRecord: 'a building block: the creates that use it (createClient, createPolicy) are above',
  dropExpiredUndoCopies: 'import undo copies and batches only',
  putFirstKeyring: 'keyring only (inside owner setup or storeFirstKeyring)',
  storeFirstKeyring: 'keyring only',
  replacePasswordWrap: 'keyring only (inside setStaffPassword and deactivateStaff)',
  putBackupIdentity: 'keyring and the backup recipient in settings; announces settings itself',
  storeBackupIdentity: 'keyring and the backup recipient in settings; announces settings itself',
  // From v5 (merged from main, where this test lacked it): frozen figures, not a plan input.
  writeRollups: 'kpi roll-ups only',
  stripSensitiveWraps: 'keyring only (after updateStaff, at sign-in)',
  // Issue 11: seals the personal fields only, which the plan does not read.
  encryptClearRecords: 'customers sealed as they were (no field the plan reads changes)',
  // Issue 11, v8: the summary snapshot, derived from the customers (the plan reads neither).
  storeSummaries: 'summaries and snapshot chunks only',
  deleteSummaries: 'summaries and snapshot chunks only',
  rebuildChunk: 'snapshot chunks only',
  sealClearSummaries: 'summaries and snapshot chunks only',
};

/** The plan's own writes: they must never announce (a recompute would wake itself). */
// writeCaseFacts writes facts only, inside the caller's transaction (which announces its own
// plan inputs): it is part of the writes that call it, not a write of its own.
const PLAN_OWN = new Set(['writePlanIfUnchanged', 'recomputeLocked', 'writeCaseFacts']);

function listen(db: AppDb) {
  const published = new Set<PlanInputTable>();
  let messages = 0;
  const stop = onPlanInputsChanged((change) => {
    if (change.db !== db.name) return;
    messages++;
    for (const t of change.tables) published.add(t);
  });
  return { published, messages: () => messages, stop };
}

const planInput = (tables: Set<string>) =>
  [...tables].filter((t): t is PlanInputTable =>
    (PLAN_INPUT_TABLES as readonly string[]).includes(t),
  );

describe('plan inputs on the change feed', () => {
  it.each(WRITES)('$fn announces every plan-input table it writes', async (c) => {
    const { w, rec } = await world(recordMutations);
    await c.prepare?.(w);
    rec.take();
    const feed = listen(w.db);
    await c.write(w);
    feed.stop();
    const written = planInput(rec.take());
    expect(written.length).toBeGreaterThan(0);
    expect(feed.messages()).toBeGreaterThan(0);
    expect([...feed.published].sort()).toEqual(expect.arrayContaining(written.sort()));
    w.db.close();
  });

  it('announces nothing for the plan’s own writes, and one message per transaction', async () => {
    const { w, rec } = await world(recordMutations);
    await updatePolicy(w.db, w.policyId, { endDate: '2026-12-24' }, 't');
    rec.take();
    const feed = listen(w.db);
    await recomputePlan(w.db, { now: NOW, today: TODAY });
    expect(planInput(rec.take())).toEqual(expect.arrayContaining(['cases']));
    expect(feed.messages()).toBe(0);
    // A nested write (walk-in: client + vehicle + policy) is one commit, one message.
    await createWalkIn(w.db, walkIn2026('钱七', '粤B22222', 'PONE0001'), 't');
    expect(feed.messages()).toBe(1);
    // A write that rolls back announces nothing.
    await expect(updateClient(w.db, 'no-such-client', { name: 'x' }, 't')).rejects.toThrow();
    expect(feed.messages()).toBe(1);
    feed.stop();
    w.db.close();
  });

  it('every repository write function is classified', async () => {
    const modules = import.meta.glob('../../../renderer/db/repositories/*.ts', { eager: true });
    const covered = new Set(WRITES.map((c) => c.fn));
    // A write names a table of the database (`db.tasks.put(`, `table(t).bulkDelete(`) or opens a
    // read-write transaction.
    const writes =
      /(db\.\w+|table\(\w*\))\.(put|add|bulkPut|bulkAdd|delete|bulkDelete|update|modify|clear)\(|transaction\(\s*['"]rw/;
    const unclassified: string[] = [];
    for (const [file, mod] of Object.entries(modules)) {
      for (const [name, value] of Object.entries(mod as Record<string, unknown>)) {
        if (typeof value !== 'function' || !writes.test(String(value))) continue;
        if (covered.has(name) || PLAN_OWN.has(name) || name in NOT_PLAN_INPUT) continue;
        unclassified.push(`${file.split('/').pop()}: ${name}`);
      }
    }
    expect(unclassified).toEqual([]);
  });
});
