// Logging an outcome for the active task: records the channel and the script version shown,
// tells the user what was recorded, and reports errors in their language.
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutcomeInput } from '../../../shared/domain/reminders/outcomes';
import type { Channel, Script } from '../../../shared/domain/types';
import { logOutcome } from '../../db/repositories/task-repository';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { useErrorText } from '../../ui/use-text';

export function useLogOutcome() {
  const db = useDb();
  const { t } = useTranslation('today');
  const errorText = useErrorText();
  const { message } = App.useApp();
  return async (
    taskId: string,
    input: OutcomeInput,
    context: { channel: Channel; script: Script | null },
  ): Promise<boolean> => {
    try {
      await logOutcome(db, taskId, input, {
        actor: currentActor(),
        channel: context.channel,
        scriptId: context.script?.id ?? null,
        scriptVersion: context.script?.version ?? null,
      });
      void message.success({
        content: t('logged', { outcome: t(`outcomes.${input.outcome}`) }),
        key: 'outcome',
        duration: 2,
      });
      return true;
    } catch (error) {
      void message.error({
        content: t('logFailed', { message: errorText(error) }),
        key: 'outcome',
        duration: 6,
      });
      return false;
    }
  };
}
