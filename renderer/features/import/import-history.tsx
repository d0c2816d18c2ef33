// Import history (importBatches, newest first) with Undo per batch. Undo asks first; when the
// repository refuses (later batches or hand edits depend on it) its message says why and what
// to do.
import { useActorLabel } from '../../ui/actor-label';
import { chinaDateTime } from '../../../shared/domain/china-date';
import { App, Button, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '../../../shared/domain/types';
import { listImportBatches } from '../../db/repositories/import-history';
import { useDb } from '../../services/db/db-context';
import { listStaff } from '../../db/repositories/staff-repository';
import { useErrorText } from '../../ui/use-text';
import { undoBatch } from './import-actions';

export function ImportHistory() {
  const { t } = useTranslation('import');
  const errorText = useErrorText();
  const db = useDb();
  const staff = useLiveQuery(() => listStaff(db), [db]);
  const actorLabel = useActorLabel(new Map((staff ?? []).map((s) => [s.id, s.name])));
  const { modal, message } = App.useApp();
  const batches = useLiveQuery(() => listImportBatches(db), [db]);

  function undo(batch: ImportBatch) {
    modal.confirm({
      title: t('history.undoTitle', { file: batch.fileName }),
      content: t('history.undoBody'),
      okText: t('history.undoOk'),
      okButtonProps: { danger: true },
      autoFocusButton: 'ok',
      onOk: async () => {
        try {
          // In a worker: undoing a 50k-row batch must not block the window.
          await undoBatch(db, batch.id);
          message.success(t('history.undoDone', { file: batch.fileName }));
        } catch (error) {
          modal.error({
            title: t('history.undoRefused'),
            content: <span data-testid="undo-refused">{errorText(error)}</span>,
          });
        }
      },
    });
  }

  return (
    <div style={{ marginTop: 32 }}>
      <Typography.Title level={4}>{t('history.title')}</Typography.Title>
      <Table<ImportBatch>
        data-testid="import-history"
        size="small"
        rowKey="id"
        loading={batches === undefined}
        dataSource={batches ?? []}
        locale={{ emptyText: t('history.empty') }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        onRow={(b) => ({ 'data-testid': 'history-row', 'data-file': b.fileName }) as object}
        columns={[
          { title: t('history.file'), dataIndex: 'fileName' },
          {
            title: t('history.when'),
            key: 'when',
            width: 150,
            render: (_, b) => chinaDateTime(b.createdAt),
          },
          {
            title: t('history.who'),
            key: 'who',
            width: 110,
            render: (_, b) => actorLabel(b.updatedBy),
          },
          {
            title: t('history.counts'),
            key: 'counts',
            render: (_, b) =>
              (['new', 'updated', 'unchanged', 'renewed', 'ownerChanged', 'skipped'] as const)
                .map((k) => `${t(`counts.${k}`)} ${b.counts[k]}`)
                .join(' · '),
          },
          {
            title: '',
            key: 'undo',
            width: 90,
            render: (_, b) =>
              b.undone ? (
                <Tag>{t('history.undone')}</Tag>
              ) : b.undoExpired ? (
                <Tag data-testid="undo-expired">{t('history.undoExpired')}</Tag>
              ) : (
                <Button size="small" data-testid="undo-batch" onClick={() => undo(b)}>
                  {t('history.undo')}
                </Button>
              ),
          },
        ]}
      />
    </div>
  );
}
