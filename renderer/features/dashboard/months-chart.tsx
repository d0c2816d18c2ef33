// Renewal rate over the last 24 months: due and renewed as bars, the rate as a line on its own
// axis; the current month is marked as not over. A click on a month opens its policies.
import { useTranslation } from 'react-i18next';
import type { MonthRow } from '../../../shared/domain/kpi/kpi-report';
import { Chart } from './chart';
import { formatRate } from './format';

export function MonthsChart(props: {
  months: MonthRow[];
  currentMonth: string;
  onPick: (month: string) => void;
}) {
  const { t } = useTranslation('dashboard');
  const label = (m: MonthRow) =>
    m.month === props.currentMonth ? `${m.month}${t('chart.openMonth')}` : m.month;
  return (
    <Chart
      testId="months-chart"
      label={t('sections.months')}
      onPick={(i) => {
        const month = props.months[i];
        if (month) props.onPick(month.month);
      }}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: [t('chart.due'), t('chart.renewed'), t('chart.rate')] },
        grid: { left: 48, right: 48, top: 40, bottom: 32 },
        xAxis: { type: 'category', data: props.months.map(label) },
        yAxis: [
          { type: 'value', minInterval: 1 },
          {
            type: 'value',
            min: 0,
            max: 1,
            axisLabel: { formatter: (v: number) => formatRate(v, '') },
          },
        ],
        series: [
          {
            name: t('chart.due'),
            type: 'bar',
            data: props.months.map((m) => m.due),
            color: '#91caff',
          },
          {
            name: t('chart.renewed'),
            type: 'bar',
            data: props.months.map((m) => m.renewed),
            color: '#1677ff',
          },
          {
            name: t('chart.rate'),
            type: 'line',
            yAxisIndex: 1,
            connectNulls: false,
            data: props.months.map((m) => m.rate),
            color: '#389e0d',
            tooltip: {
              valueFormatter: (v) =>
                formatRate(typeof v === 'number' ? v : null, t('tiles.noRate')),
            },
          },
        ],
      }}
    />
  );
}
