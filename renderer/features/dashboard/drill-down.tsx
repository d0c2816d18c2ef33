// The policies behind one figure (a person's rate, an insurer, a month, a lost reason), with
// who, which car, the status and why; exported as it is shown. Esc or the back button returns.
import { useEffect, useState } from 'react';
import { Alert, Button, Space, Spin, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/domain/types';
import type { DrillFilter } from '../../services/kpi/dashboard-data';
import type { KpiClient } from '../../services/kpi/kpi-client';
import { DRILL_LIMIT, type DrillRow } from '../../services/kpi/kpi-worker-handlers';
import { ExportMenu } from '../../ui/export-menu';
import { useErrorText } from '../../ui/use-text';
import { formatMoney } from './format';

const STATUS_COLOR = { renewed: 'green', lost: 'red', lapsed: 'default', pending: 'blue' } as const;

export function DrillDown(props: {
  client: KpiClient;
  today: IsoDate;
  filter: DrillFilter;
  what: string;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation('dashboard');
  const { t: tc } = useTranslation('common');
  const errorText = useErrorText();
  const [result, setResult] = useState<{ rows: DrillRow[]; total: number }>();
  const [error, setError] = useState<unknown>(null);
  const { client, today, filter, onBack } = props;

  useEffect(() => {
    let current = true;
    client.drillDown(today, filter).then(
      (next) => current && setResult(next),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [client, today, filter]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onBack();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack]);

  const status = (s: DrillRow['status']) => t(`status.${s}`);
  const columns = [
    { header: t('drill.client'), key: 'clientName', type: 'text' as const },
    { header: t('drill.plate'), key: 'plate', type: 'text' as const },
    { header: t('columns.insurer'), key: 'insurer', type: 'text' as const },
    { header: t('columns.kind'), key: 'kind', type: 'text' as const },
    { header: t('drill.endDate'), key: 'endDate', type: 'date' as const },
    { header: t('columns.premium'), key: 'premium', type: 'number' as const },
    { header: t('drill.status'), key: 'status', type: 'text' as const },
    { header: t('columns.staff'), key: 'staff', type: 'text' as const },
    { header: t('columns.reason'), key: 'lostReason', type: 'text' as const },
    { header: t('drill.renewedTo'), key: 'renewedInsurer', type: 'text' as const },
  ];

  return (
    <div
      style={{
        padding: 24,
        display: 'flex',
        flexDirection: 'column',
        gap: 12,
        minHeight: 0,
        flex: 1,
      }}
    >
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="drill-back">
            {t('drill.back')}
          </Button>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="drill-title">
            {t('drill.title', { what: props.what })}
          </Typography.Title>
        </Space>
        <ExportMenu
          label={t('drill.export')}
          testId="drill-export"
          disabled={!result || result.rows.length === 0}
          request={{
            columns,
            rows: async () =>
              (result?.rows ?? []).map((row) => ({
                ...row,
                kind: tc(`kinds.${row.kind}`),
                status: status(row.status),
                staff: row.staff ?? t('unassigned'),
              })),
            sheetName: t('title'),
            fileStem: `${t('title')}-${props.what}`,
            date: today,
          }}
        />
      </Space>
      {error ? <Alert type="error" showIcon message={errorText(error)} /> : null}
      {!result && !error ? <Spin /> : null}
      {result ? (
        <>
          <Typography.Text type="secondary" data-testid="drill-total">
            {result.total > DRILL_LIMIT
              ? t('drill.cut', { count: result.total, limit: DRILL_LIMIT })
              : t('drill.total', { count: result.total })}
          </Typography.Text>
          <Table<DrillRow>
            size="small"
            virtual
            scroll={{ y: 520 }}
            rowKey="policyId"
            data-testid="drill-table"
            pagination={false}
            dataSource={result.rows}
            locale={{ emptyText: t('drill.empty') }}
            onRow={() => ({ 'data-testid': 'drill-row' }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('drill.client'), dataIndex: 'clientName', width: 120 },
              {
                title: t('drill.plate'),
                dataIndex: 'plate',
                width: 110,
                render: (plate: string | null) => plate ?? t('drill.noPlate'),
              },
              { title: t('columns.insurer'), dataIndex: 'insurer', width: 120, ellipsis: true },
              {
                title: t('columns.kind'),
                dataIndex: 'kind',
                width: 80,
                render: (kind: DrillRow['kind']) => tc(`kinds.${kind}`),
              },
              { title: t('drill.endDate'), dataIndex: 'endDate', width: 110 },
              {
                title: t('columns.premium'),
                dataIndex: 'premium',
                width: 100,
                align: 'right',
                render: (p: number | null) => (p === null ? '' : formatMoney(p, i18n.language)),
              },
              {
                title: t('drill.status'),
                dataIndex: 'status',
                width: 90,
                render: (s: DrillRow['status']) => <Tag color={STATUS_COLOR[s]}>{status(s)}</Tag>,
              },
              {
                title: t('columns.staff'),
                dataIndex: 'staff',
                width: 100,
                render: (s: string | null) => s ?? t('unassigned'),
              },
              { title: t('columns.reason'), dataIndex: 'lostReason', ellipsis: true },
            ]}
          />
        </>
      ) : null}
    </div>
  );
}
