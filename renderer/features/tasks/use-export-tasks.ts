// Export the filtered task list to Excel through the shared export flow (the host's save
// dialog, a download on web).
import { useTranslation } from 'react-i18next';
import type { TaskView } from '../../db/repositories/plan-queries';
import { useSaveExport } from '../../ui/use-save-export';
import { exportColumns, exportRow } from './task-columns';

export function useExportTasks() {
  const { t, i18n } = useTranslation('tasks');
  const { t: tToday } = useTranslation('today');
  const save = useSaveExport();
  return (rows: readonly TaskView[], today: string) => {
    const outcome = (o: string) => tToday(`outcomes.${o}`);
    return save({
      columns: exportColumns(t),
      rows: rows.map((v) => exportRow(v, t, i18n.language, outcome)),
      format: 'xlsx',
      sheetName: t('export.sheet'),
      fileStem: t('title'),
      date: today,
      texts: {
        done: (count) => t('export.done', { count }),
        failed: (message) => t('export.failed', { message }),
      },
    });
  };
}
