// Every version of a template, newest first, with who saved it and when; restoring an old
// version adds a new version with its text.
import { useActorLabel } from '../../ui/actor-label';
import { App, Button, Collapse, Popconfirm, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { restoreScript, scriptHistory } from '../../db/repositories/script-repository';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { listStaff } from '../../db/repositories/staff-repository';

function when(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

export function ScriptHistory({ templateId }: { templateId: string }) {
  const { t } = useTranslation('scripts');
  const db = useDb();
  const staff = useLiveQuery(() => listStaff(db), [db]);
  const actorLabel = useActorLabel(new Map((staff ?? []).map((s) => [s.id, s.name])));
  const { message } = App.useApp();
  const versions = useLiveQuery(() => scriptHistory(db, templateId), [db, templateId]) ?? [];

  async function restore(version: number) {
    const next = await restoreScript(db, templateId, version, currentActor());
    void message.success(t('history.restored', { version: next.version }));
  }

  return (
    <div data-testid="script-history">
      <Typography.Title level={5}>{t('history.title')}</Typography.Title>
      <Collapse
        size="small"
        items={versions.map((s) => ({
          key: s.id,
          label: (
            <Space data-testid="history-version">
              <strong>{t('version', { version: s.version })}</strong>
              {s.current ? <Tag color="green">{t('history.current')}</Tag> : null}
              <Typography.Text type="secondary">
                {t('history.by', { who: actorLabel(s.updatedBy), when: when(s.createdAt) })}
              </Typography.Text>
            </Space>
          ),
          extra: s.current ? null : (
            <Popconfirm
              title={t('history.restoreConfirm', { version: s.version })}
              onConfirm={() => void restore(s.version)}
            >
              <Button
                size="small"
                onClick={(e) => e.stopPropagation()}
                data-testid={`restore-${s.version}`}
              >
                {t('history.restore')}
              </Button>
            </Popconfirm>
          ),
          children: (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {s.body}
            </Typography.Paragraph>
          ),
        }))}
      />
    </div>
  );
}
