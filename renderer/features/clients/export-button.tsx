// 导出: the customers the list shows right now (search results and filters included) to Excel
// or CSV with Chinese headers, through the host's save dialog (a download in the browser).
import { App, Button, Dropdown } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../shared/domain/types';
import { chinaDate } from '../../../shared/domain/china-date';
import { exportRows, type ExportColumn } from '../../services/excel/export';
import { getHost } from '../../services/host';

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
  const { message } = App.useApp();

  async function run(format: 'xlsx' | 'csv') {
    if (rows.length === 0) {
      message.info(t('export.nothing'));
      return;
    }
    // '9999-12-31' means "no active policy": exported as an empty cell, not a date.
    const data = rows.map((r) => ({
      ...r,
      nextExpiry: r.nextExpiry === '9999-12-31' ? null : r.nextExpiry,
    }));
    const bytes = exportRows(COLUMNS, data, format, '客户');
    const saved = await getHost().saveFile({
      suggestedName: `客户导出-${chinaDate(new Date())}.${format}`,
      data: bytes as Uint8Array<ArrayBuffer>,
      filterName: format === 'xlsx' ? 'Excel' : 'CSV',
      extensions: [format],
    });
    if (saved.saved) message.success(t('export.done', { count: rows.length }));
  }

  return (
    <Dropdown
      menu={{
        items: [
          {
            key: 'xlsx',
            label: <span data-testid="export-clients-xlsx">{t('export.excel')}</span>,
          },
          { key: 'csv', label: <span data-testid="export-clients-csv">{t('export.csv')}</span> },
        ],
        onClick: ({ key }) => void run(key as 'xlsx' | 'csv'),
      }}
    >
      <Button icon={<ExportOutlined />} data-testid="export-clients">
        {t('export.clients')}
      </Button>
    </Dropdown>
  );
}
