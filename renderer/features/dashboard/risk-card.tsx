// 风险提醒: the open renewals to look at now (issue 12): ending soon with nobody reached, a quote
// well above the expiring premium, or a customer with an open complaint. A row opens the
// customer.
import { Alert, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { HIGH_QUOTE_RATIO, RISK_DAYS, type RiskReason } from '../../../shared/domain/kpi/risk-list';
import type { KpiClient } from '../../services/kpi/kpi-client';
import type { RiskRow } from '../../services/kpi/kpi-worker-handlers';
import { useNavigation } from '../../services/navigation';
import { useErrorText } from '../../ui/use-text';
import { formatMoney } from './format';
import { useRisks } from './use-performance';

const REASON_COLOR: Record<RiskReason, string> = {
  no_contact: 'orange',
  high_quote: 'gold',
  open_complaint: 'red',
};

export function RiskCard(props: { client: KpiClient }) {
  const { t, i18n } = useTranslation('dashboard');
  const errorText = useErrorText();
  const navigate = useNavigation();
  const { risks, error } = useRisks(props.client);
  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  if (!risks) return <Spin />;
  const open = (row: RiskRow) => navigate({ name: 'clients', id: row.clientId });
  const money = (value: number | null) =>
    value === null ? t('tiles.noRate') : formatMoney(value, i18n.language);
  return (
    <>
      <Typography.Text type="secondary" data-testid="risk-summary">
        {t('risk.summary', {
          total: risks.total,
          days: RISK_DAYS,
          percent: Math.round((HIGH_QUOTE_RATIO - 1) * 100),
        })}
      </Typography.Text>
      <Table<RiskRow>
        size="small"
        data-testid="risk-list"
        rowKey="caseId"
        dataSource={risks.rows}
        pagination={false}
        scroll={{ y: 280 }}
        locale={{ emptyText: t('risk.empty') }}
        onRow={(row) => ({
          onClick: () => open(row),
          onKeyDown: (event) => {
            if (event.key === 'Enter') open(row);
          },
          tabIndex: 0,
          style: { cursor: 'pointer' },
          'data-testid': 'risk-row',
        })}
        columns={[
          {
            title: t('drill.endDate'),
            key: 'end',
            width: 150,
            render: (_, row) =>
              `${row.endDate} · ${
                row.daysLeft >= 0
                  ? t('risk.daysLeft', { count: row.daysLeft })
                  : t('risk.daysPast', { count: -row.daysLeft })
              }`,
          },
          { title: t('drill.client'), dataIndex: 'clientName', ellipsis: true },
          { title: t('drill.plate'), dataIndex: 'plate', width: 110 },
          {
            title: t('columns.staff'),
            key: 'staff',
            width: 100,
            render: (_, row) => row.staff ?? t('unassigned'),
          },
          {
            title: t('risk.reasons'),
            key: 'reasons',
            render: (_, row) =>
              row.reasons.map((reason) => (
                <Tag key={reason} color={REASON_COLOR[reason]} data-testid={`risk-${reason}`}>
                  {t(`risk.reason.${reason}`)}
                </Tag>
              )),
          },
          {
            title: t('risk.quote'),
            key: 'quote',
            width: 160,
            align: 'right',
            render: (_, row) =>
              row.quotedPremium === null
                ? ''
                : `${money(row.quotedPremium)} / ${money(row.expiringPremium)}`,
          },
        ]}
      />
    </>
  );
}
