// 任务: every task with filters, paginated; managers select rows and reassign their cases;
// the assignment tab shows each person's load against capacity and why each task is theirs.
import { useText } from '../../ui/use-text';
import { currentStaffOf } from '../../../shared/domain/reminders/current-staff';
import { useMemo, useRef } from 'react';
import { Alert, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskView } from '../../db/repositories/plan-queries';
import { ExportMenu } from '../../ui/export-menu';
import { selectAllTitle } from '../../ui/select-all-title';
import { AssignmentView } from './assignment-view';
import { ReassignBar } from './reassign-bar';
import { taskColumns } from './task-columns';
import { TasksFilters } from './tasks-filters';
import { useTasksUi } from './tasks-store';
import { useCan } from '../../services/session/audited';
import { useExportTasks } from './use-export-tasks';
import { useTaskRows } from './use-task-rows';
import { isLater, visibleTasks } from './visible-tasks';

export function TasksPage(_props: { taskId?: string | undefined }) {
  const { t } = useTranslation('tasks');
  const { t: tToday } = useTranslation('today');
  const ui = useTasksUi();
  const canReassign = useCan('reassign', 'Case');
  const { rows: loaded, settings, staff, today } = useTaskRows(ui.filters);
  const { upcoming, search } = ui.filters;
  const rows = useMemo(
    () => (loaded ? visibleTasks(loaded, { today, upcoming, search }) : undefined),
    [loaded, today, upcoming, search],
  );
  const laterCount = useMemo(
    () => (loaded ?? []).filter((v) => isLater(v, today)).length,
    [loaded, today],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const exportTasks = useExportTasks(rows ?? [], today);
  const tx = useText();
  const columns = useMemo(
    () => taskColumns(t, (o) => tToday(`outcomes.${o}`), tx),
    [t, tToday, tx],
  );
  const selectedCaseIds = useMemo(() => {
    const chosen = new Set(ui.selectedTaskIds);
    const ids = (rows ?? []).filter((v) => chosen.has(v.task.id)).map((v) => v.task.caseId);
    return [...new Set(ids)];
  }, [rows, ui.selectedTaskIds]);

  const list = (
    <div style={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
      {canReassign &&
      ui.filters.scope === 'mine' &&
      settings &&
      currentStaffOf(settings, staff).id === null ? (
        <Alert
          type="info"
          showIcon
          banner
          title={
            currentStaffOf(settings, staff).stale
              ? t('filters.staleCurrentStaff')
              : t('filters.noCurrentStaff')
          }
        />
      ) : null}
      {canReassign && ui.selectedTaskIds.length ? (
        <ReassignBar
          taskCount={ui.selectedTaskIds.length}
          caseIds={selectedCaseIds}
          staff={staff}
          onDone={() => ui.setSelected([])}
        />
      ) : null}
      <Table<TaskView>
        size="small"
        rowKey={(v) => v.task.id}
        dataSource={rows ?? []}
        loading={!rows}
        columns={columns}
        scroll={{ x: 1200 }}
        // The header stays in view while the page (this screen's scroll box) scrolls.
        sticky={{ getContainer: () => scrollRef.current ?? window }}
        onRow={() => ({ 'data-testid': 'task-row' }) as object}
        rowSelection={
          canReassign
            ? {
                selectedRowKeys: ui.selectedTaskIds,
                columnTitle: selectAllTitle,
                onChange: (keys) => ui.setSelected(keys.map(String)),
              }
            : undefined
        }
        pagination={{ pageSize: 50, showSizeChanger: true, pageSizeOptions: [50, 100, 200] }}
      />
    </div>
  );

  return (
    <div ref={scrollRef} style={{ height: '100%', overflow: 'auto' }} data-testid="tasks-page">
      <div
        style={{
          padding: '16px 16px 8px',
          display: 'flex',
          gap: 12,
          alignItems: 'center',
          flexWrap: 'wrap',
        }}
      >
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        {/* The filters narrow the task list only, not the assignment view; staff, who see only
            their own tasks, get none of them (the staff and scope filters are not theirs). */}
        {ui.tab === 'list' && canReassign ? (
          <TasksFilters staff={staff} laterCount={laterCount} />
        ) : null}
        <span style={{ flex: 1 }} />
        <Typography.Text type="secondary" data-testid="task-count">
          {rows ? t('count', { count: rows.length }) : ''}
        </Typography.Text>
        <ExportMenu
          label={t('export.button')}
          testId="export-tasks"
          formats={['xlsx']}
          disabled={!rows?.length}
          {...exportTasks}
        />
      </div>
      <Tabs
        activeKey={ui.tab}
        onChange={(k) => ui.setTab(k as 'list' | 'assignment')}
        style={{ padding: '0 16px' }}
        items={[
          { key: 'list', label: t('tabs.list'), children: list },
          ...(canReassign
            ? [
                {
                  key: 'assignment',
                  label: t('tabs.assignment'),
                  children: <AssignmentView staff={staff} today={today} />,
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
