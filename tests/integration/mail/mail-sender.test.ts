// The e-mail path against a local SMTP server started here (never the network): the message
// arrives with its List-Unsubscribe header, the opt-out footer and a Message-ID made from the
// idempotency key; a refused recipient, a wrong authorisation code, a server that never
// answers and a closed port each come back as their named failure.
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createMailSender,
  isValidAddress,
  MailError,
  type SmtpSettings,
} from '../../../electron/main/mail/mail-sender';
import { EMAIL_OPT_OUT } from '../../../shared/domain/contact/opt-out';
import { decodeMailBody, startLocalSmtp } from '../../support/local-smtp';

const AUTH_CODE = 'abcdefghijklmnop';
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function localServer(opts: { refuse?: RegExp } = {}) {
  const server = await startLocalSmtp({ user: 'desk@example.cn', authCode: AUTH_CODE, ...opts });
  cleanups.push(() => server.close());
  return server;
}

const settings = (port: number, over: Partial<SmtpSettings> = {}): SmtpSettings => ({
  host: '127.0.0.1',
  port,
  secure: false,
  requireTls: false,
  user: 'desk@example.cn',
  fromName: '平安车险续保',
  ...over,
});

function sender(s: SmtpSettings, code = AUTH_CODE) {
  const mail = createMailSender(s, code, { timeoutMs: 800 });
  cleanups.push(() => mail.close());
  return mail;
}

const message = {
  to: 'zhang.wei@example.com',
  subject: '车险续保提醒',
  text: '张先生您好，您的爱车浙A12345的交强险将于2026年7月1日到期。',
  idempotencyKey: 'task-1:email:2026-06-05',
};

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('mail sender against a local SMTP server', () => {
  it('delivers with List-Unsubscribe, the opt-out footer and the idempotent Message-ID', async () => {
    const { port, received } = await localServer();
    const sent = await sender(settings(port)).send(message);
    expect(sent.accepted).toEqual(['zhang.wei@example.com']);
    expect(sent.messageId).toBe('<task-1.email.2026-06-05@example.cn>');
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.from).toBe('desk@example.cn');
    expect(mail.to).toEqual(['zhang.wei@example.com']);
    expect(mail.raw).toMatch(/^List-Unsubscribe: <mailto:desk@example\.cn\?subject=unsubscribe>/m);
    expect(mail.raw).toMatch(/^Message-ID: <task-1\.email\.2026-06-05@example\.cn>/m);
    // The body is quoted-printable or base64: decode what nodemailer wrote.
    const body = decodeMailBody(mail.raw);
    expect(body).toContain('浙A12345');
    expect(body).toContain(EMAIL_OPT_OUT);
  });

  it('a refused recipient is `refused`, not to retry; nothing was delivered', async () => {
    const { port, received } = await localServer({ refuse: /^nobody@/ });
    const error = await failure(
      sender(settings(port)).send({ ...message, to: 'nobody@example.com' }),
    );
    expect(error).toBeInstanceOf(MailError);
    expect(error).toMatchObject({ reason: 'refused', retry: false, code: 'mail' });
    expect(received).toHaveLength(0);
  });

  it('a wrong authorisation code is `auth`', async () => {
    const { port } = await localServer();
    const error = await failure(sender(settings(port), 'wrong').send(message));
    expect(error).toMatchObject({ reason: 'auth', retry: false });
    await expect(sender(settings(port), 'wrong').verify()).rejects.toMatchObject({
      reason: 'auth',
    });
    await expect(sender(settings(port)).verify()).resolves.toBeUndefined();
  });

  it('a server that accepts the connection and never greets is `timeout`, to retry', async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const sockets = new Set<Socket>();
    silent.on('connection', (s) => sockets.add(s));
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          for (const s of sockets) s.destroy();
          silent.close(() => resolve());
        }),
    );
    const port = (silent.address() as AddressInfo).port;
    const error = await failure(sender(settings(port)).send(message));
    expect(error).toMatchObject({ reason: 'timeout', retry: true });
  });

  it('a closed port is `connection`; a malformed address is refused before connecting', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    expect(await failure(sender(settings(port)).send(message))).toMatchObject({
      reason: 'connection',
      retry: true,
    });
    expect(
      await failure(sender(settings(port)).send({ ...message, to: 'zhang@@example' })),
    ).toMatchObject({
      reason: 'invalid_address',
    });
    expect(isValidAddress('zhang.wei@example.com')).toBe(true);
    for (const bad of ['zhang', 'zhang@example', 'a b@example.com', 'a@b..com', '<a@b.com>'])
      expect(isValidAddress(bad)).toBe(false);
  });
});

/** The text part's body, decoded from quoted-printable or base64. */
