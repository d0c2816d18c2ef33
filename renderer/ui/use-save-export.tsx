// The one export flow every list uses: rows → .xlsx/.csv bytes → the host's save dialog (a
// download in the browser) → a short message. Lists only say what to export and in which words.
import { App, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { exportNeedsReason } from '../../shared/domain/identity/abilities';
import { chinaDate } from '../../shared/domain/china-date';
import { exportRows, type ExportColumn, type ExportRow } from '../services/excel/export';
import { getHost } from '../services/host';
import { useDb } from '../services/db/db-context';
import { auditExport } from '../services/session/audited';
import { useSession } from '../services/session/session-store';
import { useErrorText } from './use-text';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportTexts {
  /** Shown instead of an empty file; without it an empty list is exported as it is. */
  nothing?: string;
  done: (count: number) => string;
  /** Shown when building or saving fails; without it the error goes to the caller. */
  failed?: (message: string) => string;
}

export interface ExportRequest {
  columns: ExportColumn[];
  /** The rows, or how to read them (read only when the user asks, not on every render). */
  rows: readonly ExportRow[] | (() => Promise<readonly ExportRow[]>);
  format: ExportFormat;
  sheetName: string;
  /** File name before the date, e.g. 客户导出 → 客户导出-2025-06-01.xlsx. */
  fileStem: string;
  /** The date in the file name; today in China by default. */
  date?: string;
  texts: ExportTexts;
}

export function useSaveExport(): (request: ExportRequest) => Promise<void> {
  const { message, modal } = App.useApp();
  const { t } = useTranslation('signin');
  const db = useDb();
  const role = useSession((s) => s.user?.role ?? null);
  const errorText = useErrorText();

  /** A manager states why; null when cancelled. */
  function askReason(): Promise<string | null> {
    let reason = '';
    return new Promise((resolve) => {
      void modal.confirm({
        title: t('export.reasonTitle'),
        content: (
          <>
            <p>{t('export.reasonHelp')}</p>
            <Input.TextArea
              data-testid="export-reason"
              aria-label={t('export.reasonTitle')}
              onChange={(e) => (reason = e.target.value)}
            />
          </>
        ),
        onOk: () => {
          if (!reason.trim()) {
            void message.error(t('export.reasonRequired'));
            return Promise.reject(new Error('reason required'));
          }
          resolve(reason.trim());
          return undefined;
        },
        onCancel: () => resolve(null),
      });
    });
  }

  return async ({ columns, rows, format, sheetName, fileStem, date, texts }) => {
    try {
      const data = typeof rows === 'function' ? await rows() : rows;
      if (data.length === 0 && texts.nothing !== undefined) {
        void message.info(texts.nothing);
        return;
      }
      // Checked and recorded (what, how many rows, why) before the file exists.
      const reason = role && exportNeedsReason(role) ? await askReason() : null;
      if (role && exportNeedsReason(role) && reason === null) return;
      await auditExport(db, sheetName, data.length, reason);
      const bytes = exportRows(columns, [...data], format, sheetName);
      const saved = await getHost().saveFile({
        suggestedName: `${fileStem}-${date ?? chinaDate(new Date())}.${format}`,
        data: bytes as Uint8Array<ArrayBuffer>,
        filterName: format === 'xlsx' ? 'Excel' : 'CSV',
        extensions: [format],
      });
      if (saved.saved) void message.success(texts.done(data.length));
    } catch (error) {
      if (!texts.failed) throw error;
      // A refused export (ForbiddenError) or a missing reason carries its text in the catalogue.
      void message.error(texts.failed(errorText(error)));
    }
  };
}
