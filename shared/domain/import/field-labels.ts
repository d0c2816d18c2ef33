// Every mapping target in the order the mapping screen offers them; their names as users read
// them are in the text catalogue (shared/i18n/<lang>/fields.ts, key `fields:<target>`).
import type { TextKey } from '../../i18n/text-ref';
import { CANONICAL_FIELDS, type MappingTarget } from './types';

export const MAPPING_TARGETS: readonly MappingTarget[] = [
  ...CANONICAL_FIELDS,
  'compulsory.policyNo',
  'compulsory.startDate',
  'compulsory.endDate',
  'compulsory.premium',
  'compulsory.insurer',
  'commercial.policyNo',
  'commercial.startDate',
  'commercial.endDate',
  'commercial.premium',
  'commercial.insurer',
  'period',
  'compulsory.period',
  'commercial.period',
];

export function fieldLabelKey(field: MappingTarget): TextKey {
  return `fields:${field}`;
}
