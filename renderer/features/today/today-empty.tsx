// What Today shows with nothing due: says so, and points to the import for a first list.
import { Button, Empty, Space, Spin, Typography } from 'antd';
import { ImportOutlined, TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../services/navigation';

export function TodayEmpty({ computing }: { computing: boolean }) {
  const { t } = useTranslation('today');
  const navigate = useNavigation();
  if (computing) {
    return (
      <div style={{ marginTop: 120, textAlign: 'center' }}>
        <Spin />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('computing')}
        </Typography.Paragraph>
      </div>
    );
  }
  return (
    <Empty
      style={{ marginTop: 100 }}
      data-testid="today-empty"
      description={
        <>
          <Typography.Title level={4}>{t('empty.title')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('empty.hint')}</Typography.Paragraph>
        </>
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
        <Button icon={<TeamOutlined />} onClick={() => navigate({ name: 'clients' })}>
          {t('empty.customers')}
        </Button>
      </Space>
    </Empty>
  );
}
