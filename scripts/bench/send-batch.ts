// The e-mail half of bench:send: 1,000 e-mails to a local SMTP server (started here, never the
// network) through the real batch path (preview, key recorded, nodemailer, settled) on a
// fake-indexeddb desk. The batch is cut once after the 400th message reached the server and
// before it was recorded (the worst moment for a crash), then resumed from a fresh preview;
// duplicates are Message-IDs the server received more than once.
import type { AddressInfo } from 'node:net';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { SMTPServer } from 'smtp-server';
import { createMailSender } from '../../electron/main/mail/mail-sender';
import { AppDb } from '../../renderer/db/app-db';
import { seedDefaultScripts } from '../../renderer/db/repositories/script-repository';
import { previewTierBatch, runEmailBatch } from '../../renderer/services/contact/email-batch';
import { recomputePlan } from '../../renderer/services/plan/recompute-plan';
import { defaultSettings } from '../../shared/domain/reminders/default-settings';
import type { Client, Policy, Staff, Vehicle } from '../../shared/domain/types';
import type { MailResult } from '../../shared/ipc/contract';

const COUNT = 1000;
const CRASH_AFTER = 400;
const TODAY = '2026-06-05';
const NOW = '2026-06-05T02:00:00.000Z'; // 10:00 China time
const T0 = '2026-01-01T00:00:00.000Z';
const stamp = { createdAt: T0, updatedAt: T0, updatedBy: 'bench', deletedAt: null };

export interface BatchBench {
  ms: number;
  delivered: number;
  duplicates: number;
  crashedAt: number;
}

export async function seedForBench(db: AppDb, count = COUNT): Promise<void> {
  await seedDefaultScripts(db, NOW);
  await db.settings.put({ ...defaultSettings(), id: 'app' });
  const staff: Staff = {
    id: 's1',
    ...stamp,
    name: '张三',
    phone: '13900001234',
    role: 'staff',
    active: true,
    dailyCapacity: 2000,
  } as Staff;
  await db.staff.put(staff);
  const clients: Client[] = [];
  const vehicles: Vehicle[] = [];
  const policies: Policy[] = [];
  for (let i = 0; i < count; i++) {
    clients.push({
      id: `c${i}`,
      ...stamp,
      name: `客户${i}`,
      phones: [`138${String(i).padStart(8, '0')}`],
      email: `customer${i}@example.com`,
      doNotContact: false,
      smsConsent: false,
      lastVerifiedOn: '2026-01-01',
      contact: {
        consents: [
          { channel: 'email', purpose: 'marketing', at: T0, how: 'written', byStaffId: 's1' },
        ],
        optedOut: [],
        doNotContactChannels: [],
      },
    });
    vehicles.push({
      id: `v${i}`,
      ...stamp,
      plate: `浙A${String(i).padStart(5, '0')}`,
      ownerId: `c${i}`,
      ownerHistory: [],
    });
    policies.push({
      id: `p${i}`,
      ...stamp,
      insurer: '人保',
      policyNo: `P${i}`,
      kind: 'commercial',
      vehicleId: `v${i}`,
      insuredId: `c${i}`,
      startDate: '2025-06-21',
      endDate: '2026-06-20',
      premium: 3000,
      status: 'active',
    } as Policy);
  }
  await db.clients.bulkPut(clients);
  await db.vehicles.bulkPut(vehicles);
  await db.policies.bulkPut(policies);
  await recomputePlan(db, { today: TODAY, now: '2026-06-05T01:00:00.000Z', actor: 'system' });
}

export async function benchBatch(): Promise<BatchBench> {
  const ids: string[] = [];
  const server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _s, cb) => cb(null, { user: 'bench' }),
    onData(stream, _session, cb) {
      let head = '';
      stream.on('data', (c: Buffer) => {
        if (head.length < 4000) head += c.toString('utf8');
      });
      stream.on('end', () => {
        // Long header lines are folded onto the next line: unfold before reading.
        const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
        ids.push(/^Message-ID:\s*(\S+)/im.exec(unfolded)?.[1] ?? '?');
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const mail = createMailSender(
    {
      host: '127.0.0.1',
      port,
      secure: false,
      requireTls: false,
      user: 'desk@example.cn',
      fromName: null,
    },
    'code',
  );
  const db = new AppDb(`bench-send-${process.pid}`, { indexedDB, IDBKeyRange });
  await seedForBench(db);
  const send = async (m: Parameters<typeof mail.send>[0]): Promise<MailResult> => {
    const sent = await mail.send(m);
    return { ok: true, messageId: sent.messageId };
  };

  const start = performance.now();
  const first = await previewTierBatch(db, { today: TODAY, now: NOW, tier: null });
  if (first.send.length !== COUNT)
    throw new Error(`expected ${COUNT} sends, preview has ${first.send.length}`);
  let n = 0;
  try {
    await runEmailBatch(db, first.send, {
      actor: 's1',
      now: () => NOW,
      send: async (m) => {
        const answer = await send(m);
        if (++n === CRASH_AFTER)
          throw new Error('crash after the server accepted, before recording');
        return answer;
      },
    });
  } catch {
    // The crash: resume from a fresh preview, as the desk does after a restart.
  }
  const again = await previewTierBatch(db, { today: TODAY, now: NOW, tier: null });
  await runEmailBatch(db, again.send, { actor: 's1', now: () => NOW, send });
  const ms = performance.now() - start;
  mail.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  db.close();
  return {
    ms,
    delivered: ids.length,
    duplicates: ids.length - new Set(ids).size,
    crashedAt: CRASH_AFTER,
  };
}
