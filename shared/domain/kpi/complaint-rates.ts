// Complaints per 100 contacts (issue 12 point 4), by staff member and by script version, so
// scripts are improved from feedback (policy section 6). A contact is one logged attempt (call,
// SMS, WeChat, e-mail) in the period; a complaint counts against the person it is about and
// against the script version of the case's last contact before it (stored on the complaint when
// it was recorded). Months are China calendar months. No contacts: no rate (null), never a
// division by zero; a person or script with complaints but no contacts still shows.
import { chinaDate } from '../china-date';
import type { Feedback, Id, Script, Task } from '../types';

export interface ComplaintRateRow {
  contacts: number;
  complaints: number;
  /** Complaints per 100 contacts; null with no contacts. */
  per100: number | null;
}

export interface StaffComplaintRate extends ComplaintRateRow {
  staffId: Id;
}

export interface ScriptComplaintRate extends ComplaintRateRow {
  scriptId: Id;
  script: Pick<Script, 'templateId' | 'version' | 'title' | 'tier' | 'channel'> | null;
}

export interface ComplaintRates {
  byStaff: StaffComplaintRate[];
  byScript: ScriptComplaintRate[];
}

export interface ComplaintRateInput {
  tasks: readonly Pick<Task, 'attempts' | 'deletedAt'>[];
  feedback: readonly Pick<
    Feedback,
    'kind' | 'receivedAt' | 'aboutStaffId' | 'scriptId' | 'deletedAt'
  >[];
  scripts: readonly Script[];
  /** First and last month (YYYY-MM) counted, both included. */
  from: string;
  to: string;
  /** Staff see their own row only. */
  staffId?: Id | null;
}

const monthOf = (at: string) => chinaDate(new Date(at)).slice(0, 7);

function rate(contacts: number, complaints: number): number | null {
  return contacts > 0 ? Math.round((complaints / contacts) * 10_000) / 100 : null;
}

function bump(
  map: Map<Id, { contacts: number; complaints: number }>,
  id: Id,
  key: 'contacts' | 'complaints',
) {
  const row = map.get(id) ?? { contacts: 0, complaints: 0 };
  row[key]++;
  map.set(id, row);
}

export function complaintRates(input: ComplaintRateInput): ComplaintRates {
  const inPeriod = (at: string) => {
    const month = monthOf(at);
    return month >= input.from && month <= input.to;
  };
  const staff = new Map<Id, { contacts: number; complaints: number }>();
  const scripts = new Map<Id, { contacts: number; complaints: number }>();
  for (const task of input.tasks) {
    if (task.deletedAt) continue;
    for (const a of task.attempts) {
      if (!inPeriod(a.at)) continue;
      if (a.byStaffId) bump(staff, a.byStaffId, 'contacts');
      if (a.scriptId) bump(scripts, a.scriptId, 'contacts');
    }
  }
  for (const f of input.feedback) {
    if (f.deletedAt || f.kind !== 'complaint' || !inPeriod(f.receivedAt)) continue;
    if (f.aboutStaffId) bump(staff, f.aboutStaffId, 'complaints');
    if (f.scriptId) bump(scripts, f.scriptId, 'complaints');
  }
  const scriptById = new Map(input.scripts.map((s) => [s.id, s]));
  const byPer100 = (a: ComplaintRateRow, b: ComplaintRateRow) =>
    (b.per100 ?? -1) - (a.per100 ?? -1) || b.complaints - a.complaints || b.contacts - a.contacts;
  const byStaff = [...staff]
    .filter(([id]) => !input.staffId || id === input.staffId)
    .map(([staffId, c]) => ({ staffId, ...c, per100: rate(c.contacts, c.complaints) }))
    .sort(byPer100);
  const byScript = input.staffId
    ? []
    : [...scripts]
        .map(([scriptId, c]) => {
          const s = scriptById.get(scriptId);
          return {
            scriptId,
            script: s
              ? {
                  templateId: s.templateId,
                  version: s.version,
                  title: s.title,
                  tier: s.tier,
                  channel: s.channel,
                }
              : null,
            ...c,
            per100: rate(c.contacts, c.complaints),
          };
        })
        .sort(byPer100);
  return { byStaff, byScript };
}
