import { useState } from 'react';
import { Alert, App, Button, Popconfirm } from 'antd';
import { DatabaseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { loadSampleData, removeSampleData } from '../../db/repositories/sample-data-repository';
import { useDb } from '../../services/db/db-context';
import { currentActor } from '../../services/actor';
import { chinaDate } from '../../../shared/domain/china-date';
import { EmptyWithImport } from '../../ui/empty-with-import';

const SAMPLE_CLIENTS = 300;

export function ClientsEmptyState() {
  const { t } = useTranslation(['clients', 'common']);
  const db = useDb();
  const { message } = App.useApp();
  const [loading, setLoading] = useState(false);

  async function loadSample() {
    setLoading(true);
    try {
      const result = await loadSampleData(
        db,
        { clients: SAMPLE_CLIENTS, today: chinaDate(new Date()) },
        currentActor(),
      );
      message.success(t('sample.loaded', { count: result.clients }));
    } finally {
      setLoading(false);
    }
  }

  return (
    <EmptyWithImport area="clients">
      <Button
        icon={<DatabaseOutlined />}
        loading={loading}
        onClick={() => void loadSample()}
        data-testid="load-sample"
      >
        {loading ? t('sample.loading') : t('empty.loadSample')}
      </Button>
    </EmptyWithImport>
  );
}

export function SampleDataBanner() {
  const { t } = useTranslation(['clients', 'common']);
  const db = useDb();
  const { message } = App.useApp();
  return (
    <Alert
      type="warning"
      showIcon
      banner
      title={t('sample.banner')}
      data-testid="sample-banner"
      action={
        <Popconfirm
          title={t('sample.removeConfirm')}
          okText={t('common:actions.confirm')}
          cancelText={t('common:actions.cancel')}
          onConfirm={() =>
            void removeSampleData(db, currentActor()).then(() =>
              message.success(t('sample.removed')),
            )
          }
        >
          <Button size="small" danger data-testid="remove-sample">
            {t('sample.remove')}
          </Button>
        </Popconfirm>
      }
    />
  );
}
