// The owner's backups (issue 11 points 4-5): the last backup and a warning when there is none
// or it is older than 2 days, the agency's backup key (set up once; the key file is handed to
// the owner), "back up now" with its progress, the folder (desktop), and a restore that asks
// first. Shown to the owner only; the actions check the role again (backup-actions.ts).
import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Descriptions, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { backupAge } from '../../../shared/backup/rotation';
import type { BackupList } from '../../../shared/ipc/contract';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { getHost } from '../../services/host';
import { useAutoBackupStatus } from '../../services/backup/auto-backup-status';
import { useCan } from '../../services/session/audited';
import { useSettings } from '../../services/settings/use-settings';
import { useErrorText, useText } from '../../ui/use-text';
import { loadBackupActions, type BackupProgressState } from './backup-loader';
import { RestoreDialog } from './restore-dialog';
import { SettingsCard } from './settings-card';

export function BackupCard() {
  const mayBackUp = useCan('backup', 'Data');
  return mayBackUp ? <BackupCardBody /> : null;
}

function BackupCardBody() {
  const { t, i18n } = useTranslation('backup');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const db = useDb();
  const settings = useSettings();
  const [list, setList] = useState<BackupList | null>(null);
  const [progress, setProgress] = useState<BackupProgressState | null>(null);
  const [restoring, setRestoring] = useState(false);
  const text = useText();
  const autoFailure = useAutoBackupStatus((s) => s.failure);
  const autoWrittenAt = useAutoBackupStatus((s) => s.writtenAt);

  // Stable: a listing that fails leaves the card as it was (the next action reports errors).
  const refresh = useCallback(() => {
    void getHost()
      .backupList()
      .then(setList, (error: unknown) => console.warn('backup list failed', error));
  }, []);
  // The folder's listing comes from the host asynchronously; listed again after an automatic
  // backup was written.
  useEffect(() => refresh(), [refresh, autoWrittenAt]);

  const last = list?.files[0] ?? null;
  const age = list ? backupAge(last ? new Date(last.createdAt) : null, new Date()) : null;
  const hasKey = !!settings?.backupRecipient;

  async function setUpKey() {
    try {
      const { setUpBackupKey } = await loadBackupActions();
      const { keyFile } = await setUpBackupKey(db, currentActor());
      await getHost().saveFile({
        suggestedName: 'renewal-desk-backup-key.txt',
        data: new TextEncoder().encode(keyFile),
        filterName: t('card.pickKey'),
        extensions: ['txt'],
      });
      void message.success({ content: t('card.keySaved'), duration: 10 });
    } catch (error) {
      void message.error(errorText(error));
    }
  }

  async function backUp() {
    setProgress({ phase: 'export', percent: 0 });
    try {
      const { backUpNow } = await loadBackupActions();
      const { written } = await backUpNow(db, currentActor(), getHost(), {
        onProgress: (phase, done, total) =>
          setProgress({ phase, percent: total ? Math.round((done / total) * 100) : 0 }),
      });
      if (written.fellBack) void message.warning(t('card.fellBack', { path: written.path }));
      else void message.success(t('card.done', { path: written.path }));
      refresh();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setProgress(null);
    }
  }

  async function chooseFolder() {
    const chosen = await getHost().backupChooseFolder();
    if (chosen) setList(chosen);
  }

  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-CN');

  return (
    <SettingsCard title={t('card.title')}>
      <Space direction="vertical" style={{ width: '100%' }} data-testid="backup-card">
        <Typography.Paragraph type="secondary">{t('card.intro')}</Typography.Paragraph>
        {age?.kind === 'never' && (
          <Alert type="warning" showIcon message={t('card.never')} data-testid="backup-warning" />
        )}
        {age?.kind === 'stale' && (
          <Alert
            type="warning"
            showIcon
            message={t('card.stale', { days: age.days })}
            data-testid="backup-warning"
          />
        )}
        {list?.missing && <Alert type="warning" showIcon message={t('card.folderMissing')} />}
        {autoFailure && (
          <Alert
            type="error"
            showIcon
            message={t('auto.lastFailed', {
              at: when(autoFailure.at),
              reason: text.text(autoFailure.text),
            })}
            data-testid="auto-backup-failed"
          />
        )}
        <Typography.Paragraph type="secondary" data-testid="auto-backup-info">
          {list && !list.folder ? t('auto.infoWeb') : t('auto.info')}
        </Typography.Paragraph>
        <Descriptions column={1}>
          <Descriptions.Item label={t('card.lastBackup')}>
            <span data-testid="last-backup">{last ? when(last.createdAt) : t('card.none')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('card.folder')}>
            {list?.folder ? (
              <Space wrap>
                <Typography.Text code>{list.folder}</Typography.Text>
                {list.isDefault && t('card.defaultFolder')}
                <Button size="small" onClick={() => void chooseFolder()}>
                  {t('card.chooseFolder')}
                </Button>
              </Space>
            ) : (
              t('card.folderWeb')
            )}
          </Descriptions.Item>
        </Descriptions>
        {!hasKey && <Typography.Paragraph>{t('card.keyIntro')}</Typography.Paragraph>}
        <Space wrap>
          {hasKey ? (
            <Button
              type="primary"
              loading={!!progress}
              onClick={() => void backUp()}
              data-testid="backup-now"
            >
              {progress ? t('card.backingUp') : t('card.backUpNow')}
            </Button>
          ) : (
            <Button type="primary" onClick={() => void setUpKey()} data-testid="backup-set-up-key">
              {t('card.setUpKey')}
            </Button>
          )}
          <Button onClick={() => setRestoring(true)} data-testid="backup-restore">
            {t('card.restore')}
          </Button>
        </Space>
        {progress && (
          <div data-testid="backup-progress">
            {t(`card.phase.${progress.phase}`)}
            <Progress percent={progress.percent} size="small" aria-label={t('card.backingUp')} />
          </div>
        )}
      </Space>
      {restoring && <RestoreDialog list={list} onClose={() => setRestoring(false)} />}
    </SettingsCard>
  );
}
