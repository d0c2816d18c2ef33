// Batch SMS through the optional provider, end to end on the real schema (fake-indexeddb) and a
// local stub of Tencent Cloud SMS (never the network): the same gate and idempotency keys as
// e-mail, a crash between the provider's acceptance and the record resumes without a second
// text, a rate limit pauses the batch with nothing marked sent, and a customer's reply TD is
// recorded as an SMS opt-out with its evidence, after which the gate refuses with opted_out.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SecretBox } from '../../../electron/main/mail/mail-settings-store';
import { createSmsService, type SmsService } from '../../../electron/main/sms/sms-service';
import { createSmsSettingsStore } from '../../../electron/main/sms/sms-settings-store';
import { createTencentSms } from '../../../electron/main/sms/tencent-sms';
import { AppDb } from '../../../renderer/db/app-db';
import { seedDefaultScripts } from '../../../renderer/db/repositories/script-repository';
import { previewTierBatch, runSendBatch } from '../../../renderer/services/contact/email-batch';
import { syncSmsReplies } from '../../../renderer/services/contact/sms-replies';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import { checkCustomer, gateSettingsOf } from '../../../shared/domain/contact/customer-gate';
import { defaultSettings } from '../../../shared/domain/reminders/default-settings';
import type { BatchSend } from '../../../shared/domain/contact/email-batch';
import type { Client } from '../../../shared/domain/types';
import type { SmsSettingsWire } from '../../../shared/ipc/contract';
import { client, policy, staff, vehicle } from '../../unit/domain/reminders/fixtures';
import { startTencentStub, type TencentStub } from '../sms/tencent-stub';

vi.mock('electron', () => ({ safeStorage: {} }));

const TODAY = '2026-06-05';
const NOW = '2026-06-05T02:00:00.000Z'; // 10:00 China time
const SECRET_ID = 'AKIDstub0000';
const SECRET_KEY = 'stub-secret-key';
const TEMPLATES = ['d30', 'd15', 'd7', 'urgent', 'lapsed'].map((tier, i) => ({
  tier,
  templateId: String(200001 + i),
  params: ['称呼', '车牌', '到期日'] as Array<'称呼' | '车牌' | '到期日'>,
}));
const smsConsent = {
  consents: [
    {
      channel: 'sms' as const,
      purpose: 'marketing' as const,
      at: '2026-05-01T02:00:00.000Z',
      how: 'verbal' as const,
      byStaffId: 's1',
    },
  ],
  optedOut: [],
  doNotContactChannels: [],
};

const box: SecretBox = {
  available: async () => true,
  encrypt: async (plain) => Buffer.from(plain).reverse(),
  decrypt: async (sealed) => Buffer.from(sealed).reverse().toString(),
};

let stub: TencentStub | null = null;
afterEach(async () => {
  await stub?.close();
  stub = null;
});

async function provider(): Promise<{ stub: TencentStub; sms: SmsService }> {
  stub = await startTencentStub(SECRET_ID, SECRET_KEY);
  const endpoint = stub.endpoint;
  const sms = createSmsService(
    createSmsSettingsStore(mkdtempSync(join(tmpdir(), 'sms-batch-')), box),
    (s, key) => createTencentSms({ ...s, secretKey: key }, { endpoint }),
  );
  const settings: SmsSettingsWire = {
    enabled: true,
    provider: 'tencent',
    secretId: SECRET_ID,
    sdkAppId: '1400006666',
    signName: '某某保险代理',
    region: 'ap-guangzhou',
    templates: TEMPLATES,
  };
  await sms.set(settings, SECRET_KEY);
  return { stub, sms };
}

let n = 0;
async function seeded(customers: Array<Partial<Client>>) {
  const db = new AppDb(`sms-batch-${process.pid}-${++n}`, { indexedDB, IDBKeyRange });
  await seedDefaultScripts(db, NOW);
  await db.staff.put({ ...staff('s1', '张三'), phone: '13900001234' });
  for (const [i, patch] of customers.entries()) {
    await db.clients.put(
      client(`c${i}`, { name: `王${i}`, phones: [`1380000100${i}`], smsConsent: false, ...patch }),
    );
    await db.vehicles.put(vehicle(`v${i}`, `c${i}`, { plate: `浙A1000${i}` }));
    await db.policies.put(policy(`p${i}`, `v${i}`, '2026-06-20', 'commercial', { premium: 3000 }));
  }
  await recomputePlan(db, { today: TODAY, now: '2026-06-05T01:00:00.000Z', actor: 'system' });
  return db;
}

const preview = (db: AppDb) =>
  previewTierBatch(db, { today: TODAY, now: NOW, tier: null, sms: { templates: TEMPLATES } });

/** The batch runner's deps for sending through the provider client, as the Today batch does. */
function providerRun(sms: Awaited<ReturnType<typeof provider>>['sms']) {
  return {
    actor: 's1',
    now: () => NOW,
    deliver: (item: BatchSend) =>
      sms.send({
        phone: item.to,
        templateId: item.templateId ?? '',
        params: item.params ?? [],
        idempotencyKey: item.key,
      }),
  };
}

describe('batch SMS through the provider (local stub)', () => {
  it('previews with the gate: no mobile, no consent, do-not-contact, opted out are skipped', async () => {
    const db = await seeded([
      { contact: smsConsent },
      { contact: smsConsent, phones: ['0571-88889999'] },
      {},
      { contact: smsConsent, doNotContact: true },
      { contact: { ...smsConsent, optedOut: ['sms'] } },
    ]);
    const p = await preview(db);
    expect(p.send.map((s) => [s.clientId, s.to, s.channel])).toEqual([
      ['c0', '13800001000', 'sms'],
    ]);
    // The template's {1} {2} {3}: salutation, plate, end date, as the agency listed them.
    expect(p.send[0]?.params).toEqual(['您', '浙A10000', '2026年6月20日']);
    expect(p.send[0]?.key).toMatch(/:sms:tpl-2000\d\d$/);
    const why = Object.fromEntries(p.skip.map((s) => [s.clientId, s.reasons]));
    expect(why).toEqual({
      c1: ['no_mobile'],
      c2: ['no_consent'],
      // Overall do-not-contact leaves no task at all (the plan removed it): not in the batch.
      c4: ['opted_out'],
    });
  });

  it('resumes after a crash between the provider and the record without a second text', async () => {
    const { stub, sms } = await provider();
    const db = await seeded(Array.from({ length: 5 }, () => ({ contact: smsConsent })));
    const first = await preview(db);
    expect(first.send).toHaveLength(5);
    let calls = 0;
    await expect(
      runSendBatch(db, first.send, {
        actor: 's1',
        now: () => NOW,
        deliver: async (item) => {
          const answer = await sms.send({
            phone: item.to,
            templateId: item.templateId ?? '',
            params: item.params ?? [],
            idempotencyKey: item.key,
          });
          if (++calls === 3) throw new Error('killed');
          return answer;
        },
      }),
    ).rejects.toThrow('killed');
    expect(stub.sends).toHaveLength(3);
    const again = await preview(db);
    expect(again.send).toHaveLength(2);
    const resumed = await runSendBatch(db, [...first.send, ...again.send], {
      actor: 's1',
      now: () => NOW,
      deliver: (item) =>
        sms.send({
          phone: item.to,
          templateId: item.templateId ?? '',
          params: item.params ?? [],
          idempotencyKey: item.key,
        }),
    });
    expect(resumed).toMatchObject({ sent: 2, failed: [], stopped: null });
    // Each customer's mobile received exactly one text, with the signature and its key.
    expect(stub.sends.map((s) => s.phone).sort()).toEqual([
      '13800001000',
      '13800001001',
      '13800001002',
      '13800001003',
      '13800001004',
    ]);
    expect(new Set(stub.sends.map((s) => s.sessionContext)).size).toBe(5);
    expect(stub.sends.every((s) => s.signName === '某某保险代理')).toBe(true);
    const sent = (await db.tasks.toArray()).flatMap((t) => t.attempts);
    expect(sent.filter((a) => a.channel === 'sms' && a.sendState === 'sent')).toHaveLength(4);
    expect(sent.filter((a) => a.sendState === 'sending')).toHaveLength(1);
  });

  it('a rate limit pauses the batch and marks nothing sent for that customer', async () => {
    const { stub, sms } = await provider();
    const db = await seeded(Array.from({ length: 3 }, () => ({ contact: smsConsent })));
    stub.failWith.set('13800001001', 'LimitExceeded.PhoneNumberThirtySecondLimit');
    const p = await preview(db);
    const run = await runSendBatch(db, p.send, providerRun(sms));
    expect(run).toMatchObject({ sent: 1, stopped: { by: 'pause', reason: 'rate_limited' } });
    const c1Tasks = (await db.tasks.toArray()).filter((t) => t.caseId.startsWith('v1'));
    expect(c1Tasks.flatMap((t) => t.attempts)).toEqual([]);
    expect((await preview(db)).send.map((s) => s.to)).toEqual(['13800001001', '13800001002']);
  });

  it('a number on the provider blacklist is skipped and recorded as an SMS opt-out', async () => {
    const { stub, sms } = await provider();
    const db = await seeded(Array.from({ length: 3 }, () => ({ contact: smsConsent })));
    stub.failWith.set('13800001001', 'FailedOperation.PhoneNumberInBlacklist');
    const p = await preview(db);
    const run = await runSendBatch(db, p.send, providerRun(sms));
    // Not a pause: the others still get their text.
    expect(run).toMatchObject({ sent: 2, stopped: null });
    expect(run.failed).toEqual([expect.objectContaining({ reason: 'blacklisted' })]);
    const c1 = await db.clients.get('c1');
    expect(c1?.contact?.optedOut).toEqual(['sms']);
    expect(c1?.contact?.optOuts).toEqual([
      expect.objectContaining({ channel: 'sms', how: 'provider_blacklist', byStaffId: 's1' }),
    ]);
    expect((await db.clients.get('c0'))?.contact?.optedOut).toEqual([]);
    const again = await preview(db);
    expect(again.send).toEqual([]);
    expect(again.skip.find((s) => s.clientId === 'c1')?.reasons).toEqual(['opted_out']);
    const audit = await db.auditEvents.toArray();
    expect(audit.some((e) => e.detail === 'optedOut:provider_blacklist')).toBe(true);
  });

  it('a reply TD records the SMS opt-out with its evidence; the gate then refuses', async () => {
    const { stub, sms } = await provider();
    const db = await seeded([{ contact: smsConsent }, { contact: smsConsent }]);
    stub.queueReply('13800001000', ' td ', new Date('2026-06-05T03:00:00Z'));
    stub.queueReply('13800001001', '好的，谢谢', new Date('2026-06-05T03:01:00Z'));
    const host = {
      pullSmsReplies: () => sms.pullReplies(),
      ackSmsReplies: ({ ids }: { ids: string[] }) => sms.ackReplies(ids),
    };
    const synced = await syncSmsReplies(db, host, 's1');
    expect(synced).toMatchObject({ ok: true, optedOut: ['c0'] });
    const c0 = await db.clients.get('c0');
    expect(c0?.contact?.optedOut).toEqual(['sms']);
    expect(c0?.contact?.optOuts).toEqual([
      expect.objectContaining({
        channel: 'sms',
        how: 'sms_reply',
        word: 'TD',
        at: '2026-06-05T03:00:00.000Z',
        byStaffId: 's1',
      }),
    ]);
    const answer = checkCustomer({
      client: c0!,
      channel: 'sms',
      purpose: 'renewal',
      at: NOW,
      settings: gateSettingsOf(defaultSettings()),
    });
    expect(answer).toMatchObject({ allowed: false, reasons: ['opted_out'], nextAllowedAt: null });
    // The other reply is no opt-out; both are forgotten by main once handled.
    expect((await db.clients.get('c1'))?.contact?.optedOut).toEqual([]);
    expect(await sms.pullReplies()).toEqual({ ok: true, replies: [] });
    const audit = await db.auditEvents.where('action').equals('update:contact').toArray();
    expect(audit.map((e) => [e.entityId, e.detail])).toEqual([['c0', 'optedOut:sms_reply']]);
    // The batch now skips the customer with the reason, and texts the other one only.
    const p = await preview(db);
    expect(p.send.map((s) => s.clientId)).toEqual(['c1']);
    expect(p.skip).toEqual([expect.objectContaining({ clientId: 'c0', reasons: ['opted_out'] })]);
  });
});
