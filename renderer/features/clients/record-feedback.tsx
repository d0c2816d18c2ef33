// "记录反馈" from the customer drawer: the shared form with the customer fixed and their
// renewal cases offered, so a complaint is tied to the case it is about (and through it to the
// script of the last contact). A score after a call is recorded with a suggestion or praise.
import { App } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/types';
import { recordFeedback } from '../../db/repositories/feedback-repository';
import { clientCases } from '../../db/repositories/feedback-queries';
import { listStaff } from '../../db/repositories/staff-repository';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { useSession } from '../../services/session/session-store';
import { FeedbackFormModal, type FeedbackFormValues } from '../../ui/feedback-form';

export function RecordFeedback({ client, onDone }: { client: Client; onDone(): void }) {
  const { t } = useTranslation('complaints');
  const db = useDb();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const staff = useLiveQuery(() => listStaff(db, { activeOnly: true }), [db]);
  const cases = useLiveQuery(() => clientCases(db, client.id), [db, client.id]);
  if (!staff || !cases) return null;

  async function submit(values: FeedbackFormValues) {
    const row = await recordFeedback(db, { ...values, clientId: client.id }, currentActor());
    message.success(row.escalations.length ? t('form.escalated') : t('form.saved'));
    onDone();
  }

  return (
    <FeedbackFormModal
      staff={staff}
      defaultHandlerId={user?.id ?? null}
      client={{ id: client.id, name: client.name }}
      cases={cases.map((c) => ({ value: c.id, label: `${c.plate ?? '—'} · ${c.endDate}` }))}
      onCancel={onDone}
      onSubmit={submit}
    />
  );
}
