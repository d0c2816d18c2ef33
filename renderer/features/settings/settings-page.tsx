import { useEffect, useState } from 'react';
import { Card, Descriptions, InputNumber, Progress, Segmented, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/contract';
import { storageEstimate, type StorageInfo } from '../../db/open-db';
import { getHost } from '../../services/host';
import { changeLocale, type Locale } from '../../services/locale';
import { HolidaysCard } from './holidays-card';
import { RetentionCard } from './retention-card';
import { ReminderRulesCard } from './reminder-rules-card';
import { SettingsCard } from './settings-card';
import { StaffCard } from './staff-card';
import { MailCard } from './mail-card';
import { SmsProviderCard } from './sms-provider-card';
import { clampIdleMinutes } from '../../../shared/domain/identity/lock-policy';
import { updateSettings } from '../../db/repositories/settings-repository';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { useSettings } from '../../services/settings/use-settings';
import { BackupCard } from './backup-card';

function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

export function SettingsPage() {
  const { t, i18n } = useTranslation('settings');
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [storage, setStorage] = useState<StorageInfo | null>(null);
  const [startAtLogin, setStartAtLogin] = useState(false);
  const { t: tSignIn } = useTranslation('signin');
  const db = useDb();
  const settings = useSettings();

  useEffect(() => {
    const host = getHost();
    void host.appInfo().then(setInfo);
    void host.getStartAtLogin().then(setStartAtLogin);
    void storageEstimate().then(setStorage);
  }, []);

  return (
    // The title sits where every other screen has it: 16 px in, no margin above.
    <div style={{ padding: '16px 24px 24px 16px', overflow: 'auto', flex: 1 }}>
      <Typography.Title level={3} style={{ margin: '0 0 16px' }}>
        {t('title')}
      </Typography.Title>
      <SettingsCard title={t('general')}>
        <Descriptions column={1}>
          <Descriptions.Item label={t('language')}>
            <Segmented
              value={i18n.language === 'en' ? 'en' : 'zh-CN'}
              onChange={(value) => void changeLocale(value as Locale)}
              options={[
                { label: '简体中文', value: 'zh-CN' },
                { label: 'English', value: 'en' },
              ]}
            />
          </Descriptions.Item>
          <Descriptions.Item label={t('startAtLogin')}>
            {info?.host === 'web' ? (
              <Typography.Text type="secondary">{t('startAtLoginWeb')}</Typography.Text>
            ) : (
              <Switch
                aria-label={t('startAtLogin')}
                checked={startAtLogin}
                onChange={(checked) =>
                  void getHost()
                    .setStartAtLogin({ enabled: checked })
                    .then(() => setStartAtLogin(checked))
                }
              />
            )}
          </Descriptions.Item>
          <Descriptions.Item label={tSignIn('staff.idleLock')}>
            <InputNumber
              min={0}
              max={480}
              value={settings?.idleLockMinutes}
              data-testid="idle-lock-minutes"
              aria-label={tSignIn('staff.idleLock')}
              onChange={(value) =>
                typeof value === 'number'
                  ? void updateSettings(
                      db,
                      { idleLockMinutes: clampIdleMinutes(value) },
                      currentActor(),
                    )
                  : undefined
              }
            />
          </Descriptions.Item>
          <Descriptions.Item label={t('version')}>{info?.version ?? '…'}</Descriptions.Item>
        </Descriptions>
      </SettingsCard>
      <StaffCard />
      <ReminderRulesCard />
      <HolidaysCard />
      <RetentionCard />
      <BackupCard />
      <MailCard />
      <SmsProviderCard />
      <Card title={t('storage')}>
        <Descriptions column={1}>
          <Descriptions.Item label={t('storage')}>
            {storage?.quotaBytes && storage.usageBytes !== null ? (
              <div style={{ width: 360 }} data-testid="storage-usage">
                <Progress
                  aria-label={t('storage')}
                  percent={Math.max(
                    0.1,
                    Math.round((storage.usageBytes / storage.quotaBytes) * 1000) / 10,
                  )}
                  size="small"
                />
                {t('storageUsed', {
                  used: formatBytes(storage.usageBytes),
                  quota: formatBytes(storage.quotaBytes),
                })}
              </div>
            ) : (
              t('storageUnknown')
            )}
          </Descriptions.Item>
          <Descriptions.Item label="">
            {storage?.persisted ? t('persisted') : t('notPersisted')}
          </Descriptions.Item>
          <Descriptions.Item label={t('dataLocation')}>
            {info?.dataLocation ?? '…'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </div>
  );
}
