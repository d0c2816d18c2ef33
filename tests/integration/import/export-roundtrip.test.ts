import { describe, expect, it } from 'vitest';
import { makePolicies } from '../../fixtures/generate-policy-data';
import { listWorkbook } from '../../fixtures/generate-lists';
import { storedPolicyRecords } from '../../../renderer/db/repositories/import-canonical';
import { exportRows } from '../../../renderer/services/excel/export';
import {
  policyExportColumns,
  policyExportRow,
} from '../../../renderer/services/excel/policy-export';
import { freshDb, importFile, preview } from './helpers';

describe('policy export imports back unchanged', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    it(`as ${format}`, async () => {
      const db = freshDb();
      await importFile(db, listWorkbook(makePolicies(15)), 'list.xlsx');
      const stored = await storedPolicyRecords(db);
      const bytes = exportRows(policyExportColumns, stored.map(policyExportRow), format);

      // Into the same database: nothing changes.
      const same = await preview(db, bytes, `export.${format}`);
      expect(same.counts).toMatchObject({
        rows: 30,
        new: 0,
        updated: 0,
        unchanged: 30,
        skipped: 0,
      });

      // Into an empty database: the same canonical records come out.
      const other = freshDb();
      await importFile(other, bytes, `export.${format}`);
      expect(await storedPolicyRecords(other)).toEqual(stored);
    });
  }
});
