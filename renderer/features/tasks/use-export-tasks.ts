// Export the filtered task list to Excel through the host's save dialog (a download on web).
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../shared/domain/types';
import type { TaskView } from '../../db/repositories/plan-queries';
import { exportRows } from '../../services/excel/export';
import { getHost } from '../../services/host';
import { exportColumns, exportRow } from './task-columns';

export function useExportTasks() {
  const { t, i18n } = useTranslation('tasks');
  const { t: tToday } = useTranslation('today');
  const { message } = App.useApp();
  return async (rows: readonly TaskView[], today: string) => {
    try {
      const outcome = (o: Outcome) => tToday(`outcomes.${o}`);
      const data = exportRows(
        exportColumns(t),
        rows.map((v) => exportRow(v, t, i18n.language, outcome)),
        'xlsx',
        t('export.sheet'),
      );
      const result = await getHost().saveFile({
        suggestedName: `${t('title')}-${today}.xlsx`,
        data: data as Uint8Array<ArrayBuffer>,
        filterName: 'Excel',
        extensions: ['xlsx'],
      });
      if (result.saved) void message.success(t('export.done', { count: rows.length }));
    } catch (error) {
      void message.error(
        t('export.failed', { message: error instanceof Error ? error.message : String(error) }),
      );
    }
  };
}
