// Retention (PRIVACY.md): the owner removes customers with no policy for N years. The card
// says how many that is before anything happens, asks once, and offers to take it back
// (the removal is a soft delete that the start-up purge makes final after 30 days).
import { useEffect, useState } from 'react';
import { App, Button, InputNumber, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  countInactiveCustomers,
  DEFAULT_RETENTION_YEARS,
  removeInactiveCustomers,
  restoreRemovedCustomers,
} from '../../db/repositories/retention-repository';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { useErrorText } from '../../ui/use-text';
import { useToday } from '../../ui/use-today';
import { SettingsCard } from './settings-card';

export function RetentionCard() {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const db = useDb();
  const today = useToday();
  const [years, setYears] = useState(DEFAULT_RETENTION_YEARS);
  const [count, setCount] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void countInactiveCustomers(db, years, today).then((n) => current && setCount(n));
    return () => {
      current = false;
    };
  }, [db, years, today, version]);

  async function remove() {
    setBusy(true);
    try {
      const actor = currentActor();
      const { count: removed, at } = await removeInactiveCustomers(db, actor, years, today);
      setVersion((v) => v + 1);
      const key = `retention-${at}`;
      void message.success({
        key,
        duration: 10,
        content: (
          <Space>
            {t('retention.removed', { count: removed })}
            <Button
              size="small"
              data-testid="retention-undo"
              onClick={() =>
                void restoreRemovedCustomers(db, actor, at).then(
                  (n) => {
                    message.destroy(key);
                    void message.success(t('retention.restored', { count: n }));
                    setVersion((v) => v + 1);
                  },
                  (error: unknown) => void message.error(errorText(error)),
                )
              }
            >
              {t('retention.undo')}
            </Button>
          </Space>
        ),
      });
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <SettingsCard title={t('retention.title')}>
      <Typography.Paragraph type="secondary">{t('retention.explain')}</Typography.Paragraph>
      <Space wrap>
        <span>{t('retention.yearsLabel')}</span>
        <InputNumber
          min={1}
          max={20}
          value={years}
          aria-label={t('retention.yearsLabel')}
          onChange={(v) => setYears(typeof v === 'number' ? v : DEFAULT_RETENTION_YEARS)}
          data-testid="retention-years"
        />
        <span data-testid="retention-count">
          {count === null ? '…' : t('retention.count', { count })}
        </span>
        <Popconfirm
          title={t('retention.confirm', { count: count ?? 0, years })}
          overlayStyle={{ maxWidth: 360 }}
          onConfirm={() => void remove()}
          disabled={!count}
        >
          <Button danger disabled={!count} loading={busy} data-testid="retention-remove">
            {t('retention.remove')}
          </Button>
        </Popconfirm>
      </Space>
    </SettingsCard>
  );
}
