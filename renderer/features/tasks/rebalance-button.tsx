// 重新平衡: moves the due work people hold over their daily capacity (calls nobody has started)
// to whoever has room, after a confirmation that says how many tasks go from whom to whom; the
// toast offers the undo. Shown in the assignment view, which only managers and the owner see.
import { useState } from 'react';
import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { isClosedState } from '../../../shared/domain/reminders/cases';
import {
  planRebalance,
  summarizeMoves,
  type LoadedCase,
} from '../../../shared/domain/reminders/rebalance';
import type { Staff } from '../../../shared/domain/types';
import { moveCases } from '../../db/repositories/case-assignment';
import type { TaskView } from '../../db/repositories/plan-queries';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { useErrorText } from '../../ui/use-text';
import { useUndoableMove } from './use-undoable-move';

/** The open cases behind the due tasks, as the rebalance weighs them. */
function loadedCases(due: readonly TaskView[]): LoadedCase[] {
  const byCase = new Map<string, LoadedCase>();
  for (const v of due) {
    if (!v.case || isClosedState(v.case.state)) continue;
    const urgent = v.task.kind === 'urgent' || v.task.kind === 'lapsed';
    const started = v.task.attempts.length > 0;
    const known = byCase.get(v.case.id);
    if (known) {
      known.urgent ||= urgent;
      known.started ||= started;
      known.dueTasks++;
      continue;
    }
    byCase.set(v.case.id, {
      caseId: v.case.id,
      assigneeId: v.case.assigneeId ?? null,
      urgent,
      daysToExpiry: v.daysLeft ?? 0,
      premium: v.premium,
      started,
      dueTasks: 1,
    });
  }
  return [...byCase.values()];
}

export function RebalanceButton({
  due,
  staff,
}: {
  due: readonly TaskView[] | undefined;
  staff: readonly Staff[];
}) {
  const { t } = useTranslation('tasks');
  const db = useDb();
  const errorText = useErrorText();
  const { message, modal } = App.useApp();
  const offerUndo = useUndoableMove();
  const [busy, setBusy] = useState(false);
  const name = (id: string) => staff.find((s) => s.id === id)?.name ?? id;

  async function move(moves: ReturnType<typeof planRebalance>): Promise<void> {
    setBusy(true);
    try {
      const done = await moveCases(
        db,
        moves.map((m) => ({ caseId: m.caseId, staffId: m.to, reason: m.reason })),
        currentActor(),
        'rebalance',
      );
      offerUndo(t('rebalance.done', { cases: moves.length }), done.undo);
    } catch (error) {
      void message.error(t('rebalance.failed', { message: errorText(error) }));
    } finally {
      setBusy(false);
    }
  }

  function ask(): void {
    const moves = planRebalance(loadedCases(due ?? []), staff);
    if (!moves.length) return void message.info(t('rebalance.nothing'));
    void modal.confirm({
      title: t('rebalance.confirmTitle'),
      content: (
        <ul style={{ paddingInlineStart: 20, margin: 0 }} data-testid="rebalance-summary">
          {summarizeMoves(moves).map((row) => (
            <li key={`${row.from}-${row.to}`}>
              {t('rebalance.move', { ...row, from: name(row.from), to: name(row.to) })}
            </li>
          ))}
        </ul>
      ),
      okText: t('rebalance.ok'),
      cancelText: t('rebalance.cancel'),
      okButtonProps: { 'data-testid': 'rebalance-ok' },
      onOk: () => move(moves),
    });
  }

  return (
    <div style={{ marginBottom: 12 }}>
      <Tooltip title={t('rebalance.hint')}>
        <Button
          onClick={ask}
          loading={busy}
          disabled={!due || staff.length === 0}
          data-testid="rebalance"
        >
          {t('rebalance.button')}
        </Button>
      </Tooltip>
    </div>
  );
}
