// 月度回顾: one month on one page (issue 12 point 2), for the owner's regular review: the
// month's totals, by person and insurer, lost reasons, insurer moves and the month's complaints.
// 打印 prints it (the print dialog also saves a PDF); 导出 writes the same figures to Excel.
// Esc or the back button returns to the dashboard.
import { useEffect, useState } from 'react';
import { Alert, Button, Descriptions, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { KpiCounts } from '../../../shared/domain/kpi/kpi-report';
import { plusMonths } from '../../../shared/domain/reminders/dates';
import type { IsoDate } from '../../../shared/domain/types';
import type { KpiClient } from '../../services/kpi/kpi-client';
import type { MonthlyReview as Review } from '../../services/kpi/monthly-review';
import { ExportMenu } from '../../ui/export-menu';
import { useErrorText } from '../../ui/use-text';
import { formatMoney, formatRate, premiumRate } from './format';
import { reviewExportColumns, reviewExportRows } from './monthly-review-export';
import { useRefreshed } from './use-refreshed';

const REVIEW_TABLES = new Set(['policies', 'cases', 'staff', 'feedback']);
const MONTHS_OFFERED = 24;

type LabelledCounts = KpiCounts & { key: string; label: string };

export function MonthlyReviewPage(props: {
  client: KpiClient;
  today: IsoDate;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation('dashboard');
  const { t: tx } = useTranslation('complaints');
  const errorText = useErrorText();
  const { client, today, onBack } = props;
  // The last full month by default: the review is of a month that has ended.
  const [month, setMonth] = useState(plusMonths(today, -1).slice(0, 7));
  const { value: review, error } = useRefreshed(
    () => client.monthlyReview(today, month),
    `${today}|${month}`,
    REVIEW_TABLES,
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onBack();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack]);

  const dash = t('tiles.noRate');
  const money = (value: number) => formatMoney(value, i18n.language);
  const countColumns = [
    { title: t('columns.due'), dataIndex: 'due', align: 'right' as const },
    { title: t('columns.renewed'), dataIndex: 'renewed', align: 'right' as const },
    { title: t('columns.lost'), dataIndex: 'lost', align: 'right' as const },
    { title: t('columns.lapsed'), dataIndex: 'lapsed', align: 'right' as const },
    { title: t('columns.pending'), dataIndex: 'pending', align: 'right' as const },
    {
      title: t('columns.rate'),
      key: 'rate',
      align: 'right' as const,
      render: (_: unknown, row: KpiCounts) => formatRate(row.rate, dash),
    },
  ];
  const rateTable = (testId: string, first: string, rows: LabelledCounts[]) => (
    <Table<LabelledCounts>
      size="small"
      data-testid={testId}
      rowKey="key"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: t('review.nothing') }}
      columns={[{ title: first, dataIndex: 'label' }, ...countColumns]}
    />
  );
  const months = Array.from({ length: MONTHS_OFFERED }, (_, i) =>
    plusMonths(today, -i).slice(0, 7),
  );

  return (
    <div className="monthly-review" style={{ padding: 24, overflow: 'auto' }}>
      <Space className="no-print" style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="review-back">
            {t('drill.back')}
          </Button>
          <Select
            aria-label={t('review.month')}
            value={month}
            onChange={setMonth}
            options={months.map((m) => ({ value: m, label: m }))}
            style={{ width: 120 }}
            data-testid="review-month"
          />
        </Space>
        <Space>
          <Button
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            disabled={!review}
            data-testid="review-print"
          >
            {t('review.print')}
          </Button>
          <ExportMenu
            label={t('review.export')}
            testId="review-export"
            formats={['xlsx']}
            disabled={!review}
            request={{
              columns: reviewExportColumns(t),
              rows: async () => (review ? reviewExportRows(review, t, tx) : []),
              sheetName: t('review.title', { month }),
              fileStem: t('review.title', { month }),
              date: today,
            }}
          />
        </Space>
      </Space>
      <Typography.Title level={3} data-testid="review-title">
        {t('review.title', { month })}
      </Typography.Title>
      {error ? <Alert type="error" showIcon message={errorText(error)} /> : null}
      {!review && !error ? <Spin /> : null}
      {review ? (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Typography.Text type="secondary" data-testid="review-state">
            {review.closed ? t('review.final') : t('review.open', { count: review.totals.pending })}
          </Typography.Text>
          <Descriptions bordered size="small" column={3} data-testid="review-totals">
            <Descriptions.Item label={t('columns.due')}>{review.totals.due}</Descriptions.Item>
            <Descriptions.Item label={t('columns.renewed')}>
              {review.totals.renewed}
            </Descriptions.Item>
            <Descriptions.Item label={t('tiles.rate')}>
              {formatRate(review.totals.rate, dash)}
            </Descriptions.Item>
            <Descriptions.Item label={t('columns.lost')}>{review.totals.lost}</Descriptions.Item>
            <Descriptions.Item label={t('columns.lapsed')}>
              {review.totals.lapsed}
            </Descriptions.Item>
            <Descriptions.Item label={t('tiles.premiumRate')}>
              {formatRate(
                premiumRate(review.totals.premiumRenewed, review.totals.premiumDue),
                dash,
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('columns.pending')}>
              {review.totals.pending}
            </Descriptions.Item>
            <Descriptions.Item label={t('review.premiumDue')}>
              {money(review.totals.premiumDue)}
            </Descriptions.Item>
            <Descriptions.Item label={t('review.premiumRenewed')}>
              {money(review.totals.premiumRenewed)}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('sections.staff')}</Typography.Title>
          {rateTable(
            'review-staff',
            t('columns.staff'),
            review.byStaff.map((row) => ({
              ...row,
              key: row.staff ?? '',
              label: row.staff ?? t('unassigned'),
            })),
          )}
          <Typography.Title level={5}>{t('sections.insurer')}</Typography.Title>
          {rateTable(
            'review-insurer',
            t('columns.insurer'),
            review.byInsurer.map((row) => ({
              ...row,
              key: row.insurer,
              label: row.insurer || t('noInsurer'),
            })),
          )}
          <Typography.Title level={5}>{t('sections.lost')}</Typography.Title>
          <Table
            size="small"
            data-testid="review-lost"
            rowKey={(row) => row.reason ?? ''}
            pagination={false}
            dataSource={review.lostReasons}
            locale={{ emptyText: t('review.nothing') }}
            columns={[
              {
                title: t('columns.reason'),
                dataIndex: 'reason',
                render: (reason: string | null) => reason ?? t('noReason'),
              },
              { title: t('columns.count'), dataIndex: 'count', align: 'right' },
              {
                title: t('columns.premium'),
                dataIndex: 'premium',
                align: 'right',
                render: (premium: number) => money(premium),
              },
            ]}
          />
          <Typography.Title level={5}>{t('sections.switches')}</Typography.Title>
          <Typography.Text data-testid="review-switches">
            {t('switches.summary', {
              switched: review.switches.switched,
              known: review.switches.known,
            })}
          </Typography.Text>
          <Typography.Title level={5}>{t('review.complaints')}</Typography.Title>
          <Typography.Text data-testid="review-complaints-summary">
            {t('review.complaintCounts', review.complaints)}
          </Typography.Text>
          <Table
            size="small"
            data-testid="review-complaints"
            rowKey="id"
            pagination={false}
            dataSource={review.complaints.list}
            locale={{ emptyText: t('review.noComplaints') }}
            columns={[
              { title: tx('columns.received'), dataIndex: 'receivedOn' },
              {
                title: tx('columns.severity'),
                dataIndex: 'severity',
                render: (s: Review['complaints']['list'][number]['severity']) =>
                  tx(`severities.${s}`),
              },
              {
                title: tx('columns.state'),
                key: 'state',
                render: (_: unknown, c: Review['complaints']['list'][number]) => (
                  <>
                    {tx(`states.${c.state}`)}
                    {c.overdue ? (
                      <Tag color="red" style={{ marginLeft: 8 }}>
                        {t('review.overdue')}
                      </Tag>
                    ) : null}
                  </>
                ),
              },
              {
                title: tx('columns.about'),
                dataIndex: 'about',
                render: (name: string | null) => name ?? tx('nobody'),
              },
              {
                title: tx('columns.handler'),
                dataIndex: 'handler',
                render: (name: string | null) => name ?? tx('unassigned'),
              },
              { title: tx('columns.due'), dataIndex: 'dueOn' },
            ]}
          />
        </Space>
      ) : null}
    </div>
  );
}
