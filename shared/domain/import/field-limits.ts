// Longest text a field may hold (issue 9 §4): names 50, addresses 200, notes 1,000 characters.
// A longer cell is not what the column says it is (a pasted paragraph, a hostile file), so the
// row gets a named problem instead of a silent cut.
import type { MappingTarget } from './types';

const NAME = 50;
const IDENTIFIER = 50;
const DESCRIPTION = 200;
const NOTE = 1000;

const LIMITS: Partial<Record<string, number>> = {
  insured: NAME,
  holder: NAME,
  staff: NAME,
  insurer: NAME,
  policyNo: IDENTIFIER,
  engineNo: IDENTIFIER,
  plate: IDENTIFIER,
  vin: IDENTIFIER,
  idNumber: IDENTIFIER,
  kind: DESCRIPTION,
  brandModel: DESCRIPTION,
  phones: DESCRIPTION,
  startDate: DESCRIPTION,
  endDate: DESCRIPTION,
  firstRegisteredOn: DESCRIPTION,
  period: DESCRIPTION,
  premium: DESCRIPTION,
  note: NOTE,
};

/** The limit of a field; split fields ('commercial.policyNo') share their base field's. */
export function maxLength(field: MappingTarget): number {
  return LIMITS[field.split('.').pop() ?? field] ?? DESCRIPTION;
}
