// A local stand-in for Tencent Cloud SMS's HTTP API (never the network): it checks each request's
// TC3-HMAC-SHA256 signature with its own reading of the documented steps, answers SendSms and
// PullSmsReplyStatus in the provider's shapes, and can be told to refuse (rate limit, a number
// on the provider's blacklist, an unapproved signature) or to queue customers' replies.
import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubSend {
  phone: string;
  templateId: string;
  params: string[];
  signName: string;
  sessionContext: string;
}

export interface TencentStub {
  endpoint: string;
  sends: StubSend[];
  /** Requests whose signature did not verify (each answered AuthFailure.SignatureFailure). */
  badSignatures: number;
  /** Error code per phone (per-number status), or for the whole request ('*'). */
  failWith: Map<string, string>;
  queueReply(phone: string, content: string, at: Date): void;
  close(): Promise<void>;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const hmac = (key: Buffer | string, s: string) => createHmac('sha256', key).update(s).digest();

function expectedSignature(req: IncomingMessage, body: string, secretKey: string): string | null {
  const h = req.headers;
  const timestamp = Number(h['x-tc-timestamp']);
  const action = String(h['x-tc-action'] ?? '').toLowerCase();
  const auth = String(h.authorization ?? '');
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
  if (!auth.includes(`/${date}/sms/tc3_request`)) return null;
  const canonical = [
    'POST',
    '/',
    '',
    `content-type:${String(h['content-type'])}\nhost:${String(h.host)}\nx-tc-action:${action}\n`,
    'content-type;host;x-tc-action',
    sha256(body),
  ].join('\n');
  const toSign = ['TC3-HMAC-SHA256', timestamp, `${date}/sms/tc3_request`, sha256(canonical)].join(
    '\n',
  );
  const key = hmac(hmac(hmac(`TC3${secretKey}`, date), 'sms'), 'tc3_request');
  return createHmac('sha256', key).update(toSign).digest('hex');
}

export async function startTencentStub(secretId: string, secretKey: string): Promise<TencentStub> {
  const replies: object[] = [];
  const stub: TencentStub = {
    endpoint: '',
    sends: [],
    badSignatures: 0,
    failWith: new Map(),
    queueReply(phone, content, at) {
      replies.push({
        CountryCode: '86',
        ReplyContent: content,
        SubscriberNumber: phone,
        ExtendCode: '',
        ReplyTime: Math.floor(at.getTime() / 1000),
        PhoneNumber: `+86${phone}`,
        SignName: '测试签名',
      });
    },
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const answer = (response: object) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ Response: { RequestId: 'stub', ...response } }));
      };
      const error = (code: string) => answer({ Error: { Code: code, Message: code } });
      const auth = String(req.headers.authorization ?? '');
      const signature = /Signature=([0-9a-f]{64})$/.exec(auth)?.[1];
      if (
        !auth.startsWith(`TC3-HMAC-SHA256 Credential=${secretId}/`) ||
        !signature ||
        signature !== expectedSignature(req, body, secretKey) ||
        req.headers['x-tc-version'] !== '2021-01-11'
      ) {
        stub.badSignatures++;
        error('AuthFailure.SignatureFailure');
        return;
      }
      const whole = stub.failWith.get('*');
      if (whole) {
        error(whole);
        return;
      }
      const params = JSON.parse(body) as Record<string, unknown>;
      if (req.headers['x-tc-action'] === 'SendSms') {
        const phone = String((params.PhoneNumberSet as string[])[0]).replace(/^\+86/, '');
        const code = stub.failWith.get(phone);
        if (!code)
          stub.sends.push({
            phone,
            templateId: String(params.TemplateId),
            params: params.TemplateParamSet as string[],
            signName: String(params.SignName),
            sessionContext: String(params.SessionContext),
          });
        answer({
          SendStatusSet: [
            {
              SerialNo: code ? '' : `serial-${stub.sends.length}`,
              PhoneNumber: `+86${phone}`,
              Fee: 1,
              SessionContext: params.SessionContext,
              Code: code ?? 'Ok',
              Message: code ?? 'send success',
              IsoCode: 'CN',
            },
          ],
        });
        return;
      }
      if (req.headers['x-tc-action'] === 'PullSmsReplyStatus') {
        // Each reply is handed out once, as the provider does.
        answer({ PullSmsReplyStatusSet: replies.splice(0, Number(params.Limit) || 100) });
        return;
      }
      error('InvalidAction');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return stub;
}
