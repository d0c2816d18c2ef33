// Commit: blocked while rows with errors are neither fixed nor skipped; a confirm dialog states
// the counts (Enter imports, Esc cancels); progress while the one transaction runs.
import { useRef, useState } from 'react';
import { Alert, App, Button, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PreviewSummary } from '../../services/import/import-session-types';
import { useErrorText } from '../../ui/use-text';
import { commitCurrent, skipErrorRows } from './import-actions';
import { useImportUi } from './import-store';
import { ReadProgress } from './read-progress';

export function CommitBar({ preview }: { preview: PreviewSummary }) {
  const { t } = useTranslation('import');
  const errorText = useErrorText();
  const { modal } = App.useApp();
  const previewing = useImportUi((s) => s.previewing);
  const phase = useImportUi((s) => s.phase);
  const [confirming, setConfirming] = useState(false);
  const okRef = useRef<HTMLButtonElement>(null);
  const blocking = preview.blockingRows;
  // The confirm text names each count by its ImportCounts field ({{new}}, {{renewed}}…).
  const c = preview.counts;
  // The file's own question (its insurer) is asked above the preview; it blocks here too.
  const fileBlocked = preview.fileProblems.some((p) => p.severity === 'error');
  const allSkipped = c.rows > 0 && c.skipped === c.rows;

  async function commit() {
    setConfirming(false);
    try {
      await commitCurrent();
    } catch (error) {
      modal.error({
        title: t('failed.title', { file: preview.meta.fileName }),
        content: `${errorText(error)} ${t('failed.nothingWritten')}`,
      });
    }
  }

  function skipAll() {
    void skipErrorRows();
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {blocking > 0 ? (
        <Alert
          type="error"
          showIcon
          data-testid="commit-blocked"
          message={t('commit.blocked', { count: blocking })}
          action={
            <Button size="small" onClick={skipAll} data-testid="skip-all-errors">
              {t('commit.skipAllErrors')}
            </Button>
          }
        />
      ) : null}
      <Button
        type="primary"
        size="large"
        data-testid="commit-import"
        disabled={blocking > 0 || fileBlocked || previewing || phase === 'committing'}
        loading={phase === 'committing'}
        onClick={() => setConfirming(true)}
      >
        {phase === 'committing'
          ? t('commit.committing')
          : allSkipped && !fileBlocked
            ? t('commit.allSkipped', { count: c.skipped })
            : t('commit.button')}
      </Button>
      {phase === 'committing' ? <ReadProgress /> : null}
      <Modal
        open={confirming}
        title={t('commit.confirmTitle', { file: preview.meta.fileName })}
        onCancel={() => setConfirming(false)}
        // The dialog's own focus trap wins over autoFocus: focus OK once it is open.
        afterOpenChange={(open) => {
          if (open) okRef.current?.focus();
        }}
        footer={[
          <Button key="cancel" onClick={() => setConfirming(false)}>
            {t('commit.cancel')}
          </Button>,
          // Focused when the dialog opens, so Enter imports and Esc (the Modal's) cancels.
          <Button
            key="ok"
            ref={okRef}
            type="primary"
            data-testid="confirm-commit"
            onClick={() => void commit()}
          >
            {t('commit.confirmOk')}
          </Button>,
        ]}
      >
        <p data-testid="confirm-body">{t('commit.confirmBody', { ...c })}</p>
      </Modal>
    </Space>
  );
}
