// E-mail from the main process over the agency's own SMTP server (QQ, 163, 企业邮 with an
// authorisation code): issue 13 §5. Every message carries a List-Unsubscribe header and the
// opt-out footer; a failure is named (refused, timeout, auth, connection, deferred, invalid
// address) so the screen says what to do and nothing is marked sent. The authorisation code is
// passed in by whoever read it from safeStorage; it is never logged or kept here.
import nodemailer from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { isValidEmail } from '../../../shared/domain/contact/email-address';
import { withOptOut } from '../../../shared/domain/contact/opt-out';
import { textRef, TextError } from '../../../shared/i18n';

export interface SmtpSettings {
  host: string;
  port: number;
  /** Implicit TLS (port 465). Otherwise STARTTLS is required when `requireTls`. */
  secure: boolean;
  /** Refuse to send the authorisation code over a connection without TLS. */
  requireTls: boolean;
  user: string;
  /** The sender's display name ("XX保险代理"); the address is the user. */
  fromName: string | null;
}

export interface MailMessage {
  to: string;
  subject: string;
  /** The filled template; the opt-out footer is added here once. */
  text: string;
  /**
   * Makes the Message-ID, so a resend of the same message (a batch resumed after a crash) is
   * recognisable as the same message by the server and the recipient's client.
   */
  idempotencyKey: string;
}

export interface MailSent {
  messageId: string;
  accepted: string[];
}

export type MailFailure =
  'refused' | 'deferred' | 'timeout' | 'auth' | 'connection' | 'tls' | 'invalid_address';

export class MailError extends TextError<'mail'> {
  readonly reason: MailFailure;
  /** Worth trying again later (a timeout, a server busy for now); a refusal or bad address is not. */
  readonly retry: boolean;
  constructor(reason: MailFailure, detail = '') {
    super('mail', textRef(`contact:mail.${reason}`, { detail }));
    this.name = 'MailError';
    this.reason = reason;
    this.retry = reason === 'timeout' || reason === 'deferred' || reason === 'connection';
  }
}

export { isValidEmail as isValidAddress };

interface SmtpErrorLike {
  code?: string;
  responseCode?: number;
  command?: string;
  response?: string;
}

/** nodemailer's error → what the person at the desk is told. */
export function mailFailureOf(error: unknown): MailFailure {
  const e = (error ?? {}) as SmtpErrorLike;
  if (e.code === 'EAUTH' || e.responseCode === 535 || e.responseCode === 534) return 'auth';
  if (e.code === 'ETIMEDOUT' || e.code === 'ETIMEOUT') return 'timeout';
  if (e.code === 'ETLS' || e.code === 'ENOTLS') return 'tls';
  if (e.responseCode !== undefined && e.responseCode >= 500) return 'refused';
  if (e.responseCode !== undefined && e.responseCode >= 400) return 'deferred';
  if (e.code === 'EENVELOPE') return 'refused';
  return 'connection';
}

export interface MailSenderOptions {
  /** Connection, greeting and socket timeouts (ms). */
  timeoutMs?: number;
  /** Tests talk to a local server with a self-signed certificate. */
  allowSelfSigned?: boolean;
  /** Where replies to "unsubscribe" go; the user's address unless given. */
  unsubscribeTo?: string;
}

export interface MailSender {
  send(message: MailMessage): Promise<MailSent>;
  /** Connects and authenticates only: the Settings card's "test the connection". */
  verify(): Promise<void>;
  close(): void;
}

export function createMailSender(
  settings: SmtpSettings,
  authCode: string,
  options: MailSenderOptions = {},
): MailSender {
  const timeout = options.timeoutMs ?? 20_000;
  const transportOptions: SMTPPool.Options = {
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: !settings.secure && settings.requireTls,
    ignoreTLS: !settings.secure && !settings.requireTls,
    auth: { user: settings.user, pass: authCode },
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    // One connection reused for a batch; messages go one at a time (rate-limited by the caller).
    pool: true,
    maxConnections: 1,
    tls: options.allowSelfSigned ? { rejectUnauthorized: false } : {},
  };
  const transport = nodemailer.createTransport(transportOptions);
  const unsubscribe = options.unsubscribeTo ?? settings.user;
  const domain = settings.user.split('@')[1] ?? 'renewal-desk.local';

  return {
    async send(message) {
      if (!isValidEmail(message.to)) throw new MailError('invalid_address', message.to);
      const messageId = `<${message.idempotencyKey.replace(/[^\w.-]/g, '.')}@${domain}>`;
      try {
        const info = await transport.sendMail({
          from: settings.fromName
            ? { name: settings.fromName, address: settings.user }
            : settings.user,
          to: message.to,
          subject: message.subject,
          text: withOptOut(message.text, 'email'),
          messageId,
          list: {
            // A reply with 退订 / unsubscribe is how a desk without a web server takes opt-outs.
            unsubscribe: { url: `mailto:${unsubscribe}?subject=unsubscribe`, comment: '退订' },
          },
        });
        return { messageId, accepted: info.accepted.map(String) };
      } catch (error) {
        throw new MailError(mailFailureOf(error), (error as SmtpErrorLike).response ?? '');
      }
    },
    async verify() {
      try {
        await transport.verify();
      } catch (error) {
        throw new MailError(mailFailureOf(error), (error as SmtpErrorLike).response ?? '');
      }
    },
    close() {
      transport.close();
    },
  };
}
