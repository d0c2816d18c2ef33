// An empty screen that says what is missing and points to the import first (a list from the
// insurer is how every book of business starts); the screen adds its own second step.
import type { ReactNode } from 'react';
import { Button, Empty, Space, Typography } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../services/navigation';

export function EmptyWithImport(props: {
  /** The screen: its texts are <area>:empty.title, .hint and .importList. */
  area: 'clients' | 'today' | 'dashboard';
  /** The screen's other way forward (sample data, the customer list), if it has one. */
  children?: ReactNode;
}) {
  const { t } = useTranslation(props.area);
  const navigate = useNavigation();
  return (
    <Empty
      style={{ marginTop: 100 }}
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      data-testid={`${props.area}-empty`}
      description={
        <div style={{ maxWidth: 460, margin: '0 auto' }}>
          <Typography.Title level={4}>{t('empty.title')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('empty.hint')}</Typography.Paragraph>
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
        {props.children}
      </Space>
    </Empty>
  );
}
