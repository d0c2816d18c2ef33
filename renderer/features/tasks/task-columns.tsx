// Columns of the task table, and the same columns for the Excel export.
import { chinaDateTime } from '../../../shared/domain/china-date';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { Outcome } from '../../../shared/domain/types';
import { createTranslator, isLang, type KeysUnder, type Translator } from '../../../shared/i18n';
import { assignReasonText } from '../../ui/assign-reason';
import type { TableColumnsType } from 'antd';
import type { TaskView } from '../../db/repositories/plan-queries';
import type { ExportColumn, ExportRow } from '../../services/excel/export';
import { TierTag, tierLabel } from '../../ui/tier-tag';

export function taskColumns(
  t: TFunction<'tasks'>,
  outcomeLabel: (o: Outcome) => string,
  tx: Translator,
): TableColumnsType<TaskView> {
  return [
    {
      title: t('columns.tier'),
      key: 'tier',
      width: 80,
      render: (_, v) => <TierTag tier={v.task.tier} />,
    },
    {
      title: t('columns.customer'),
      key: 'customer',
      render: (_, v) => (
        <span>
          <span data-testid="task-customer">{v.client?.name ?? '—'}</span>
          {v.doNotContact ? (
            <Tag color="red" style={{ marginInlineStart: 6 }} data-testid="dnc-tag">
              {t('columns.doNotContact')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    { title: t('columns.plate'), key: 'plate', render: (_, v) => v.vehicle?.plate ?? '—' },
    {
      title: t('columns.due'),
      key: 'due',
      render: (_, v) => (
        <span data-testid="task-due" data-due-date={v.task.dueDate}>
          {v.task.dueAt ? chinaDateTime(v.task.dueAt) : v.task.dueDate}
          {v.overdue ? (
            <Tag color="volcano" style={{ marginInlineStart: 6 }}>
              {t('columns.overdue')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    { title: t('columns.daysLeft'), key: 'days', width: 90, render: (_, v) => v.daysLeft ?? '—' },
    {
      title: t('columns.premium'),
      key: 'premium',
      width: 90,
      render: (_, v) => (v.premium ? Math.round(v.premium) : '—'),
    },
    {
      title: t('columns.assignee'),
      key: 'assignee',
      render: (_, v) => <span data-testid="task-assignee">{v.assigneeName ?? '—'}</span>,
    },
    {
      title: t('columns.status'),
      key: 'status',
      width: 90,
      render: (_, v) => t(`status.${v.task.status}`),
    },
    {
      title: t('columns.caseState'),
      key: 'caseState',
      width: 90,
      render: (_, v) =>
        v.case ? <span data-testid="case-state">{t(`caseState.${v.case.state}`)}</span> : '—',
    },
    {
      title: t('columns.lastOutcome'),
      key: 'last',
      render: (_, v) => (v.lastOutcome ? outcomeLabel(v.lastOutcome) : '—'),
    },
    {
      title: t('columns.reason'),
      key: 'reason',
      ellipsis: true,
      render: (_, v) => assignReasonText(v.case?.assignReason, tx) ?? '—',
    },
  ];
}

type ExportKey = KeysUnder<'tasks', 'columns'>;

export function exportColumns(t: TFunction<'tasks'>): ExportColumn[] {
  const c = (key: ExportKey, type: ExportColumn['type'] = 'text'): ExportColumn => ({
    key,
    header: t(`columns.${key}`),
    type,
  });
  return [
    c('tier'),
    c('customer'),
    c('plate'),
    c('due', 'date'),
    c('endDate', 'date'),
    c('daysLeft', 'number'),
    c('premium', 'number'),
    c('assignee'),
    c('status'),
    c('caseState'),
    c('lastOutcome'),
    c('reason'),
    c('overdue'),
  ];
}

export function exportRow(
  v: TaskView,
  t: TFunction<'tasks'>,
  language: string,
  outcomeLabel: (o: Outcome) => string,
): ExportRow {
  return {
    tier: tierLabel(v.task.tier, language),
    customer: v.client?.name ?? '',
    plate: v.vehicle?.plate ?? '',
    due: v.task.dueDate,
    endDate: v.case?.endDate ?? '',
    daysLeft: v.daysLeft,
    premium: v.premium || null,
    assignee: v.assigneeName ?? '',
    status: t(`status.${v.task.status}`),
    caseState: v.case ? t(`caseState.${v.case.state}`) : '',
    lastOutcome: v.lastOutcome ? outcomeLabel(v.lastOutcome) : '',
    reason:
      assignReasonText(
        v.case?.assignReason,
        createTranslator(isLang(language) ? language : 'zh-CN'),
      ) ?? '',
    overdue: v.overdue ? t('yes') : '',
  };
}
