// Export every stored policy (Excel or CSV) with the headers the import recognises, so the
// exported list imports back unchanged.
import { useTranslation } from 'react-i18next';
import { storedPolicyRecords } from '../../db/repositories/import-canonical';
import { useDb } from '../../services/db/db-context';
import { policyExportColumns, policyExportRow } from '../../services/excel/policy-export';
import { ExportMenu } from '../../ui/export-menu';
import { useSaveExport, type ExportFormat } from '../../ui/use-save-export';

export function ExportPoliciesButton() {
  const { t } = useTranslation('import');
  const db = useDb();
  const save = useSaveExport();

  function run(format: ExportFormat) {
    void save({
      columns: policyExportColumns,
      // Read when asked, so the page does not load every policy just to show a button.
      rows: async () => (await storedPolicyRecords(db)).map(policyExportRow),
      format,
      sheetName: '保单',
      fileStem: '保单导出',
      texts: {
        nothing: t('export.nothing'),
        done: (count) => t('export.done', { count }),
      },
    });
  }

  return (
    <ExportMenu
      label={t('export.policies')}
      testId="export-policies"
      formats={[
        { format: 'xlsx', label: t('export.excel') },
        { format: 'csv', label: t('export.csv') },
      ]}
      onExport={run}
    />
  );
}
