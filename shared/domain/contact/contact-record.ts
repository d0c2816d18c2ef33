// A renewal's contact record: every attempt on every task of the case (the 30-day text, the
// 15-day call, the call-back), oldest first. A verify task completed on a call carries that
// call's attempt too: one line per contact.
import type { Attempt, Id, Task } from '../types';

export function contactRecordOf(
  tasks: readonly Pick<Task, 'caseId' | 'attempts'>[],
  caseId: Id,
): Attempt[] {
  const seen = new Set<string>();
  const out: Attempt[] = [];
  for (const task of tasks) {
    if (task.caseId !== caseId) continue;
    for (const a of task.attempts) {
      const key = `${a.at}|${a.channel}|${a.outcome}|${a.byStaffId ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(a);
    }
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
