// Reading, normalising, planning and committing run in the worker: stage, rows, percent and a
// Cancel button, which goes away once the commit transaction has started (all or nothing).
import { Button, Card, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useImportUi } from './import-store';

export function ReadProgress() {
  const { t } = useTranslation('import');
  const file = useImportUi((s) => s.file);
  const progress = useImportUi((s) => s.progress);
  const cancel = useImportUi((s) => s.cancel);
  const phase = useImportUi((s) => s.phase);
  const stage = progress?.stage ?? 'read';
  const locked = progress?.cancellable === false;
  return (
    <Card data-testid="import-progress">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t(phase === 'committing' ? 'reading.committing' : 'reading.title', {
          file: file?.name ?? '',
        })}
      </Typography.Title>
      <Progress percent={Math.round(progress?.percent ?? 0)} status="active" />
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">
          {t(`reading.stage.${stage}`)}
          {progress && progress.rows > 0 ? ` · ${t('reading.rows', { count: progress.rows })}` : ''}
        </Typography.Text>
        {locked ? (
          <Typography.Text type="warning" data-testid="import-atomic">
            {t('reading.atomic')}
          </Typography.Text>
        ) : (
          <Button onClick={() => cancel?.()} disabled={!cancel} data-testid="import-cancel">
            {t('reading.cancel')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
