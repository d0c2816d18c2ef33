// Tencent Cloud API 3.0 request signing (TC3-HMAC-SHA256), written out by hand with node:crypto
// rather than pulling in the Tencent SDK for two calls: the canonical request (POST, JSON body,
// the three signed headers), the string to sign (timestamp and the date's credential scope), and
// the signing key derived from the secret key, the UTC date, the service and "tc3_request".
import { createHash, createHmac } from 'node:crypto';

export interface Tc3Request {
  secretId: string;
  secretKey: string;
  /** 'sms' for sms.tencentcloudapi.com. */
  service: string;
  /** The Host header as sent (host[:port]). */
  host: string;
  action: string;
  /** The JSON body, exactly as sent. */
  payload: string;
  /** Seconds since the epoch. */
  timestamp: number;
}

const CONTENT_TYPE = 'application/json; charset=utf-8';
export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: string | Buffer, s: string) =>
  createHmac('sha256', key).update(s, 'utf8').digest();

/** The UTC date of the timestamp: the credential scope's day. */
export function tc3Date(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

export function canonicalRequest(r: Pick<Tc3Request, 'host' | 'action' | 'payload'>): string {
  const headers =
    `content-type:${CONTENT_TYPE}\n` +
    `host:${r.host}\n` +
    `x-tc-action:${r.action.toLowerCase()}\n`;
  return ['POST', '/', '', headers, 'content-type;host;x-tc-action', sha256Hex(r.payload)].join(
    '\n',
  );
}

export function stringToSign(r: Tc3Request): string {
  const scope = `${tc3Date(r.timestamp)}/${r.service}/tc3_request`;
  return [TC3_ALGORITHM, String(r.timestamp), scope, sha256Hex(canonicalRequest(r))].join('\n');
}

export function tc3Signature(r: Tc3Request): string {
  const date = hmac(`TC3${r.secretKey}`, tc3Date(r.timestamp));
  const service = hmac(date, r.service);
  const signing = hmac(service, 'tc3_request');
  return createHmac('sha256', signing).update(stringToSign(r), 'utf8').digest('hex');
}

/** The Authorization header and the other headers the request is sent with. */
export function tc3Headers(r: Tc3Request, version: string, region: string): Record<string, string> {
  const scope = `${tc3Date(r.timestamp)}/${r.service}/tc3_request`;
  return {
    Authorization:
      `${TC3_ALGORITHM} Credential=${r.secretId}/${scope}, ` +
      `SignedHeaders=content-type;host;x-tc-action, Signature=${tc3Signature(r)}`,
    'Content-Type': CONTENT_TYPE,
    Host: r.host,
    'X-TC-Action': r.action,
    'X-TC-Timestamp': String(r.timestamp),
    'X-TC-Version': version,
    'X-TC-Region': region,
  };
}
