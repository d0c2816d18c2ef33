// Export every stored policy (Excel or CSV) with the headers the import recognises, so the
// exported list imports back unchanged.
import { useTranslation } from 'react-i18next';
import { storedPolicyRecords } from '../../db/repositories/import-canonical';
import { useDb } from '../../services/db/db-context';
import { policyExportColumns, policyExportRow } from '../../services/excel/policy-export';
import { ExportMenu } from '../../ui/export-menu';

export function ExportPoliciesButton() {
  const { t } = useTranslation('import');
  const db = useDb();
  // Read when asked, so the page does not load every policy just to show a button.
  const rows = async () => (await storedPolicyRecords(db)).map(policyExportRow);
  return (
    <ExportMenu
      label={t('export.policies')}
      testId="export-policies"
      request={{ columns: policyExportColumns, rows, sheetName: '保单', fileStem: '保单导出' }}
    />
  );
}
