// Why a task is on the list, in words, in Chinese and in English: tier, days left, premium,
// last outcome, do-not-contact, flagged overdue. E.g. "到期前15天 · 剩余 12 天 · 保费 3200 元 ·
// 上次：未接通" / "15 days before expiry · 12 days left · premium ¥3200 · last: no answer".
import type { Outcome } from '../types';

export const TIER_LABELS: Record<string, string> = {
  verify: '核实信息',
  d30: '到期前30天',
  d15: '到期前15天',
  d7: '到期前7天',
  urgent: '紧急',
  lapsed: '已脱保',
  callback: '约定回电',
  followup: '报价后跟进',
};

export const TIER_LABELS_EN: Record<string, string> = {
  verify: 'verify details',
  d30: '30 days before expiry',
  d15: '15 days before expiry',
  d7: '7 days before expiry',
  urgent: 'urgent',
  lapsed: 'lapsed',
  callback: 'call back',
  followup: 'follow-up after a quote',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  no_answer: '未接通',
  busy: '占线',
  callback: '约定回电',
  quoted: '已报价',
  renewed: '已续保',
  lost: '已流失',
  wrong_number: '号码错误',
  do_not_contact: '拒绝联系',
  sent: '已发送',
};

export const OUTCOME_LABELS_EN: Record<Outcome, string> = {
  no_answer: 'no answer',
  busy: 'busy',
  callback: 'call back',
  quoted: 'quoted',
  renewed: 'renewed',
  lost: 'lost',
  wrong_number: 'wrong number',
  do_not_contact: 'do not contact',
  sent: 'sent',
};

export interface ReasonFacts {
  /** Tier name: d30, d15, d7, urgent, lapsed, verify, callback or a custom tier. */
  tier: string;
  daysLeft: number | null;
  premium: number;
  lastOutcome: Outcome | null;
  doNotContact: boolean;
  overdue: boolean;
}

export function reasonZh(v: ReasonFacts): string {
  const parts = [TIER_LABELS[v.tier] ?? v.tier];
  if (v.daysLeft !== null)
    parts.push(v.daysLeft >= 0 ? `剩余 ${v.daysLeft} 天` : `已过期 ${-v.daysLeft} 天`);
  if (v.premium > 0) parts.push(`保费 ${Math.round(v.premium)} 元`);
  if (v.lastOutcome) parts.push(`上次：${OUTCOME_LABELS[v.lastOutcome]}`);
  if (v.doNotContact) parts.push('勿扰客户');
  if (v.overdue) parts.push('已逾期');
  return parts.join(' · ');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function reasonEn(v: ReasonFacts): string {
  const parts = [TIER_LABELS_EN[v.tier] ?? v.tier];
  if (v.daysLeft !== null)
    parts.push(
      v.daysLeft >= 0
        ? `${plural(v.daysLeft, 'day')} left`
        : `expired ${plural(-v.daysLeft, 'day')} ago`,
    );
  if (v.premium > 0) parts.push(`premium ¥${Math.round(v.premium)}`);
  if (v.lastOutcome) parts.push(`last: ${OUTCOME_LABELS_EN[v.lastOutcome]}`);
  if (v.doNotContact) parts.push('do not contact');
  if (v.overdue) parts.push('overdue');
  return parts.join(' · ');
}
