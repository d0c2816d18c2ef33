// SMS facts shown beside a template: the opt-out sentence and how many messages it makes
// (70 characters fit one SMS; longer texts are split into 67-character parts).
import { SMS_OPT_OUT } from '../../../shared/domain/scripts/default-texts';

export { SMS_OPT_OUT };

export function smsSegments(length: number): number {
  if (length === 0) return 0;
  return length <= 70 ? 1 : Math.ceil(length / 67);
}

export function hasOptOut(body: string): boolean {
  return body.includes(SMS_OPT_OUT);
}
