import { useState } from 'react';
import { Alert, App, Button, Empty, Popconfirm, Space } from 'antd';
import { DatabaseOutlined, ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { loadSampleData, removeSampleData } from '../../db/repositories/sample-data-repository';
import { useDb } from '../../services/db/db-context';
import { currentActor } from '../../services/actor';
import { useNavigation } from '../../services/navigation';
import { chinaDate } from '../../../shared/domain/china-date';

const SAMPLE_CLIENTS = 300;

export function ClientsEmptyState() {
  const { t } = useTranslation(['clients', 'common']);
  const db = useDb();
  const { message } = App.useApp();
  const navigate = useNavigation();
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
    <Empty
      style={{ marginTop: 96 }}
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <div style={{ maxWidth: 460, margin: '0 auto' }} data-testid="clients-empty">
          <h3>{t('empty.title')}</h3>
          <p>{t('empty.description')}</p>
        </div>
      }
    >
      <Space>
        <Button
          type="primary"
          icon={<ImportOutlined />}
          onClick={() => navigate({ name: 'import' })}
        >
          {t('empty.importList')}
        </Button>
        <Button
          icon={<DatabaseOutlined />}
          loading={loading}
          onClick={() => void loadSample()}
          data-testid="load-sample"
        >
          {loading ? t('sample.loading') : t('empty.loadSample')}
        </Button>
      </Space>
    </Empty>
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
