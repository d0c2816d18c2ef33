// Complaints per 100 contacts by staff member and by script version (issue 12 point 4), for
// the dashboard's period: computed in the figures worker, refreshed after writes to tasks
// (contacts) or feedback. A row opens the complaints behind it on the complaints page.
import { useEffect, useState } from 'react';
import { Card, Empty, Table, Tooltip } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type {
  ComplaintRates,
  ScriptComplaintRate,
  StaffComplaintRate,
} from '../../../shared/domain/kpi/complaint-rates';
import { listStaff } from '../../db/repositories/staff-repository';
import { useDb } from '../../services/db/db-context';
import type { Period } from '../../services/kpi/dashboard-data';
import type { KpiClient } from '../../services/kpi/kpi-client';
import { useNavigation } from '../../services/navigation';
import { useScriptTitle } from '../../ui/script-title';
import { useErrorText } from '../../ui/use-text';
import { useToday } from '../../ui/use-today';
import { useRefreshOn } from './use-dashboard';

const REFRESH_TABLES = new Set(['tasks', 'feedback']);

function useComplaintRates(client: KpiClient, period: Period) {
  const today = useToday();
  const [data, setData] = useState<{ key: string; rates: ComplaintRates } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const version = useRefreshOn(REFRESH_TABLES);
  useEffect(() => {
    let current = true;
    client.complaintRates(today, period).then(
      (rates) => current && setData({ key: `${today}:${period}`, rates }),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [client, today, period, version]);
  return { rates: data?.key === `${today}:${period}` ? data.rates : undefined, error };
}

const per100 = (value: number | null) => (value === null ? '—' : value.toFixed(1));

export function ComplaintRatesCard(props: {
  client: KpiClient;
  period: Period;
  periodName: string;
}) {
  const { t } = useTranslation('complaints');
  const db = useDb();
  const navigate = useNavigation();
  const scriptTitle = useScriptTitle();
  const errorText = useErrorText();
  const { rates, error } = useComplaintRates(props.client, props.period);
  const staff = useLiveQuery(() => listStaff(db), [db]);
  const name = (id: string) => staff?.find((s) => s.id === id)?.name ?? '—';
  const counts = [
    { title: t('rates.contacts'), dataIndex: 'contacts', width: 72, align: 'right' as const },
    { title: t('rates.complaints'), dataIndex: 'complaints', width: 72, align: 'right' as const },
    {
      title: t('rates.per100'),
      dataIndex: 'per100',
      width: 80,
      align: 'right' as const,
      render: per100,
    },
  ];
  const rowProps = (id: string, testId: string) => ({
    onClick: () => navigate({ name: 'complaints', id }),
    onKeyDown: (event: React.KeyboardEvent) => {
      if (event.key === 'Enter') navigate({ name: 'complaints', id });
    },
    tabIndex: 0,
    style: { cursor: 'pointer' },
    'data-testid': testId,
  });

  return (
    <Card
      size="small"
      data-testid="complaint-rates"
      title={`${t('rates.title')} · ${props.periodName}`}
      extra={
        <Tooltip title={t('rates.hint')} styles={{ root: { maxWidth: 420 } }}>
          <InfoCircleOutlined aria-label={t('rates.hint')} tabIndex={0} />
        </Tooltip>
      }
    >
      {error ? (
        <Empty description={errorText(error)} />
      ) : rates && rates.byStaff.length === 0 && rates.byScript.length === 0 ? (
        <Empty description={t('rates.empty')} />
      ) : (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 16 }}>
          <Table<StaffComplaintRate>
            size="small"
            loading={!rates}
            rowKey="staffId"
            dataSource={rates?.byStaff ?? []}
            pagination={false}
            scroll={{ y: 240 }}
            title={() => t('rates.byStaff')}
            onRow={(row) => rowProps(`staff:${row.staffId}`, 'complaint-rate-staff')}
            columns={[
              {
                title: t('rates.staff'),
                dataIndex: 'staffId',
                ellipsis: true,
                render: (id: string) => name(id),
              },
              ...counts,
            ]}
          />
          <Table<ScriptComplaintRate>
            size="small"
            loading={!rates}
            rowKey="scriptId"
            dataSource={rates?.byScript ?? []}
            pagination={false}
            scroll={{ y: 240 }}
            title={() => t('rates.byScript')}
            onRow={(row) => rowProps(`script:${row.scriptId}`, 'complaint-rate-script')}
            columns={[
              {
                title: t('rates.script'),
                dataIndex: 'script',
                ellipsis: true,
                render: (s: ScriptComplaintRate['script']) =>
                  s
                    ? t('rates.version', { title: scriptTitle(s), version: s.version })
                    : t('rates.unknownScript'),
              },
              ...counts,
            ]}
          />
        </div>
      )}
    </Card>
  );
}
