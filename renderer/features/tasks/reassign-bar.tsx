// Managers hand the selected tasks' cases to one staff member (pending tasks follow); the
// toast offers the undo.
import { useState } from 'react';
import { App, Button, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Id, Staff } from '../../../shared/domain/types';
import { reassign } from '../../db/repositories/case-repository';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { useErrorText } from '../../ui/use-text';
import { useUndoableMove } from './use-undoable-move';

export function ReassignBar({
  taskCount,
  caseIds,
  staff,
  onDone,
}: {
  taskCount: number;
  caseIds: Id[];
  staff: readonly Staff[];
  onDone(): void;
}) {
  const { t } = useTranslation('tasks');
  const errorText = useErrorText();
  const db = useDb();
  const { message } = App.useApp();
  const [to, setTo] = useState<Id | null>(null);
  const [busy, setBusy] = useState(false);
  const offerUndo = useUndoableMove();

  async function run() {
    const person = staff.find((s) => s.id === to);
    if (!person) return void message.warning(t('reassign.pick'));
    setBusy(true);
    try {
      const done = await reassign(db, caseIds, person.id, currentActor());
      offerUndo(t('reassign.done', { count: caseIds.length, name: person.name }), done.undo);
      onDone();
    } catch (error) {
      void message.error(t('reassign.failed', { message: errorText(error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space style={{ padding: '0 16px 8px' }} data-testid="reassign-bar">
      <Typography.Text>
        {t('reassign.selected', { count: taskCount, cases: caseIds.length })}
      </Typography.Text>
      <Select
        style={{ width: 160 }}
        placeholder={t('reassign.to')}
        value={to}
        onChange={setTo}
        data-testid="reassign-to"
        options={staff.filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }))}
      />
      <Button type="primary" loading={busy} onClick={() => void run()} data-testid="reassign-go">
        {t('reassign.button')}
      </Button>
    </Space>
  );
}
