// The SMS provider adapter against a local stub of Tencent Cloud SMS (never the network): every
// request signed as the provider checks it, the approved signature and template sent with the
// batch's idempotency key, failures named (a rate limit pauses, a blacklisted number is skipped),
// replies pulled and kept until the desk recorded them; the service stays off by default and
// sends only templates the settings list; the secret key is kept only sealed.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SecretBox } from '../../../electron/main/mail/mail-settings-store';
import { createSmsService } from '../../../electron/main/sms/sms-service';
import {
  createSmsSettingsStore,
  SMS_SETTINGS_FILE_NAME,
} from '../../../electron/main/sms/sms-settings-store';
import { createTencentSms, smsFailureOf } from '../../../electron/main/sms/tencent-sms';
import type { SmsSettingsWire } from '../../../shared/ipc/contract';
import { startTencentStub, type TencentStub } from './tencent-stub';

vi.mock('electron', () => ({ safeStorage: {} }));

const SECRET_ID = 'AKIDstub0000';
const SECRET_KEY = 'stub-secret-key';

const box = (available = true): SecretBox => ({
  available: async () => available,
  encrypt: async (plain) => Buffer.from(`sealed:${Buffer.from(plain).reverse().toString('hex')}`),
  decrypt: async (sealed) => {
    const text = Buffer.from(sealed).toString();
    return Buffer.from(text.slice(7), 'hex').reverse().toString();
  },
});

const settings = (over: Partial<SmsSettingsWire> = {}): SmsSettingsWire => ({
  enabled: true,
  provider: 'tencent',
  secretId: SECRET_ID,
  sdkAppId: '1400006666',
  signName: '某某保险代理',
  region: 'ap-guangzhou',
  templates: [{ tier: 'd30', templateId: '100001', params: ['称呼', '车牌'] }],
  ...over,
});

let stub: TencentStub | null = null;
afterEach(async () => {
  await stub?.close();
  stub = null;
});

const client = (endpoint: string, secretKey = SECRET_KEY) =>
  createTencentSms(
    {
      secretId: SECRET_ID,
      secretKey,
      sdkAppId: '1400006666',
      signName: '某某保险代理',
      region: 'ap-guangzhou',
    },
    { endpoint },
  );

describe('Tencent Cloud SMS adapter (local stub)', () => {
  it('signs each request as the provider checks it and sends the approved template', async () => {
    stub = await startTencentStub(SECRET_ID, SECRET_KEY);
    const sms = client(stub.endpoint);
    const sent = await sms.send({
      phone: '13800001234',
      templateId: '100001',
      params: ['王先生', '浙A12345'],
      idempotencyKey: 'task-1:sms:tpl-100001',
    });
    expect(sent.messageId).toBe('serial-1');
    expect(stub.badSignatures).toBe(0);
    expect(stub.sends).toEqual([
      {
        phone: '13800001234',
        templateId: '100001',
        params: ['王先生', '浙A12345'],
        signName: '某某保险代理',
        sessionContext: 'task-1:sms:tpl-100001',
      },
    ]);
  });

  it('a wrong secret key is refused by the signature check: named auth, nothing sent', async () => {
    stub = await startTencentStub(SECRET_ID, SECRET_KEY);
    await expect(
      client(stub.endpoint, 'not-the-key').send({
        phone: '13800001234',
        templateId: '100001',
        params: [],
        idempotencyKey: 'k',
      }),
    ).rejects.toMatchObject({ reason: 'auth', retry: false });
    expect(stub.badSignatures).toBe(1);
    expect(stub.sends).toHaveLength(0);
  });

  it('names the provider failures: rate limit (retry), blacklisted number, unapproved signature', async () => {
    stub = await startTencentStub(SECRET_ID, SECRET_KEY);
    const sms = client(stub.endpoint);
    const one = { templateId: '100001', params: [], idempotencyKey: 'k' };
    stub.failWith.set('13800000001', 'LimitExceeded.PhoneNumberDailyLimit');
    stub.failWith.set('13800000002', 'FailedOperation.PhoneNumberInBlacklist');
    await expect(sms.send({ ...one, phone: '13800000001' })).rejects.toMatchObject({
      reason: 'rate_limited',
      retry: true,
    });
    await expect(sms.send({ ...one, phone: '13800000002' })).rejects.toMatchObject({
      reason: 'blacklisted',
      retry: false,
    });
    stub.failWith.set('*', 'FailedOperation.SignatureIncorrectOrUnapproved');
    await expect(sms.send({ ...one, phone: '13800001234' })).rejects.toMatchObject({
      reason: 'signature',
    });
    expect(stub.sends).toHaveLength(0);
    expect(smsFailureOf('FailedOperation.TemplateIncorrectOrUnapproved')).toBe('template');
    expect(smsFailureOf('InvalidParameterValue.IncorrectPhoneNumber')).toBe('invalid_number');
    expect(smsFailureOf('FailedOperation.InsufficientBalanceInSmsPackage')).toBe('balance');
    expect(smsFailureOf('InternalError.Timeout')).toBe('deferred');
  });

  it('a provider that does not answer is a connection failure worth retrying', async () => {
    const sms = client('http://127.0.0.1:9');
    await expect(
      sms.send({ phone: '13800001234', templateId: '100001', params: [], idempotencyKey: 'k' }),
    ).rejects.toMatchObject({ reason: 'connection', retry: true });
  });

  it('pulls the replies with the customer number and time', async () => {
    stub = await startTencentStub(SECRET_ID, SECRET_KEY);
    stub.queueReply('13800001234', 'TD', new Date('2026-06-05T03:00:00Z'));
    const replies = await client(stub.endpoint).pullReplies();
    expect(replies).toEqual([
      expect.objectContaining({
        phone: '13800001234',
        content: 'TD',
        at: '2026-06-05T03:00:00.000Z',
      }),
    ]);
    expect(replies[0]!.id).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('SMS service in main', () => {
  const service = (dir: string, endpoint: string) =>
    createSmsService(createSmsSettingsStore(dir, box()), (s, key) =>
      createTencentSms({ ...s, secretKey: key }, { endpoint }),
    );

  it('is off by default: nothing is sent until switched on with a kept secret key', async () => {
    stub = await startTencentStub(SECRET_ID, SECRET_KEY);
    const dir = mkdtempSync(join(tmpdir(), 'sms-service-'));
    const sms = service(dir, stub.endpoint);
    const message = {
      phone: '13800001234',
      templateId: '100001',
      params: ['王先生', '浙A12345'],
      idempotencyKey: 'k1',
    };
    expect(await sms.get()).toMatchObject({ settings: null, ready: false });
    expect(await sms.send(message)).toMatchObject({ ok: false, reason: 'not_configured' });
    await sms.set(settings({ enabled: false }), SECRET_KEY);
    expect(await sms.send(message)).toMatchObject({ ok: false, reason: 'not_configured' });
    await sms.set(settings());
    expect(await sms.get()).toMatchObject({ ready: true, hasSecretKey: true });
    expect(readFileSync(join(dir, SMS_SETTINGS_FILE_NAME), 'utf8')).not.toContain(SECRET_KEY);
    expect(await sms.send(message)).toEqual({ ok: true, messageId: 'serial-1' });
    // A template the settings do not list never leaves the desk.
    expect(await sms.send({ ...message, templateId: '999999' })).toMatchObject({
      ok: false,
      reason: 'template',
    });
    expect(stub.sends).toHaveLength(1);
  });

  it('another secret id needs its own key; without an OS key store none is kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sms-service-'));
    const store = createSmsSettingsStore(dir, box());
    await store.write(settings(), SECRET_KEY);
    await store.write(settings({ secretId: 'AKIDother' }));
    expect(await store.read()).toMatchObject({ hasSecretKey: false });
    const locked = createSmsSettingsStore(mkdtempSync(join(tmpdir(), 'sms-')), box(false));
    await expect(locked.write(settings(), SECRET_KEY)).rejects.toMatchObject({
      code: 'secret-unavailable',
    });
  });

  it('keeps pulled replies until the desk acknowledges them, so none is lost', async () => {
    stub = await startTencentStub(SECRET_ID, SECRET_KEY);
    const dir = mkdtempSync(join(tmpdir(), 'sms-service-'));
    const sms = service(dir, stub.endpoint);
    await sms.set(settings(), SECRET_KEY);
    stub.queueReply('13800001234', 'R', new Date('2026-06-05T03:00:00Z'));
    const first = await sms.pullReplies();
    expect(first.ok && first.replies.map((r) => r.content)).toEqual(['R']);
    // The provider handed it out once; the desk crashed before recording it: still there.
    stub.queueReply('13800009999', '退订', new Date('2026-06-05T03:01:00Z'));
    const second = await sms.pullReplies();
    expect(second.ok && second.replies.map((r) => r.content)).toEqual(['R', '退订']);
    if (!second.ok) throw new Error('pull failed');
    await sms.ackReplies([second.replies[0]!.id]);
    const third = await sms.pullReplies();
    expect(third.ok && third.replies.map((r) => r.content)).toEqual(['退订']);
  });
});
