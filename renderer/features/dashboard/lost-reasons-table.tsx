// Why customers were lost, most frequent first, with the premium that went with them.
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LostReasonRow } from '../../../shared/domain/kpi/kpi-report';
import { formatMoney } from './format';

export function LostReasonsTable(props: {
  rows: LostReasonRow[];
  onPick: (reason: string | null) => void;
}) {
  const { t, i18n } = useTranslation('dashboard');
  return (
    <Table<LostReasonRow>
      size="small"
      data-testid="lost-reasons"
      rowKey={(row) => row.reason ?? ''}
      dataSource={props.rows}
      pagination={false}
      scroll={{ y: 240 }}
      onRow={(row) => ({
        onClick: () => props.onPick(row.reason),
        onKeyDown: (event) => {
          if (event.key === 'Enter') props.onPick(row.reason);
        },
        tabIndex: 0,
        style: { cursor: 'pointer' },
      })}
      columns={[
        {
          title: t('columns.reason'),
          dataIndex: 'reason',
          render: (reason: string | null) => reason ?? t('noReason'),
        },
        { title: t('columns.count'), dataIndex: 'count', width: 80, align: 'right' },
        {
          title: t('columns.premium'),
          dataIndex: 'premium',
          width: 120,
          align: 'right',
          render: (premium: number) => formatMoney(premium, i18n.language),
        },
      ]}
    />
  );
}
