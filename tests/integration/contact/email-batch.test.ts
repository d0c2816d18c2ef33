// Batch e-mail on the real schema (fake-indexeddb): the preview sends to whoever the gate allows
// and skips the rest with the reasons; a batch that crashes between sending and recording
// resumes without sending anything twice; a refused address is taken back (nothing marked
// sent), a timeout pauses the batch; cancel stops between messages.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../../renderer/db/app-db';
import { seedDefaultScripts } from '../../../renderer/db/repositories/script-repository';
import { previewTierBatch, runEmailBatch } from '../../../renderer/services/contact/email-batch';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import type { Client } from '../../../shared/domain/types';
import type { MailResult } from '../../../shared/ipc/contract';
import { client, policy, staff, vehicle } from '../../unit/domain/reminders/fixtures';

const TODAY = '2026-06-05';
const NOW = '2026-06-05T02:00:00.000Z'; // 10:00 China time
const consent = {
  consents: [
    {
      channel: 'email' as const,
      purpose: 'marketing' as const,
      at: '2026-05-01T02:00:00.000Z',
      how: 'written' as const,
      byStaffId: 's1',
    },
  ],
  optedOut: [],
  doNotContactChannels: [],
};

let n = 0;
async function seeded(customers: Array<Partial<Client>>) {
  const db = new AppDb(`email-batch-${process.pid}-${++n}`, { indexedDB, IDBKeyRange });
  await seedDefaultScripts(db, NOW);
  await db.staff.put({ ...staff('s1', '张三'), phone: '13900001234' });
  for (const [i, patch] of customers.entries()) {
    await db.clients.put(client(`c${i}`, { name: `客户${i}`, ...patch }));
    await db.vehicles.put(vehicle(`v${i}`, `c${i}`, { plate: `浙A1000${i}` }));
    await db.policies.put(policy(`p${i}`, `v${i}`, '2026-06-20', 'commercial', { premium: 3000 }));
  }
  await recomputePlan(db, { today: TODAY, now: '2026-06-05T01:00:00.000Z', actor: 'system' });
  return db;
}

const ok = (): MailResult => ({ ok: true, messageId: '<x>' });
const preview = (db: AppDb) => previewTierBatch(db, { today: TODAY, now: NOW, tier: null });

describe('batch e-mail', () => {
  it('previews who gets what and who is skipped and why', async () => {
    const db = await seeded([
      { email: 'a@example.com', contact: consent },
      { email: 'b@example.com', contact: { ...consent, optedOut: ['email'] } },
      { email: null, contact: consent },
      { email: 'c@example', contact: consent },
      { email: 'd@example.com' },
    ]);
    const p = await preview(db);
    expect(p.send.map((s) => s.to)).toEqual(['a@example.com']);
    expect(p.send[0]?.text).toContain('如不希望再收到此类邮件');
    const why = Object.fromEntries(p.skip.map((s) => [s.clientId, s.reasons]));
    expect(why).toEqual({
      c1: ['opted_out'],
      c2: ['no_email'],
      c3: ['invalid_email'],
      c4: ['no_consent'],
    });
  });

  it('a template value missing for the customer skips them and names the placeholder', async () => {
    const db = await seeded([{ email: 'a@example.com', contact: consent }]);
    await db.staff.update('s1', { phone: null });
    const p = await preview(db);
    expect(p.send).toEqual([]);
    expect(p.skip).toEqual([
      expect.objectContaining({
        clientId: 'c0',
        reasons: ['missing_values'],
        missing: ['业务员电话'],
      }),
    ]);
  });

  it('resumes after a crash between sending and recording without sending twice', async () => {
    const db = await seeded(
      Array.from({ length: 6 }, (_, i) => ({ email: `p${i}@example.com`, contact: consent })),
    );
    const delivered: string[] = [];
    const first = await preview(db);
    expect(first.send).toHaveLength(6);
    // The third message reaches the server, then the process dies before it is recorded.
    let calls = 0;
    await expect(
      runEmailBatch(db, first.send, {
        actor: 's1',
        now: () => NOW,
        send: async (m) => {
          delivered.push(m.idempotencyKey);
          if (++calls === 3) throw new Error('killed');
          return ok();
        },
      }),
    ).rejects.toThrow('killed');

    const again = await preview(db);
    // Two settled (done, off the list), one "maybe sent" kept on its task: none offered again.
    expect(again.send).toHaveLength(3);
    expect(again.skip.filter((s) => s.reasons.includes('already_sent'))).toHaveLength(1);
    const resumed = await runEmailBatch(db, again.send, {
      actor: 's1',
      now: () => NOW,
      send: async (m) => (delivered.push(m.idempotencyKey), ok()),
    });
    expect(resumed).toMatchObject({ sent: 3, failed: [], stopped: null });
    // Running the first preview again (a stale window) sends nothing either.
    const stale = await runEmailBatch(db, first.send, {
      actor: 's1',
      now: () => NOW,
      send: async (m) => (delivered.push(m.idempotencyKey), ok()),
    });
    // Each one found: settled ones are done, the "maybe sent" one carries its key.
    expect(stale).toMatchObject({ sent: 0, skipped: 6, failed: [] });
    expect(delivered).toHaveLength(6);
    expect(new Set(delivered).size).toBe(6);
    const audit = await db.auditEvents.where('action').equals('outcome:sent').count();
    expect(audit).toBe(5);
  });

  it('a refusal is taken back and skipped; a timeout pauses; cancel stops', async () => {
    const db = await seeded(
      Array.from({ length: 4 }, (_, i) => ({ email: `q${i}@example.com`, contact: consent })),
    );
    const p = await preview(db);
    const answers: MailResult[] = [
      { ok: false, reason: 'refused', retry: false, detail: '550' },
      ok(),
      { ok: false, reason: 'timeout', retry: true, detail: '' },
    ];
    const run = await runEmailBatch(db, p.send, {
      actor: 's1',
      now: () => NOW,
      send: async () => answers.shift() ?? ok(),
    });
    expect(run).toMatchObject({
      sent: 1,
      failed: [{ taskId: p.send[0]?.taskId, reason: 'refused' }],
      stopped: { by: 'pause', reason: 'timeout' },
    });
    // Refused and timed out: nothing stays marked on their tasks.
    const refusedTask = await db.tasks.get(p.send[0]!.taskId);
    expect(refusedTask?.attempts).toEqual([]);
    expect(refusedTask?.status).toBe('pending');

    const controller = new AbortController();
    controller.abort();
    const cancelled = await runEmailBatch(db, (await preview(db)).send, {
      actor: 's1',
      send: async () => ok(),
      signal: controller.signal,
    });
    expect(cancelled).toMatchObject({ sent: 0, stopped: { by: 'cancel' } });
  });
});
