// What the task export saves: the filtered task list as one Excel sheet, in the words of the
// task screen; the shared export menu (ui/export-menu.tsx) runs it.
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../shared/domain/types';
import type { TaskView } from '../../db/repositories/plan-queries';
import type { ExportMenuProps } from '../../ui/export-menu';
import { exportColumns, exportRow } from './task-columns';

export function useExportTasks(
  rows: readonly TaskView[],
  today: string,
): Pick<ExportMenuProps, 'request' | 'texts'> {
  const { t, i18n } = useTranslation('tasks');
  const { t: tToday } = useTranslation('today');
  const outcome = (o: Outcome) => tToday(`outcomes.${o}`);
  return {
    request: {
      columns: exportColumns(t),
      // Built when asked, not on every render of the list.
      rows: async () => rows.map((v) => exportRow(v, t, i18n.language, outcome)),
      sheetName: t('export.sheet'),
      fileStem: t('title'),
      date: today,
    },
    texts: {
      done: (count) => t('export.done', { count }),
      failed: (message) => t('export.failed', { message }),
    },
  };
}
