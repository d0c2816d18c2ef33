// Reading, normalising, planning and committing run in the worker: stage, rows, percent and a
// Cancel button, which goes away once the commit transaction has started (all or nothing).
import { Button, Card, Progress, Space, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SessionProgress } from '../../services/import/import-session-types';
import { useImportUi } from './import-store';

const n = (value: number): string => value.toLocaleString('en-US');

/** "1,500 / 50,000 rows" while a stage goes through rows; the sheet's size once it is read. */
function rowsText(t: TFunction<'import'>, p: SessionProgress | null): string {
  if (!p) return '';
  if (p.total !== undefined && (p.stage === 'read' || p.stage === 'map'))
    return t('reading.rowsInFile', { count: p.total, n: n(p.total) });
  if (p.total !== undefined && p.stage !== 'done')
    return t('reading.rowsOf', { done: n(Math.min(p.rows, p.total)), total: n(p.total) });
  return p.rows > 0 ? t('reading.rows', { count: p.rows }) : '';
}

export function ReadProgress() {
  const { t } = useTranslation('import');
  const file = useImportUi((s) => s.file);
  const progress = useImportUi((s) => s.progress);
  const cancel = useImportUi((s) => s.cancel);
  const phase = useImportUi((s) => s.phase);
  const stage = progress?.stage ?? 'read';
  const locked = progress?.cancellable === false;
  const rows = rowsText(t, progress);
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
          <span data-testid="import-progress-rows">{rows ? ` · ${rows}` : ''}</span>
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
