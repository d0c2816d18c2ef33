// The period's headline figures: rate by count and by premium, due, pending and lost.
import { Card, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TotalsRow } from '../../../shared/domain/kpi/kpi-report';
import { formatRate, premiumRate } from './format';

export function KpiTiles(props: { totals: TotalsRow }) {
  const { t } = useTranslation('dashboard');
  const { totals } = props;
  const tiles = [
    { key: 'rate', value: formatRate(totals.rate, t('tiles.noRate')) },
    {
      key: 'premiumRate',
      value: formatRate(premiumRate(totals.premiumRenewed, totals.premiumDue), t('tiles.noRate')),
    },
    { key: 'due', value: totals.due },
    { key: 'pending', value: totals.pending },
    { key: 'lost', value: totals.lost },
  ] as const;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(5, minmax(0, 1fr))', gap: 12 }}>
      {tiles.map((tile) => (
        <Card size="small" key={tile.key} data-testid={`tile-${tile.key}`}>
          <Statistic title={t(`tiles.${tile.key}`)} value={tile.value} />
        </Card>
      ))}
    </div>
  );
}
