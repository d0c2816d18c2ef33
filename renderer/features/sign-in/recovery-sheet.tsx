// The printable recovery sheet (PRIVACY.md: "a recovery key shown at setup for printing"), as
// 1Password's recovery kit: the key, who it belongs to, when it was made, and the plain
// warning that losing both the owner's password and this key loses the data. Shown once; the
// owner confirms they kept it before the app opens.
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useRecoverySheet } from './recovery-sheet-store';

export function RecoverySheet() {
  const { t, i18n } = useTranslation('signin');
  const pending = useRecoverySheet((s) => s.pending);
  const done = useRecoverySheet((s) => s.done);
  const [saved, setSaved] = useState(false);
  if (!pending) return null;
  const created = new Date(pending.createdAt).toLocaleString(i18n.language);
  return (
    <div className="signin-backdrop" data-testid="recovery-sheet">
      <Card style={{ width: 620 }}>
        <Typography.Title level={3}>{t('recovery.title')}</Typography.Title>
        <Typography.Paragraph>{t('recovery.intro')}</Typography.Paragraph>
        <Alert type="warning" showIcon title={t('recovery.warning')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph>
          {t('recovery.agency', { name: pending.ownerName })}
          <br />
          {t('recovery.created', { at: created })}
        </Typography.Paragraph>
        <Typography.Text strong>{t('recovery.keyLabel')}</Typography.Text>
        <pre
          className="recovery-key"
          data-testid="recovery-key"
          aria-label={t('recovery.keyLabel')}
        >
          {pending.text}
        </pre>
        {pending.backupIdentity ? (
          <>
            <Typography.Text strong>{t('recovery.backupLabel')}</Typography.Text>
            <Typography.Paragraph type="secondary">{t('recovery.backupHelp')}</Typography.Paragraph>
            <pre
              className="recovery-key recovery-key--small"
              data-testid="recovery-backup-identity"
              aria-label={t('recovery.backupLabel')}
            >
              {pending.backupIdentity}
            </pre>
          </>
        ) : (
          <Typography.Paragraph type="secondary">
            {t('recovery.backupEarlier')}
          </Typography.Paragraph>
        )}
        <Typography.Paragraph type="secondary">{t('recovery.keep')}</Typography.Paragraph>
        <Space orientation="vertical" className="no-print" style={{ width: '100%' }}>
          <Button
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            data-testid="recovery-print"
          >
            {t('recovery.print')}
          </Button>
          <Checkbox
            checked={saved}
            onChange={(e) => setSaved(e.target.checked)}
            data-testid="recovery-saved"
          >
            {t('recovery.saved')}
          </Checkbox>
          <Button
            type="primary"
            block
            disabled={!saved}
            onClick={() => done()}
            data-testid="recovery-continue"
          >
            {t('recovery.continue')}
          </Button>
        </Space>
      </Card>
    </div>
  );
}
