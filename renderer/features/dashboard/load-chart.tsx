// The expiry load ahead: per week, the policies ending and not yet won against the calls the
// active staff can make that week (daily capacity × working days). A week over capacity is
// where calls must start earlier (within the 40-day rule) or someone must help.
import { useTranslation } from 'react-i18next';
import type { LoadRow } from '../../../shared/domain/kpi/kpi-report';
import { Chart } from './chart';

export function LoadChart(props: { load: LoadRow[] }) {
  const { t } = useTranslation('dashboard');
  return (
    <Chart
      testId="load-chart"
      label={t('sections.load')}
      height={220}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: [t('chart.loadDue'), t('chart.capacity')] },
        grid: { left: 48, right: 24, top: 40, bottom: 32 },
        xAxis: { type: 'category', data: props.load.map((w) => w.weekStart.slice(5)) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            name: t('chart.loadDue'),
            type: 'bar',
            data: props.load.map((w) => ({
              value: w.due,
              itemStyle: { color: w.due > w.capacity ? '#cf1322' : '#1677ff' },
            })),
          },
          {
            name: t('chart.capacity'),
            type: 'line',
            step: 'middle',
            data: props.load.map((w) => w.capacity),
            color: '#8c8c8c',
          },
        ],
      }}
    />
  );
}
