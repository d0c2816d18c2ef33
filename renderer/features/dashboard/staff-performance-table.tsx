// 员工表现: per person, the volume of work next to its quality (issue 12 point 3), so calling
// more cannot hide calling late or drawing complaints. Each row opens that person's policies.
import { Alert, Spin, Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StaffPerformanceRow } from '../../../shared/domain/kpi/staff-performance';
import type { Period } from '../../services/kpi/dashboard-data';
import type { KpiClient } from '../../services/kpi/kpi-client';
import { useErrorText } from '../../ui/use-text';
import { formatRate } from './format';
import { usePerformance } from './use-performance';

type PerformanceColumn =
  | 'cases'
  | 'onTime'
  | 'rate'
  | 'premiumRate'
  | 'attemptsPerCase'
  | 'overdue'
  | 'complaints'
  | 'satisfaction';

export function StaffPerformanceTable(props: {
  client: KpiClient;
  period: Period;
  onPick: (staff: string | null, label: string) => void;
}) {
  const { t } = useTranslation('dashboard');
  const errorText = useErrorText();
  const { rows, error } = usePerformance(props.client, props.period);
  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  if (!rows) return <Spin />;
  const dash = t('tiles.noRate');
  const label = (row: StaffPerformanceRow) => row.staff ?? t('unassigned');
  const heading = (key: PerformanceColumn) => (
    <Tooltip title={t(`performance.help.${key}`)}>
      <span>{t(`performance.columns.${key}`)}</span>
    </Tooltip>
  );
  const number = (value: number | null, digits = 1) =>
    value === null ? dash : Number.isInteger(value) ? String(value) : value.toFixed(digits);
  return (
    <Table<StaffPerformanceRow>
      size="small"
      data-testid="staff-performance"
      rowKey={(row) => row.staff ?? ''}
      dataSource={rows}
      pagination={false}
      scroll={{ x: true, y: 320 }}
      locale={{ emptyText: t('performance.empty') }}
      onRow={(row) => ({
        onClick: () => props.onPick(row.staff, label(row)),
        onKeyDown: (event) => {
          if (event.key === 'Enter') props.onPick(row.staff, label(row));
        },
        tabIndex: 0,
        style: { cursor: 'pointer' },
        'data-testid': 'staff-performance-row',
      })}
      columns={[
        { title: t('columns.staff'), key: 'staff', render: (_, row) => label(row), fixed: 'left' },
        { title: heading('cases'), dataIndex: 'cases', align: 'right' },
        {
          title: heading('onTime'),
          key: 'onTime',
          align: 'right',
          render: (_, row) => (
            <Tooltip title={`${row.tierCallsOnTime} / ${row.tierCallsDue}`}>
              {formatRate(row.onTimeRate, dash)}
            </Tooltip>
          ),
        },
        {
          title: heading('rate'),
          key: 'rate',
          align: 'right',
          render: (_, row) => formatRate(row.rate, dash),
        },
        {
          title: heading('premiumRate'),
          key: 'premiumRate',
          align: 'right',
          render: (_, row) => formatRate(row.premiumRate, dash),
        },
        {
          title: heading('attemptsPerCase'),
          key: 'attemptsPerCase',
          align: 'right',
          render: (_, row) => number(row.attemptsPerCase),
        },
        { title: heading('overdue'), dataIndex: 'overdue', align: 'right' },
        {
          title: heading('complaints'),
          key: 'complaints',
          align: 'right',
          render: (_, row) =>
            row.complaintsPer100Contacts === null
              ? dash
              : `${row.complaints} · ${number(row.complaintsPer100Contacts)}`,
        },
        {
          title: heading('satisfaction'),
          key: 'satisfaction',
          align: 'right',
          render: (_, row) =>
            row.satisfaction === null
              ? dash
              : `${row.satisfaction.toFixed(1)} (${row.satisfactionCount})`,
        },
      ]}
    />
  );
}
