// Logging an outcome for the active task: records the channel, the script version shown and
// the note, tells the user what was recorded with an undo for a few seconds (the button or
// Ctrl+Z), and reports errors in their language.
import { createElement } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_TIER } from '../../../shared/domain/reminders/follow-up';
import type { OutcomeInput } from '../../../shared/domain/reminders/outcomes';
import type { Channel, Script } from '../../../shared/domain/types';
import type { GatePurpose } from '../../../shared/domain/contact/contact-gate';
import {
  logOutcome,
  undoOutcome,
  UndoConflictError,
  type OutcomeUndo,
} from '../../db/repositories/task-repository';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { useErrorText } from '../../ui/use-text';
import { UndoToast, UNDO_SECONDS } from '../../ui/undo-toast';
import { useTodayUi } from './today-store';

const TOAST = 'outcome';

export function useLogOutcome() {
  const db = useDb();
  const { t } = useTranslation('today');
  const errorText = useErrorText();
  const { message } = App.useApp();

  async function undo(record: OutcomeUndo): Promise<void> {
    if (useTodayUi.getState().lastUndo === record) useTodayUi.getState().setLastUndo(null);
    try {
      await undoOutcome(db, record, currentActor());
      void message.success({
        content: t('undo.done', { outcome: t(`outcomes.${record.outcome}`) }),
        key: TOAST,
        duration: 2,
      });
    } catch (error) {
      void message.error({
        content:
          error instanceof UndoConflictError
            ? t('undo.conflict')
            : t('undo.failed', { message: errorText(error) }),
        key: TOAST,
        duration: 6,
      });
    }
  }

  async function log(
    taskId: string,
    input: OutcomeInput,
    context: { channel: Channel; script: Script | null; note: string; purpose?: GatePurpose },
  ): Promise<boolean> {
    try {
      const logged = await logOutcome(db, taskId, input, {
        actor: currentActor(),
        channel: context.channel,
        scriptId: context.script?.id ?? null,
        scriptVersion: context.script?.version ?? null,
        note: context.note,
        ...(context.purpose ? { purpose: context.purpose } : {}),
      });
      const ui = useTodayUi.getState();
      ui.setNote(taskId, '');
      ui.setLastUndo(logged.undo);
      const followUp = logged.newTasks.find((n) => n.tier === FOLLOW_UP_TIER);
      const outcome = t(`outcomes.${input.outcome}`);
      message.open({
        type: 'success',
        key: TOAST,
        duration: UNDO_SECONDS,
        onClose: () => {
          if (useTodayUi.getState().lastUndo === logged.undo)
            useTodayUi.getState().setLastUndo(null);
        },
        content: createElement(UndoToast, {
          text: followUp
            ? t('loggedFollowUp', { outcome, date: followUp.dueDate })
            : t('logged', { outcome }),
          undoLabel: t('undo.action'),
          onUndo: () => void undo(logged.undo),
        }),
      });
      return true;
    } catch (error) {
      void message.error({
        content: t('logFailed', { message: errorText(error) }),
        key: TOAST,
        duration: 6,
      });
      return false;
    }
  }

  return { log, undo };
}
