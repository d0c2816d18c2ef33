// Export every stored policy (Excel or CSV) with the headers the import recognises, so the
// exported list imports back unchanged.
import { App, Button, Dropdown } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { chinaDate } from '../../../shared/domain/china-date';
import { storedPolicyRecords } from '../../db/repositories/import-canonical';
import { useDb } from '../../services/db/db-context';
import { exportRows } from '../../services/excel/export';
import { policyExportColumns, policyExportRow } from '../../services/excel/policy-export';
import { getHost } from '../../services/host';

export function ExportPoliciesButton() {
  const { t } = useTranslation('import');
  const db = useDb();
  const { message } = App.useApp();

  async function run(format: 'xlsx' | 'csv') {
    const records = await storedPolicyRecords(db);
    if (records.length === 0) {
      message.info(t('export.nothing'));
      return;
    }
    const data = exportRows(policyExportColumns, records.map(policyExportRow), format, '保单');
    const saved = await getHost().saveFile({
      suggestedName: `保单导出-${chinaDate(new Date())}.${format}`,
      data: data as Uint8Array<ArrayBuffer>,
      filterName: format === 'xlsx' ? 'Excel' : 'CSV',
      extensions: [format],
    });
    if (saved.saved) message.success(t('export.done', { count: records.length }));
  }

  return (
    <Dropdown
      menu={{
        items: [
          {
            key: 'xlsx',
            label: <span data-testid="export-policies-xlsx">{t('export.excel')}</span>,
          },
          { key: 'csv', label: <span data-testid="export-policies-csv">{t('export.csv')}</span> },
        ],
        onClick: ({ key }) => void run(key as 'xlsx' | 'csv'),
      }}
    >
      <Button icon={<ExportOutlined />} data-testid="export-policies">
        {t('export.policies')}
      </Button>
    </Dropdown>
  );
}
