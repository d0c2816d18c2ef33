// Tencent Cloud SMS (API 2021-01-11) from the main process: SendSms with an approved signature
// and template, and PullSmsReplyStatus for the customers' replies (a desktop has no address the
// provider could push them to, so it pulls). Requests are signed by hand (tencent-sign.ts);
// answers become named failures so the batch can pause on a rate limit or a missing approval
// and skip a bad number. The endpoint is an option for the tests' local stub, never a setting.
import { createHash } from 'node:crypto';
import type { SmsFailureReason, SmsReplyWire } from '../../../shared/ipc/contract';
import { tc3Headers } from './tencent-sign';

export const TENCENT_SMS_ENDPOINT = 'https://sms.tencentcloudapi.com';
const VERSION = '2021-01-11';

export interface TencentSmsConfig {
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  signName: string;
  region: string;
}

export interface SmsMessage {
  phone: string;
  templateId: string;
  params: string[];
  idempotencyKey: string;
}

export class SmsError extends Error {
  readonly reason: SmsFailureReason;
  readonly retry: boolean;
  constructor(reason: SmsFailureReason, detail = '') {
    super(`sms ${reason}${detail ? `: ${detail}` : ''}`);
    this.name = 'SmsError';
    this.reason = reason;
    this.retry = RETRY.has(reason);
  }
}

const RETRY: ReadonlySet<SmsFailureReason> = new Set([
  'rate_limited',
  'deferred',
  'timeout',
  'connection',
]);

/** Tencent's error code → what the desk is told. */
export function smsFailureOf(code: string): SmsFailureReason {
  if (code.startsWith('AuthFailure') || code === 'UnauthorizedOperation.SmsSdkAppIdVerifyFail')
    return 'auth';
  if (code.startsWith('LimitExceeded') || code === 'RequestLimitExceeded') return 'rate_limited';
  if (code.includes('Signature') || code.includes('SignName')) return 'signature';
  if (code.includes('Template')) return 'template';
  if (code.includes('PhoneNumber') && code.includes('Blacklist')) return 'blacklisted';
  if (code.includes('PhoneNumber') || code.includes('Mobile')) return 'invalid_number';
  if (code.includes('Balance') || code.includes('Arrears') || code.includes('Package'))
    return 'balance';
  if (code.startsWith('InternalError') || code.startsWith('ResourceUnavailable')) return 'deferred';
  return 'refused';
}

interface TencentResponse {
  Response?: {
    Error?: { Code?: string; Message?: string };
    SendStatusSet?: { SerialNo?: string; Code?: string; Message?: string }[];
    PullSmsReplyStatusSet?: {
      PhoneNumber?: string;
      SubscriberNumber?: string;
      ReplyContent?: string;
      ReplyTime?: number;
      ReplyUnixTime?: number;
    }[];
  };
}

export interface TencentSmsClient {
  send(message: SmsMessage): Promise<{ messageId: string }>;
  /** Replies since the last pull (the provider hands each out once). */
  pullReplies(): Promise<SmsReplyWire[]>;
}

export interface TencentSmsOptions {
  endpoint?: string;
  timeoutMs?: number;
  now?: () => number;
  fetch?: typeof fetch;
}

/** A reply's id, the same however often it is seen: the record dedupes on it. */
export function replyId(phone: string, at: string, content: string): string {
  return createHash('sha256').update(`${phone}\n${at}\n${content}`).digest('hex').slice(0, 32);
}

export function createTencentSms(
  config: TencentSmsConfig,
  options: TencentSmsOptions = {},
): TencentSmsClient {
  const endpoint = new URL(options.endpoint ?? TENCENT_SMS_ENDPOINT);
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function call(
    action: string,
    body: object,
  ): Promise<NonNullable<TencentResponse['Response']>> {
    const payload = JSON.stringify(body);
    const headers = tc3Headers(
      {
        secretId: config.secretId,
        secretKey: config.secretKey,
        service: 'sms',
        host: endpoint.host,
        action,
        payload,
        timestamp: Math.floor(now() / 1000),
      },
      VERSION,
      config.region,
    );
    let response: Response;
    try {
      response = await doFetch(endpoint, {
        method: 'POST',
        headers,
        body: payload,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = (error as Error).name;
      throw new SmsError(
        name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'connection',
      );
    }
    if (response.status === 429) throw new SmsError('rate_limited');
    if (response.status >= 500) throw new SmsError('deferred', String(response.status));
    let parsed: TencentResponse;
    try {
      parsed = (await response.json()) as TencentResponse;
    } catch {
      throw new SmsError('deferred', 'unreadable answer');
    }
    const answer = parsed.Response;
    if (!answer) throw new SmsError('deferred', 'unreadable answer');
    if (answer.Error?.Code) throw new SmsError(smsFailureOf(answer.Error.Code), answer.Error.Code);
    return answer;
  }

  return {
    async send(message) {
      const answer = await call('SendSms', {
        PhoneNumberSet: [`+86${message.phone}`],
        SmsSdkAppId: config.sdkAppId,
        SignName: config.signName,
        TemplateId: message.templateId,
        TemplateParamSet: message.params,
        // Echoed in the provider's receipts: the batch's idempotency key ties them to the task.
        SessionContext: message.idempotencyKey,
      });
      const status = answer.SendStatusSet?.[0];
      if (!status) throw new SmsError('deferred', 'no status');
      if (status.Code !== 'Ok')
        throw new SmsError(smsFailureOf(status.Code ?? ''), status.Code ?? '');
      return { messageId: status.SerialNo ?? message.idempotencyKey };
    },
    async pullReplies() {
      const answer = await call('PullSmsReplyStatus', { SmsSdkAppId: config.sdkAppId, Limit: 100 });
      return (answer.PullSmsReplyStatusSet ?? []).map((r) => {
        const phone = r.PhoneNumber
          ? r.PhoneNumber.replace(/^\+86/, '')
          : (r.SubscriberNumber ?? '');
        const seconds = r.ReplyTime ?? r.ReplyUnixTime ?? Math.floor(now() / 1000);
        const at = new Date(seconds * 1000).toISOString();
        const content = (r.ReplyContent ?? '').slice(0, 500);
        return { id: replyId(phone, at, content), phone, content, at };
      });
    },
  };
}
