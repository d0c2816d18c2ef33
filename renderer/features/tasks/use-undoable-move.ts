// After a reassign or a rebalance the toast says what moved and offers 撤销 for a few seconds
// (the same toast as Today's outcome undo); undoing puts the previous owners back in one write.
import { createElement } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ReassignUndoConflictError,
  undoReassign,
  type ReassignUndo,
} from '../../db/repositories/case-assignment';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { UndoToast, UNDO_SECONDS } from '../../ui/undo-toast';
import { useErrorText } from '../../ui/use-text';

const TOAST = 'reassign';

export function useUndoableMove() {
  const db = useDb();
  const { t } = useTranslation('tasks');
  const errorText = useErrorText();
  const { message } = App.useApp();

  async function undo(record: ReassignUndo): Promise<void> {
    try {
      await undoReassign(db, record, currentActor());
      void message.success({
        content: t('undo.done', { count: record.cases.length }),
        key: TOAST,
        duration: 2,
      });
    } catch (error) {
      void message.error({
        content:
          error instanceof ReassignUndoConflictError
            ? t('undo.conflict')
            : t('undo.failed', { message: errorText(error) }),
        key: TOAST,
        duration: 6,
      });
    }
  }

  /** Shows `text` with the undo for `record`. */
  return function offerUndo(text: string, record: ReassignUndo): void {
    message.open({
      type: 'success',
      key: TOAST,
      duration: UNDO_SECONDS,
      content: createElement(UndoToast, {
        text,
        undoLabel: t('undo.action'),
        onUndo: () => void undo(record),
        testId: 'reassign',
      }),
    });
  };
}
