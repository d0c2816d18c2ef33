// What Today shows with nothing due: says so, and points to the import for a first list.
import { Button, Spin, Typography } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../services/navigation';
import { EmptyWithImport } from '../../ui/empty-with-import';

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
    <EmptyWithImport area="today">
      <Button icon={<TeamOutlined />} onClick={() => navigate({ name: 'clients' })}>
        {t('empty.customers')}
      </Button>
    </EmptyWithImport>
  );
}
