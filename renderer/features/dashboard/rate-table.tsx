// One table shape for the rate by staff, insurer and kind: due, renewed, lost, lapsed,
// pending and the rate. Every row opens the policies behind it (click, or Enter on the row).
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiCounts } from '../../../shared/domain/kpi/kpi-report';
import { formatRate } from './format';

export interface RateRow extends KpiCounts {
  key: string;
  label: string;
}

const COUNTS = ['due', 'renewed', 'lost', 'lapsed', 'pending'] as const;

export function RateTable(props: {
  rows: RateRow[];
  firstColumn: string;
  testId: string;
  onPick: (row: RateRow) => void;
}) {
  const { t } = useTranslation('dashboard');
  return (
    <Table<RateRow>
      size="small"
      data-testid={props.testId}
      rowKey="key"
      dataSource={props.rows}
      pagination={false}
      scroll={{ y: 240 }}
      onRow={(row) => ({
        onClick: () => props.onPick(row),
        onKeyDown: (event) => {
          if (event.key === 'Enter') props.onPick(row);
        },
        tabIndex: 0,
        style: { cursor: 'pointer' },
        'data-testid': `${props.testId}-row`,
      })}
      columns={[
        { title: props.firstColumn, dataIndex: 'label', ellipsis: true },
        ...COUNTS.map((key) => ({
          title: t(`columns.${key}`),
          dataIndex: key,
          width: 72,
          align: 'right' as const,
        })),
        {
          title: t('columns.rate'),
          dataIndex: 'rate',
          width: 80,
          align: 'right' as const,
          render: (rate: number | null) => formatRate(rate, t('tiles.noRate')),
        },
      ]}
    />
  );
}
