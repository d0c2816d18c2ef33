// A file that could not be read: the named error says what is wrong and what to do.
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useText } from '../../ui/use-text';
import { useImportUi } from './import-store';

export function ImportFailureView() {
  const { t } = useTranslation('import');
  const text = useText();
  const failure = useImportUi((s) => s.failure);
  const file = useImportUi((s) => s.file);
  const reset = useImportUi((s) => s.reset);
  if (!failure) return null;
  const cancelled = failure.code === 'cancelled';
  return (
    <Result
      status={cancelled ? 'info' : 'error'}
      title={cancelled ? t('failed.cancelled') : t('failed.title', { file: file?.name ?? '' })}
      subTitle={
        <span data-testid="import-error" data-code={failure.code}>
          {text.text(failure.text)} {cancelled ? '' : t('failed.nothingWritten')}
        </span>
      }
      extra={
        <Button type="primary" autoFocus onClick={reset}>
          {t('chooseAnother')}
        </Button>
      }
    />
  );
}
