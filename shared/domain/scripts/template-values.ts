// The values a script is filled with, from the records of one task.
import { daysBetween } from '../china-date';
import type { Client, IsoDate, Policy, Staff, Vehicle } from '../types';
import type { TemplateValues } from './render-template';

/** 先生 / 女士 from the resident ID's 17th character (odd = male), else the neutral 您. */
export function salutation(client: Pick<Client, 'name' | 'idNumber'> | null | undefined): string {
  // Stryker disable next-line StringLiteral: any text in its place fails the ID pattern just as ''
  const id = client?.idNumber?.trim() ?? '';
  const surname = client?.name?.trim().slice(0, 1) ?? '';
  if (/^\d{17}[\dX]$/i.test(id) && surname) {
    return `${surname}${Number(id[16]) % 2 === 1 ? '先生' : '女士'}`;
  }
  return '您';
}

const KIND_LABEL = { compulsory: '交强险', commercial: '商业险' } as const;

export function buildTemplateValues(args: {
  client?: Pick<Client, 'name' | 'idNumber'> | null;
  vehicle?: Pick<Vehicle, 'plate'> | null;
  policies?: readonly Pick<Policy, 'kind' | 'insurer' | 'endDate'>[];
  staff?: Pick<Staff, 'name' | 'phone'> | null;
  /** The case's end date (earliest policy end) when known. */
  endDate?: IsoDate | null;
  today: IsoDate;
}): TemplateValues {
  const policies = args.policies ?? [];
  const endDate = args.endDate ?? ([...policies].map((p) => p.endDate).sort()[0] || null);
  const kinds = [...new Set(policies.map((p) => KIND_LABEL[p.kind]))];
  // Stryker disable next-line OptionalChaining: insurer is a string ('' when unknown); ?. guards old rows
  const insurers = [...new Set(policies.map((p) => p.insurer).filter((name) => !!name?.trim()))];
  const daysLeft = endDate ? daysBetween(args.today, endDate) : null;
  return {
    客户姓名: args.client?.name ?? null,
    称呼: salutation(args.client),
    车牌: args.vehicle?.plate ?? null,
    险种: kinds.length ? kinds.join('和') : null,
    到期日: endDate ? formatChineseDate(endDate) : null,
    // Once lapsed, "剩余 -3 天" reads wrong; 0 keeps sentences sensible.
    剩余天数: daysLeft === null ? null : Math.max(daysLeft, 0),
    保险公司: insurers.length ? insurers.join('、') : null,
    业务员: args.staff?.name ?? null,
    业务员电话: args.staff?.phone ?? null,
  };
}

/** 2026-03-05 → 2026年3月5日 */
export function formatChineseDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}
