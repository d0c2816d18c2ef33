// Renewal rate by the tier at first contact: did the customers first called at 30 days renew
// more often than those first reached at 7? Each row opens its policies.
import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../services/kpi/dashboard-data';
import type { KpiClient } from '../../services/kpi/kpi-client';
import { tierLabel } from '../../ui/tier-tag';
import { useErrorText } from '../../ui/use-text';
import { RateTable, type RateRow } from './rate-table';
import { useTierRates } from './use-performance';

export function TierRateCard(props: {
  client: KpiClient;
  period: Period;
  onPick: (tier: string | null, label: string) => void;
}) {
  const { t, i18n } = useTranslation('dashboard');
  const errorText = useErrorText();
  const { rows, error } = useTierRates(props.client, props.period);
  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  if (!rows) return <Spin />;
  const rateRows: RateRow[] = rows.map((row) => ({
    ...row,
    // '\u0000' cannot be a tier name: the key of "not contacted".
    key: row.tier ?? '\u0000',
    label: row.tier === null ? t('tier.none') : tierLabel(row.tier, i18n.language),
  }));
  return (
    <RateTable
      testId="rate-by-tier"
      firstColumn={t('columns.tier')}
      rows={rateRows}
      onPick={(row) => props.onPick(row.key === '\u0000' ? null : row.key, row.label)}
    />
  );
}
