// The monthly review as one Excel sheet: a row per figure, its section first, so the owner can
// file it or add up months. The same figures as the printed page.
import type { TFunction } from 'i18next';
import type { KpiCounts } from '../../../shared/domain/kpi/kpi-report';
import type { ExportColumn, ExportRow } from '../../services/excel/export';
import type { MonthlyReview } from '../../services/kpi/monthly-review';

type DashboardT = TFunction<'dashboard'>;
type ComplaintsT = TFunction<'complaints'>;

export function reviewExportColumns(t: DashboardT): ExportColumn[] {
  return [
    { header: t('review.section'), key: 'section', type: 'text' },
    { header: t('review.item'), key: 'item', type: 'text' },
    { header: t('columns.due'), key: 'due', type: 'number' },
    { header: t('columns.renewed'), key: 'renewed', type: 'number' },
    { header: t('columns.lost'), key: 'lost', type: 'number' },
    { header: t('columns.lapsed'), key: 'lapsed', type: 'number' },
    { header: t('columns.pending'), key: 'pending', type: 'number' },
    { header: t('columns.rate'), key: 'rate', type: 'number' },
    { header: t('columns.count'), key: 'count', type: 'number' },
    { header: t('columns.premium'), key: 'premium', type: 'number' },
    { header: t('review.detail'), key: 'detail', type: 'text' },
  ];
}

export function reviewExportRows(
  review: MonthlyReview,
  t: DashboardT,
  tx: ComplaintsT,
): ExportRow[] {
  const rows: ExportRow[] = [];
  const counts = (c: KpiCounts) => ({
    due: c.due,
    renewed: c.renewed,
    lost: c.lost,
    lapsed: c.lapsed,
    pending: c.pending,
    rate: c.rate,
  });
  rows.push({
    section: t('review.totals'),
    item: review.month,
    ...counts(review.totals),
    premium: review.totals.premiumDue,
    detail: t('review.premiumRenewedIs', { amount: review.totals.premiumRenewed }),
  });
  for (const r of review.byStaff) {
    rows.push({ section: t('sections.staff'), item: r.staff ?? t('unassigned'), ...counts(r) });
  }
  for (const r of review.byInsurer) {
    rows.push({ section: t('sections.insurer'), item: r.insurer || t('noInsurer'), ...counts(r) });
  }
  for (const r of review.lostReasons) {
    rows.push({
      section: t('sections.lost'),
      item: r.reason ?? t('noReason'),
      count: r.count,
      premium: r.premium,
    });
  }
  for (const c of review.switches.cells) {
    rows.push({
      section: t('sections.switches'),
      item: `${c.from || t('noInsurer')} → ${c.to ?? t('switches.notNamed')}`,
      count: c.count,
      premium: c.premium,
    });
  }
  for (const c of review.complaints.list) {
    rows.push({
      section: t('review.complaints'),
      item: c.receivedOn,
      detail: [
        tx(`severities.${c.severity}`),
        tx(`states.${c.state}`),
        c.overdue ? t('review.overdue') : null,
        `${tx('columns.about')}: ${c.about ?? tx('nobody')}`,
        `${tx('columns.handler')}: ${c.handler ?? tx('unassigned')}`,
        c.dueOn ? `${tx('columns.due')}: ${c.dueOn}` : null,
      ]
        .filter(Boolean)
        .join(' · '),
    });
  }
  return rows;
}
