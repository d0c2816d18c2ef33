// After the commit: what was written, or plainly that nothing changed.
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../services/navigation';
import { useImportUi } from './import-store';

export function CommitResultView() {
  const { t } = useTranslation('import');
  const navigate = useNavigation();
  const result = useImportUi((s) => s.result);
  const reset = useImportUi((s) => s.reset);
  if (!result) return null;
  // The summary text names each count by its ImportCounts field ({{new}}, {{renewed}}…).
  const c = result.counts;
  const nothing = result.batchId === null;
  // Nothing written because every row was skipped is not "already the same as stored".
  const allSkipped = nothing && c.rows > 0 && c.skipped === c.rows;
  return (
    <Result
      status={nothing ? 'info' : 'success'}
      title={
        <span data-testid="result-title">
          {allSkipped ? t('result.allSkipped') : nothing ? t('result.nothing') : t('result.title')}
        </span>
      }
      subTitle={
        <span data-testid="result-summary">
          {allSkipped
            ? `${t('result.allSkippedSub', { count: c.skipped })} `
            : nothing
              ? `${t('result.nothingSub')} `
              : ''}
          {t('result.summary', { ...c })}
        </span>
      }
      extra={[
        <Button
          key="clients"
          type="primary"
          autoFocus
          onClick={() => navigate({ name: 'clients' })}
        >
          {t('result.toClients')}
        </Button>,
        <Button key="again" onClick={reset} data-testid="import-again">
          {t('result.again')}
        </Button>,
      ]}
    />
  );
}
