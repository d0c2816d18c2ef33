// The shared (non-policy) fields of a row: vehicle, people and contacts, validated. Bad values
// are kept as written with a warning so nothing the user typed is lost.
import { kindFromText } from '../normalize/kind';
import { normalizeFreeText, normalizeName } from '../normalize/text';
import { problemText } from '../validation/result';
import { validateIdNumber, normalizeIdNumber } from '../validation/id-number';
import { splitPhones, validatePhone } from '../validation/phone';
import { normalizePlate, validatePlate } from '../validation/plate';
import { normalizeVin, validateVin } from '../validation/vin';
import { cellText } from './cell-text';
import { canonicalInsurer } from './insurer-from-title';
import type { RowReader } from './row-reader';
import type { CanonicalRecord } from './types';

/** 统一社会信用代码 of a company insured (GB 32100): not a resident ID, not a problem. */
const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type BaseFields = Omit<
  CanonicalRecord,
  'policyNo' | 'kind' | 'startDate' | 'endDate' | 'endTime' | 'premium' | 'insurer'
>;

export function readBaseFields(reader: RowReader): BaseFields {
  const plate = readPlate(reader);
  return {
    plate: plate.plate,
    plateMissing: plate.missing,
    vin: readVin(reader),
    engineNo: reader.id('engineNo'),
    brandModel: normalizeFreeText(reader.text('brandModel')),
    firstRegisteredOn: reader.date('firstRegisteredOn')?.date ?? null,
    insured: normalizeName(reader.text('insured')),
    holder: normalizeName(reader.text('holder')),
    phones: readPhones(reader),
    idNumber: readIdNumber(reader),
    staff: normalizeName(reader.text('staff')),
    note: normalizeFreeText(reader.text('note')),
  };
}

/** An endorsement or cancellation named in the kind column: not a policy (issue 9 §4). */
const ENDORSEMENT = /批改|批退|批减|退保|注销|撤单/;

export function readKind(reader: RowReader): CanonicalRecord['kind'] {
  const text = reader.text('kind');
  if (text === null) return null;
  if (ENDORSEMENT.test(text)) {
    reader.fieldProblem(
      'kind',
      'error',
      'not_a_policy',
      problemText('row.notAPolicyNamed', { text }),
    );
    return null;
  }
  const kind = kindFromText(text);
  if (kind === null) {
    reader.fieldProblem(
      'kind',
      'warning',
      'kind_unknown',
      problemText('row.kindUnknown', { text }),
    );
  }
  return kind;
}

export function readInsurer(
  reader: RowReader,
  field: 'insurer' | 'compulsory.insurer' | 'commercial.insurer',
) {
  return canonicalInsurer(reader.text(field));
}

function readPlate(reader: RowReader): { plate: string | null; missing: boolean } {
  const text = reader.text('plate');
  if (text === null) return { plate: null, missing: false };
  const r = validatePlate(text);
  if (r.ok) {
    for (const w of r.warnings) reader.fieldProblem('plate', 'warning', w.code, w.text);
    return { plate: r.value, missing: r.noPlate };
  }
  reader.fieldProblem('plate', 'warning', r.code, r.text);
  return { plate: normalizePlate(text), missing: false };
}

function readVin(reader: RowReader): string | null {
  const text = reader.id('vin');
  if (text === null) return null;
  const r = validateVin(text);
  const issues = r.ok ? r.warnings : [r];
  for (const w of issues) reader.fieldProblem('vin', 'warning', w.code, w.text);
  return r.ok ? r.value : normalizeVin(text);
}

function readIdNumber(reader: RowReader): string | null {
  const text = reader.id('idNumber');
  if (text === null) return null;
  const id = normalizeIdNumber(text);
  const r = validateIdNumber(id);
  if (r.ok) return r.value;
  if (!/^\d{17}[\dX]$/.test(id) && USCC.test(id)) return id;
  reader.fieldProblem('idNumber', 'warning', r.code, r.text);
  return id;
}

function readPhones(reader: RowReader): string[] {
  const phones: string[] = [];
  for (const { cell, column } of reader.all('phones')) {
    for (const raw of splitPhones(cellText(cell))) {
      const r = validatePhone(raw);
      if (r.ok) {
        if (!phones.includes(r.value)) phones.push(r.value);
        if (r.masked) {
          reader.problem(
            'phones',
            column.header,
            'warning',
            'phone_masked',
            problemText('phone.masked', { phone: r.value }),
          );
        }
        continue;
      }
      reader.problem('phones', column.header, 'warning', r.code, r.text);
      if (!phones.includes(raw)) phones.push(raw);
    }
  }
  return phones;
}
