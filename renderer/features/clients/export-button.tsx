// 导出: the customers the list shows right now (search results and filters included) to Excel
// or CSV with Chinese headers, through the host's save dialog (a download in the browser).
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../shared/domain/types';
import { NO_EXPIRY } from '../../../shared/domain/search/summary';
import type { ExportColumn } from '../../services/excel/export';
import { ExportMenu } from '../../ui/export-menu';

const COLUMNS: ExportColumn[] = [
  { header: '客户', key: 'name', type: 'text' },
  { header: '联系电话', key: 'phones', type: 'text' },
  { header: '证件号码', key: 'idNumber', type: 'text' },
  { header: '车牌号', key: 'plates', type: 'text' },
  { header: '车架号', key: 'vins', type: 'text' },
  { header: '保单号', key: 'policyNos', type: 'text' },
  { header: '保险公司', key: 'insurers', type: 'text' },
  { header: '最近到期', key: 'nextExpiry', type: 'date' },
  { header: '交强险止期', key: 'nextCompulsoryEnd', type: 'date' },
  { header: '商业险止期', key: 'nextCommercialEnd', type: 'date' },
  { header: '业务员', key: 'staffName', type: 'text' },
];

export function ExportClientsButton({ rows }: { rows: readonly ClientSummary[] }) {
  const { t } = useTranslation('import');
  // NO_EXPIRY means "no active policy": exported as an empty cell, not a date.
  const exportable = async () =>
    rows.map((r) => ({ ...r, nextExpiry: r.nextExpiry === NO_EXPIRY ? null : r.nextExpiry }));
  return (
    <ExportMenu
      label={t('export.clients')}
      testId="export-clients"
      request={{ columns: COLUMNS, rows: exportable, sheetName: '客户', fileStem: '客户导出' }}
    />
  );
}
