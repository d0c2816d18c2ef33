// Restore with the recovery key, without signing in (issue 11, "Bad input"): for a new or
// wiped computer (from owner setup) and for a desk where nobody's password opens the data keys
// any more (from the sign-in screen). The person picks the backup file and types the recovery
// key from the printed sheet (or its backup key); the backup goes into a new database, every
// check runs, and the window reopens on it. The current database stays as it is.
import { useState } from 'react';
import { Alert, Button, Card, Input, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupPhase } from '../../services/backup/backup-file';
import { useDb } from '../../services/db/db-context';
import { getHost } from '../../services/host';
import { useErrorText } from '../../ui/use-text';

const loadActions = () => import('../../services/backup/backup-actions');

export function RestoreWithKey({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation('backup');
  const errorText = useErrorText();
  const db = useDb();
  const [file, setFile] = useState<File | null>(null);
  const [key, setKey] = useState('');
  const [progress, setProgress] = useState<{ phase: BackupPhase; percent: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);

  async function restore() {
    if (!file || !key.trim()) return;
    setError(null);
    setProgress({ phase: 'decrypt', percent: 0 });
    try {
      const { restoreWithKey } = await loadActions();
      const restored = await restoreWithKey(
        db,
        getHost(),
        new Uint8Array(await file.arrayBuffer()),
        key,
        {
          onProgress: (phase, n, total) =>
            setProgress({ phase, percent: total ? Math.round((n / total) * 100) : 0 }),
        },
      );
      setDone(restored.tables.clients ?? 0);
      // Reopen on the restored database: its own staff sign in with their passwords.
      setTimeout(() => window.location.reload(), 1500);
    } catch (caught) {
      setError(errorText(caught));
      setProgress(null);
    }
  }

  return (
    <div className="signin-backdrop" data-testid="restore-with-key">
      <Card style={{ width: 560 }}>
        <Typography.Title level={3}>{t('withKey.title')}</Typography.Title>
        <Typography.Paragraph>{t('withKey.intro')}</Typography.Paragraph>
        <Alert type="info" showIcon title={t('withKey.keep')} style={{ marginBottom: 16 }} />
        <Space orientation="vertical" style={{ width: '100%' }}>
          <label>
            <Typography.Text strong>{t('withKey.file')}</Typography.Text>{' '}
            <input
              type="file"
              accept=".age"
              data-testid="restore-with-key-file"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </label>
          <label>
            <Typography.Text strong>{t('withKey.key')}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
              {t('withKey.keyHelp')}
            </Typography.Paragraph>
            <Input.TextArea
              value={key}
              onChange={(e) => setKey(e.target.value)}
              autoSize={{ minRows: 2, maxRows: 4 }}
              autoComplete="off"
              spellCheck={false}
              placeholder="XXXX-XXXX-XXXX-…"
              data-testid="restore-with-key-text"
            />
          </label>
          {error && (
            <Alert type="error" showIcon title={error} data-testid="restore-with-key-error" />
          )}
          {done !== null && (
            <Alert
              type="success"
              showIcon
              title={t('card.restored', { clients: done })}
              data-testid="restore-with-key-done"
            />
          )}
          {progress && done === null && (
            <div>
              {t(`card.phase.${progress.phase}`)}
              <Progress percent={progress.percent} size="small" aria-label={t('card.restoring')} />
            </div>
          )}
          <Space>
            <Button
              type="primary"
              disabled={!file || !key.trim() || done !== null}
              loading={!!progress && done === null}
              onClick={() => void restore()}
              data-testid="restore-with-key-confirm"
            >
              {progress ? t('card.restoring') : t('withKey.confirm')}
            </Button>
            <Button onClick={onBack} disabled={!!progress} data-testid="restore-with-key-back">
              {t('withKey.back')}
            </Button>
          </Space>
        </Space>
      </Card>
    </div>
  );
}
