// The policy list export: headers the import dictionary recognises, so an exported list
// imports back unchanged (tests/integration/import/export-roundtrip.test.ts proves it).
import type { CanonicalRecord } from '../../../shared/domain/import/types';
import type { ExportColumn, ExportRow } from './export';

export const policyExportColumns: ExportColumn[] = [
  { header: '保险公司', key: 'insurer', type: 'text' },
  { header: '保单号', key: 'policyNo', type: 'text' },
  { header: '险种', key: 'kind', type: 'text' },
  { header: '车牌号', key: 'plate', type: 'text' },
  { header: '车架号', key: 'vin', type: 'text' },
  { header: '发动机号', key: 'engineNo', type: 'text' },
  { header: '厂牌型号', key: 'brandModel', type: 'text' },
  { header: '初登日期', key: 'firstRegisteredOn', type: 'date' },
  { header: '被保险人', key: 'insured', type: 'text' },
  { header: '投保人', key: 'holder', type: 'text' },
  { header: '联系电话', key: 'phones', type: 'text' },
  { header: '证件号码', key: 'idNumber', type: 'text' },
  { header: '起保日期', key: 'startDate', type: 'date' },
  { header: '终保日期', key: 'endDate', type: 'date' },
  { header: '保费', key: 'premium', type: 'number' },
  { header: '业务员', key: 'staff', type: 'text' },
  { header: '备注', key: 'note', type: 'text' },
];

const KIND_TEXT = { compulsory: '交强险', commercial: '商业险' } as const;

export function policyExportRow(rec: CanonicalRecord): ExportRow {
  return {
    ...rec,
    kind: rec.kind ? KIND_TEXT[rec.kind] : '',
    plate: rec.plateMissing ? '未上牌' : rec.plate,
    phones: rec.phones.join('/'),
  };
}
