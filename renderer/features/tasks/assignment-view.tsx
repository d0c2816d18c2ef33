// Each person's load against capacity (pending tasks due today or earlier vs daily capacity,
// plus the open cases they hold), the rebalance, and every due task with who has it and why.
import { useText } from '../../ui/use-text';
import { assignReasonText } from '../../ui/assign-reason';
import { useMemo } from 'react';
import { Alert, Progress, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { isClosedState } from '../../../shared/domain/reminders/cases';
import type { Staff } from '../../../shared/domain/types';
import { listCases } from '../../db/repositories/case-repository';
import { listTodayTasks } from '../../db/repositories/plan-queries';
import { useDb } from '../../services/db/db-context';
import { TierTag } from '../../ui/tier-tag';
import { RebalanceButton } from './rebalance-button';

interface LoadRow {
  staff: Staff;
  due: number;
  openCases: number;
}

export function AssignmentView({ staff, today }: { staff: readonly Staff[]; today: string }) {
  const { t } = useTranslation('tasks');
  const tx = useText();
  const db = useDb();
  const due = useLiveQuery(
    () => listTodayTasks(db, { today, now: new Date().toISOString() }),
    [db, today],
  );
  const cases = useLiveQuery(() => listCases(db), [db]);
  const rows = useMemo<LoadRow[]>(() => {
    const dueBy = new Map<string, number>();
    for (const v of due ?? []) {
      const id = v.task.assigneeId ?? '';
      dueBy.set(id, (dueBy.get(id) ?? 0) + 1);
    }
    const casesBy = new Map<string, number>();
    for (const c of cases ?? []) {
      if (isClosedState(c.state) || !c.assigneeId) continue;
      casesBy.set(c.assigneeId, (casesBy.get(c.assigneeId) ?? 0) + 1);
    }
    return staff.map((s) => ({
      staff: s,
      due: dueBy.get(s.id) ?? 0,
      openCases: casesBy.get(s.id) ?? 0,
    }));
  }, [due, cases, staff]);
  const unassigned = (due ?? []).filter((v) => !v.task.assigneeId).length;

  return (
    <div style={{ padding: '0 16px 16px', overflow: 'auto' }} data-testid="assignment-view">
      {staff.length === 0 ? (
        <Alert type="info" showIcon title={t('assignment.noStaff')} style={{ marginBottom: 12 }} />
      ) : null}
      {unassigned > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('assignment.unassigned', { count: unassigned })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <RebalanceButton due={due} staff={staff} />
      <Table<LoadRow>
        size="small"
        rowKey={(r) => r.staff.id}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('columns.assignee'), render: (_, r) => r.staff.name },
          {
            title: t('assignment.load'),
            render: (_, r) => (
              <div style={{ maxWidth: 260 }} data-testid="staff-load" data-staff={r.staff.name}>
                <Progress
                  size="small"
                  percent={
                    r.staff.dailyCapacity ? Math.round((100 * r.due) / r.staff.dailyCapacity) : 0
                  }
                  status={r.due > r.staff.dailyCapacity ? 'exception' : 'normal'}
                  format={() => `${r.due} / ${r.staff.dailyCapacity}`}
                />
              </div>
            ),
          },
          { title: t('assignment.openCases'), render: (_, r) => r.openCases },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('columns.reason')}
      </Typography.Title>
      <Table
        size="small"
        rowKey={(v) => v.task.id}
        dataSource={due ?? []}
        loading={!due}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        columns={[
          { title: t('columns.tier'), width: 80, render: (_, v) => <TierTag tier={v.task.tier} /> },
          { title: t('columns.customer'), render: (_, v) => v.client?.name ?? '—' },
          { title: t('columns.plate'), render: (_, v) => v.vehicle?.plate ?? '—' },
          { title: t('columns.assignee'), render: (_, v) => v.assigneeName ?? '—' },
          {
            title: t('columns.reason'),
            render: (_, v) => assignReasonText(v.case?.assignReason, tx) ?? '—',
          },
        ]}
      />
    </div>
  );
}
