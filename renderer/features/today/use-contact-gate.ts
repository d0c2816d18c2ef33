// The gate's answer for the selected task on every channel, and the renewal's contact record,
// live: the customer's contact
// preferences and the messages already on their tasks (the frequency cap) follow the
// database, the hours follow the minute tick.
import { useLiveQuery } from 'dexie-react-hooks';
import type { GateAnswer, GatePurpose } from '../../../shared/domain/contact/contact-gate';
import {
  checkCustomer,
  gateSettingsOf,
  purposeOfTask,
} from '../../../shared/domain/contact/customer-gate';
import { contactRecordOf } from '../../../shared/domain/contact/contact-record';
import { CHANNELS, type Attempt, type Channel, type Settings } from '../../../shared/domain/types';
import type { TaskView } from '../../db/repositories/plan-queries';
import { tasksOfClient } from '../../db/repositories/task-repository';
import { useDb } from '../../services/db/db-context';

export interface ContactGate {
  purpose: GatePurpose;
  answers: Record<Channel, GateAnswer>;
  /** Every attempt on every task of this renewal, oldest first. */
  record: Attempt[];
}

export function useContactGate(
  view: TaskView | undefined,
  settings: Settings | undefined,
  tick: number,
): ContactGate | null {
  const db = useDb();
  const clientId = view?.client?.id;
  const tasks = useLiveQuery(
    () => (clientId ? tasksOfClient(db, clientId) : Promise.resolve([])),
    [db, clientId],
  );
  if (!view?.client || !settings || !tasks) return null;
  void tick; // re-rendered each minute: the hours follow the clock
  const purpose = purposeOfTask(view.task);
  const at = new Date().toISOString();
  const gateSettings = gateSettingsOf(settings);
  const client = view.client;
  const answers = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      checkCustomer({
        client,
        channel,
        purpose,
        at,
        endDate: view.case?.endDate ?? null,
        tasks,
        settings: gateSettings,
      }),
    ]),
  ) as Record<Channel, GateAnswer>;
  return { purpose, answers, record: contactRecordOf(tasks, view.task.caseId) };
}
