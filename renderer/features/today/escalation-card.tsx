// Complaints escalated to the signed-in person, on top of Today: each escalation is work for
// the person it went to, next to their calls. Opens the complaint on the complaints page.
import { Alert, Button, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { openEscalationsFor } from '../../db/repositories/feedback-queries';
import { useDb } from '../../services/db/db-context';
import { useNavigation } from '../../services/navigation';
import { useSession } from '../../services/session/session-store';

export function EscalationCard() {
  const { t } = useTranslation('complaints');
  const db = useDb();
  const navigate = useNavigation();
  const userId = useSession((s) => s.user?.id ?? null);
  const rows = useLiveQuery(
    () => (userId ? openEscalationsFor(db, userId) : Promise.resolve([])),
    [db, userId],
  );
  if (!rows || rows.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      data-testid="escalation-card"
      title={t('today.title', { count: rows.length })}
      description={
        <Space direction="vertical" size={2}>
          {rows.slice(0, 5).map((f) => {
            const last = f.escalations.filter((e) => e.to === userId).at(-1);
            return (
              <Space key={f.id} data-testid="escalation-item">
                <Typography.Text>
                  {t(`severities.${f.severity}`)}
                  {t('kinds.complaint')}
                  {last ? ` · ${t(`escalation.reasons.${last.reason}`)}` : ''}
                  {' · '}
                  {t('today.due', { date: dayjs(f.dueAt).format('YYYY-MM-DD') })}
                </Typography.Text>
                <Button
                  size="small"
                  onClick={() => navigate({ name: 'complaints', id: f.id })}
                  data-testid="escalation-open"
                >
                  {t('today.open')}
                </Button>
              </Space>
            );
          })}
        </Space>
      }
    />
  );
}
