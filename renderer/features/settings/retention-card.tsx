// Retention (PRIVACY.md): the owner removes customers with no policy for N years. The card
// says how many that is before anything happens, asks once, and offers to take it back
// (the removal is a soft delete that the start-up purge makes final after 30 days).
import { useState } from 'react';
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
  // Counted when asked, not when Settings opens: it reads every customer, car and policy.
  const [counted, setCounted] = useState<{ years: number; n: number } | null>(null);
  const [counting, setCounting] = useState(false);
  const [busy, setBusy] = useState(false);
  const count = counted?.years === years ? counted.n : null;

  async function countNow() {
    setCounting(true);
    try {
      setCounted({ years, n: await countInactiveCustomers(db, years, today) });
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setCounting(false);
    }
  }

  async function remove() {
    setBusy(true);
    try {
      const actor = currentActor();
      const { count: removed, at } = await removeInactiveCustomers(db, actor, years, today);
      setCounted(null);
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
                    setCounted(null);
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
        <Button loading={counting} onClick={() => void countNow()} data-testid="retention-check">
          {t('retention.check')}
        </Button>
        {count === null ? null : (
          <span data-testid="retention-count">{t('retention.count', { count })}</span>
        )}
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
