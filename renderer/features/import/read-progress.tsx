// Reading and normalising run in the worker: stage, rows, percent and a Cancel button.
import { Button, Card, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useImportUi } from './import-store';

export function ReadProgress() {
  const { t } = useTranslation('import');
  const file = useImportUi((s) => s.file);
  const progress = useImportUi((s) => s.progress);
  const cancel = useImportUi((s) => s.cancel);
  const stage = progress?.stage ?? 'read';
  return (
    <Card data-testid="import-progress">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('reading.title', { file: file?.name ?? '' })}
      </Typography.Title>
      <Progress percent={Math.round(progress?.percent ?? 0)} status="active" />
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">
          {t(`reading.stage.${stage}`)}
          {progress && progress.rows > 0 ? ` · ${t('reading.rows', { count: progress.rows })}` : ''}
        </Typography.Text>
        <Button onClick={() => cancel?.()} disabled={!cancel} data-testid="import-cancel">
          {t('reading.cancel')}
        </Button>
      </Space>
    </Card>
  );
}
