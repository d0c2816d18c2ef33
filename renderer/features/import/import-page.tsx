// The import screen: choose a file → worker reads it (progress, cancel) → sheet / header /
// mapping / insurer → preview with fixes and skips → commit → result; history with undo and
// the policy export below.
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CommitResultView } from './commit-result';
import { ExportPoliciesButton } from './export-policies-button';
import { FileDropZone } from './file-drop-zone';
import { ImportFailureView } from './import-failure';
import { ImportHistory } from './import-history';
import { ImportReview } from './import-review';
import { useImportUi } from './import-store';
import { ReadProgress } from './read-progress';

export function ImportPage(_props: { taskId?: string | undefined }) {
  const { t } = useTranslation('import');
  const phase = useImportUi((s) => s.phase);
  const file = useImportUi((s) => s.file);
  const reset = useImportUi((s) => s.reset);
  return (
    <div style={{ height: '100%', overflow: 'auto', padding: 16 }} data-testid="import-page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
          {file && phase !== 'idle' ? (
            <Typography.Text type="secondary" style={{ fontSize: 14, marginLeft: 12 }}>
              {file.name}
            </Typography.Text>
          ) : null}
        </Typography.Title>
        <Space>
          {phase === 'ready' || phase === 'failed' ? (
            <Button onClick={reset} data-testid="choose-another">
              {t('chooseAnother')}
            </Button>
          ) : null}
          <ExportPoliciesButton />
        </Space>
      </Space>
      {phase === 'idle' ? <FileDropZone /> : null}
      {phase === 'reading' ? <ReadProgress /> : null}
      {phase === 'failed' ? <ImportFailureView /> : null}
      {phase === 'ready' || phase === 'committing' ? <ImportReview /> : null}
      {phase === 'done' ? <CommitResultView /> : null}
      <ImportHistory />
    </div>
  );
}
