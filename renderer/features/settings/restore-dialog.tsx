// Restore from a backup: the owner picks the backup (a file, or one of the folder's on the
// desktop) and the key file, confirms, and the window reopens on the restored database once
// every check passed. The current database is kept as it is.
import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Input,
  Modal,
  Popconfirm,
  Progress,
  Radio,
  Space,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { upgradeBackupVersion } from '../../../shared/backup/rotation';
import type { BackupList } from '../../../shared/ipc/contract';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { getHost } from '../../services/host';
import { openBackupIdentity } from '../../services/keys/backup-identity';
import { useErrorText } from '../../ui/use-text';
import { loadBackupActions, type BackupProgressState } from './backup-loader';

export function RestoreDialog(props: { list: BackupList | null; onClose: () => void }) {
  const { t } = useTranslation('backup');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const db = useDb();
  const [picked, setPicked] = useState<File | null>(null);
  const [fromFolder, setFromFolder] = useState<string | null>(null);
  const [keyFile, setKeyFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<BackupProgressState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [typedKey, setTypedKey] = useState('');
  // The backup key sealed under the data keys, when this session holds them (owner setup
  // made it): no key file needed to restore this agency's own backups.
  const [deskKey, setDeskKey] = useState<string | null>(null);
  const [useDeskKey, setUseDeskKey] = useState(true);
  useEffect(() => {
    openBackupIdentity(db).then(setDeskKey, (e: unknown) => console.warn('backup key', e));
  }, [db]);
  const folderFiles = props.list?.folder ? props.list.files : [];
  const keyChosen = !!keyFile || !!typedKey.trim() || (useDeskKey && !!deskKey);
  const ready = (!!picked || !!fromFolder) && keyChosen;

  async function keyText(): Promise<string | null> {
    if (keyFile) return keyFile.text();
    // Typed from paper, the recovery key or the backup key: spaces and case do not matter.
    if (typedKey.trim()) return typedKey.replace(/\s+/g, '').toUpperCase();
    return useDeskKey ? deskKey : null;
  }

  async function restore() {
    const key = await keyText();
    if (!key || (!picked && !fromFolder)) return;
    setError(null);
    setProgress({ phase: 'decrypt', percent: 0 });
    try {
      const host = getHost();
      const bytes = picked
        ? new Uint8Array(await picked.arrayBuffer())
        : (await host.backupRead({ name: fromFolder as string })).data;
      const { restoreBackup } = await loadBackupActions();
      const restored = await restoreBackup(db, currentActor(), host, bytes, key, {
        onProgress: (phase, done, total) =>
          setProgress({ phase, percent: total ? Math.round((done / total) * 100) : 0 }),
      });
      void message.success(t('card.restored', { clients: restored.tables.clients ?? 0 }));
      // Reopen on the restored database (the gate opens the active one, sign-in follows).
      setTimeout(() => window.location.reload(), 800);
    } catch (caught) {
      setError(errorText(caught));
      setProgress(null);
    }
  }

  return (
    <Modal
      open
      title={t('card.restoreTitle')}
      onCancel={props.onClose}
      footer={null}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }} data-testid="restore-dialog">
        <Typography.Paragraph>{t('card.restoreIntro')}</Typography.Paragraph>
        {folderFiles.length > 0 && (
          <div>
            <Typography.Text strong>{t('card.pickFromFolder')}</Typography.Text>
            <Radio.Group
              value={fromFolder}
              onChange={(e) => {
                setFromFolder(e.target.value as string);
                setPicked(null);
              }}
              style={{ display: 'flex', flexDirection: 'column' }}
            >
              {folderFiles.slice(0, 10).map((f) => (
                <Radio key={f.name} value={f.name}>
                  {new Date(f.createdAt).toLocaleString()} (
                  {Math.max(1, Math.round(f.bytes / 1024))} KB)
                  {upgradeBackupVersion(f.name) !== null &&
                    ` ${t('auto.beforeUpgrade', { version: upgradeBackupVersion(f.name) })}`}
                </Radio>
              ))}
            </Radio.Group>
          </div>
        )}
        <label>
          <Typography.Text strong>{t('card.pickBackup')}</Typography.Text>{' '}
          <input
            type="file"
            accept=".age"
            data-testid="restore-file"
            onChange={(e) => {
              setPicked(e.target.files?.[0] ?? null);
              setFromFolder(null);
            }}
          />
        </label>
        <label>
          <Typography.Text strong>{t('card.pickKey')}</Typography.Text>{' '}
          <input
            type="file"
            accept=".txt"
            data-testid="restore-key"
            onChange={(e) => setKeyFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <label>
          <Typography.Text>{t('restoreKey.typed')}</Typography.Text>
          <Input
            value={typedKey}
            onChange={(e) => setTypedKey(e.target.value)}
            placeholder={t('restoreKey.typedPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            data-testid="restore-key-text"
          />
        </label>
        {deskKey && (
          <Checkbox
            checked={useDeskKey}
            onChange={(e) => setUseDeskKey(e.target.checked)}
            data-testid="restore-desk-key"
          >
            {t('restoreKey.useDesk')}
          </Checkbox>
        )}
        {error && <Alert type="error" showIcon message={error} data-testid="restore-error" />}
        {progress && (
          <div>
            {t(`card.phase.${progress.phase}`)}
            <Progress percent={progress.percent} size="small" aria-label={t('card.restoring')} />
          </div>
        )}
        <Popconfirm
          title={t('card.restoreSure')}
          onConfirm={() => void restore()}
          disabled={!ready || !!progress}
          okButtonProps={{ 'data-testid': 'restore-sure' } as Record<`data-${string}`, string>}
        >
          <Button
            type="primary"
            danger
            disabled={!ready}
            loading={!!progress}
            data-testid="restore-confirm"
          >
            {progress ? t('card.restoring') : t('card.restoreConfirm')}
          </Button>
        </Popconfirm>
        {!ready && <Typography.Text type="secondary">{t('card.needFiles')}</Typography.Text>}
      </Space>
    </Modal>
  );
}
