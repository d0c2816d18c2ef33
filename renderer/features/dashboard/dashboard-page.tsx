// 续保业绩: how renewals are going (issue 12). Headline tiles for the chosen period, the rate
// over 24 months, the rate by person, insurer and kind, the lost reasons and the load ahead;
// every figure opens the policies behind it, which export to Excel. Definitions in the tooltip.
import { lazy, Suspense, useCallback, useState } from 'react';
import { Alert, Button, Card, Segmented, Space, Spin, Tooltip, Typography } from 'antd';
import { FileTextOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PERIODS, type DrillFilter, type Period } from '../../services/kpi/dashboard-data';
import { EmptyWithImport } from '../../ui/empty-with-import';
import { useErrorText } from '../../ui/use-text';
import { useToday } from '../../ui/use-today';
import { ComplaintRatesCard } from './complaint-rates-card';
import { DrillDown } from './drill-down';
import { InsurerSwitchMatrix } from './insurer-switch-matrix';
import { KpiTiles } from './kpi-tiles';
import { LostReasonsTable } from './lost-reasons-table';
import { MonthlyReviewPage } from './monthly-review';
import { RateTable, type RateRow } from './rate-table';
import { RiskCard } from './risk-card';
import { StaffPerformanceTable } from './staff-performance-table';
import { TierRateCard } from './tier-rate-card';
import { useDashboard, useKpiClient } from './use-dashboard';
import { useStagedReveal } from './use-staged-reveal';

// The charts (ECharts) load apart from the page: the figures are asked for while they load,
// and the headline tiles never wait for them.
const MonthsChart = lazy(() => import('./months-chart').then((m) => ({ default: m.MonthsChart })));
const LoadChart = lazy(() => import('./load-chart').then((m) => ({ default: m.LoadChart })));

/** Sections mounted after the tiles, one per task (the first paint is the tiles alone). */
const STAGES = 4;

interface Drill {
  filter: DrillFilter;
  what: string;
}

export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation('common');
  const errorText = useErrorText();
  const today = useToday();
  const client = useKpiClient();
  const [period, setPeriod] = useState<Period>('year');
  const [drill, setDrill] = useState<Drill | null>(null);
  const { data, error } = useDashboard(client, period);
  const back = useCallback(() => setDrill(null), []);
  const [reviewing, setReviewing] = useState(false);
  const closeReview = useCallback(() => setReviewing(false), []);
  const stage = useStagedReveal(!!data?.hasPolicies && !drill && !reviewing, STAGES);

  if (reviewing) {
    return <MonthlyReviewPage client={client} today={today} onBack={closeReview} />;
  }
  if (drill) {
    return (
      <DrillDown
        client={client}
        today={today}
        filter={drill.filter}
        what={drill.what}
        onBack={back}
      />
    );
  }
  if (error)
    return <Alert style={{ margin: 24 }} type="error" showIcon message={errorText(error)} />;
  if (!data)
    return <Spin tip={t('loading')} style={{ marginTop: 120 }} data-testid="dashboard-loading" />;
  if (!data.hasPolicies) return <EmptyWithImport area="dashboard" />;

  const periodName = t(`period.${period}`);
  const open = (filter: Omit<DrillFilter, 'period'>, what: string) =>
    setDrill({ filter: { period, ...filter }, what });
  const staffRows: RateRow[] = data.byStaff.map((row) => ({
    ...row,
    key: row.staff ?? '',
    label: row.staff ?? t('unassigned'),
  }));
  const insurerRows: RateRow[] = data.byInsurer.map((row) => ({
    ...row,
    key: row.insurer,
    label: row.insurer || t('noInsurer'),
  }));
  const kindRows: RateRow[] = data.byKind.map((row) => ({
    ...row,
    key: row.kind,
    label: tc(`kinds.${row.kind}`),
  }));

  return (
    <div
      style={{ padding: 24, overflow: 'auto', display: 'flex', flexDirection: 'column', gap: 16 }}
    >
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Space>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="dashboard-title">
            {data.scope === 'own' ? t('titleOwn') : t('title')}
          </Typography.Title>
          <Tooltip title={t('definitions')} overlayStyle={{ maxWidth: 480 }}>
            <InfoCircleOutlined
              aria-label={t('definitions')}
              tabIndex={0}
              data-testid="definitions"
            />
          </Tooltip>
        </Space>
        <Button
          icon={<FileTextOutlined />}
          onClick={() => setReviewing(true)}
          data-testid="open-review"
        >
          {t('review.openButton')}
        </Button>
        <Segmented
          aria-label={t('periodLabel')}
          value={period}
          onChange={(value) => setPeriod(value as Period)}
          options={PERIODS.map((p) => ({ value: p, label: t(`period.${p}`) }))}
          data-testid="period"
        />
      </Space>
      {data.scope === 'own' ? (
        <Alert type="info" showIcon message={t('ownHint')} data-testid="dashboard-own" />
      ) : null}
      <KpiTiles totals={data.totals} />
      <Typography.Text type="secondary">{t('hint')}</Typography.Text>
      <Card size="small" title={t('sections.months')}>
        {stage >= 1 ? (
          <Suspense fallback={<Spin />}>
            <MonthsChart
              months={data.months}
              currentMonth={today.slice(0, 7)}
              onPick={(month) => open({ month }, month)}
            />
          </Suspense>
        ) : (
          <Spin />
        )}
      </Card>
      {stage >= 2 ? (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 16 }}>
          <Card size="small" title={`${t('sections.staff')} · ${periodName}`}>
            <RateTable
              testId="rate-by-staff"
              firstColumn={t('columns.staff')}
              rows={staffRows}
              onPick={(row) => open({ staff: row.key === '' ? null : row.key }, row.label)}
            />
          </Card>
          <Card size="small" title={`${t('sections.insurer')} · ${periodName}`}>
            <RateTable
              testId="rate-by-insurer"
              firstColumn={t('columns.insurer')}
              rows={insurerRows}
              onPick={(row) => open({ insurer: row.key }, row.label)}
            />
          </Card>
          <Card size="small" title={`${t('sections.kind')} · ${periodName}`}>
            <RateTable
              testId="rate-by-kind"
              firstColumn={t('columns.kind')}
              rows={kindRows}
              onPick={(row) => open({ kind: row.key as 'compulsory' | 'commercial' }, row.label)}
            />
          </Card>
          <Card size="small" title={`${t('sections.tier')} · ${periodName}`}>
            <TierRateCard
              client={client}
              period={period}
              onPick={(firstTier, label) => open({ firstTier }, label)}
            />
          </Card>
          <Card size="small" title={`${t('sections.lost')} · ${periodName}`}>
            <LostReasonsTable
              rows={data.lostReasons}
              onPick={(reason) =>
                open({ status: 'lost', lostReason: reason }, reason ?? t('noReason'))
              }
            />
          </Card>
        </div>
      ) : null}
      {stage >= 3 ? (
        <>
          <Card size="small" title={t('sections.risk')}>
            <RiskCard client={client} />
          </Card>
          <Card size="small" title={`${t('sections.performance')} · ${periodName}`}>
            <StaffPerformanceTable
              client={client}
              period={period}
              onPick={(staff, label) => open({ staff }, label)}
            />
          </Card>
        </>
      ) : null}
      {stage >= 4 ? (
        <>
          <Card size="small" title={`${t('sections.switches')} · ${periodName}`}>
            <InsurerSwitchMatrix
              matrix={data.switches}
              onPick={(from, to) =>
                open(
                  { status: 'renewed', insurer: from, renewedInsurer: to },
                  `${from || t('noInsurer')} → ${to ?? t('switches.notNamed')}`,
                )
              }
            />
          </Card>
          <Card size="small" title={t('sections.load')}>
            <Suspense fallback={<Spin />}>
              <LoadChart load={data.load} />
            </Suspense>
          </Card>
          <ComplaintRatesCard client={client} period={period} periodName={periodName} />
        </>
      ) : null}
    </div>
  );
}
