// English wording of the value problems, typed against the Chinese file.
import type { texts as zh } from '../zh-CN/problems';

export const texts: typeof zh = {
  phone: {
    empty: 'The phone number is empty',
    noAreaCode: 'Landline "{{raw}}" has no area code; add it in front (e.g. 010)',
    mobileLength: 'Mobile number "{{raw}}" must have 11 digits; it has {{length}}',
    mobileSecondDigit: 'Mobile number "{{raw}}": the second digit must be 3-9',
    invalid: '"{{raw}}" is not a valid mobile or landline number',
    masked: 'Phone "{{phone}}" is masked; kept but cannot be dialled, please complete it',
  },
  plate: {
    empty: 'The plate number is empty',
    special:
      'Plate "{{plate}}" looks like an emergency, civil-aviation, military or temporary plate; its format was not checked, please verify',
    noProvince: 'Plate "{{plate}}" must start with a province character (e.g. 京, 粤)',
    letterIO: 'Plate "{{plate}}" cannot contain the letters I or O (perhaps the digits 1 or 0)',
    length: 'Plate "{{plate}}" should have 7 characters (8 for new-energy cars); it has {{length}}',
    invalid: 'Plate "{{plate}}" is not in a valid format; please check it against the registration',
  },
  vin: {
    empty: 'The VIN is empty',
    length: 'VIN "{{vin}}" must have 17 characters; it has {{length}}',
    chars:
      'VIN "{{vin}}" contains characters that are not allowed: {{chars}} (VINs never use I, O, Q)',
    checkDigit:
      'VIN "{{vin}}": the check digit (position 9) should be {{expected}}; a character may be mistyped (imported cars may not follow this rule)',
  },
  id: {
    empty: 'The ID number is empty',
    old15: 'ID number "{{id}}" is an old 15-digit number; please enter the 18-character number',
    length: 'ID number "{{id}}" must have 18 characters; it has {{length}}',
    chars: 'ID number "{{id}}": the first 17 characters must be digits, the last a digit or X',
    birthDate:
      'ID number "{{id}}": the birth date in characters 7-14 ({{birth}}) is not a real date',
    checkChar:
      'ID number "{{id}}": the last (check) character should be {{expected}}; a digit may be mistyped',
  },
  isoDate: {
    label: 'date',
    empty: 'The date is empty',
    impossible: '"{{text}}" is not a real date',
    endBeforeStart:
      'The end date {{end}} is not after the start date {{start}}; were they swapped?',
  },
  cellDate: {
    empty: 'The date is empty',
    impossible: '"{{text}}" is not a real date (e.g. 30 February)',
    unrecognized: '"{{text}}" is not a date we understand; write it like 2026-12-01',
    outOfRange: '"{{text}}" has an unlikely year (expected {{min}}-{{max}})',
  },
  premium: {
    invalid: 'Premium "{{text}}" is not an amount; write it like 1234.56',
  },
  textId: {
    sciNotation:
      'Excel already turned this number into scientific notation in the file; set the column to text and export again',
    precisionLost:
      'This number was stored as a number in the file and lost its digits beyond the 15th; set the column to text and export again',
    maybePrecisionLost:
      'This number was stored as a number and ends in zeros after the 15th digit; digits may have been lost, please check',
    errorCell: 'The cell holds an error value {{value}}; fix it in the spreadsheet',
  },
  row: {
    tooLong:
      'The {{field}} is {{length}} characters long, over the limit of {{max}}, so it is not a {{field}}; check the column or skip the row',
    notAPolicyRefund:
      'The premium is negative ({{premium}}): a refund or cancellation endorsement, not a policy, so it is not imported; skip the row',
    notAPolicyNamed:
      'This row says "{{text}}": an endorsement or cancellation, not a policy, so it is not imported; skip the row',
    kindUnknown: 'Kind "{{text}}" does not say compulsory or commercial; please choose',
    enterValue: 'Enter a value',
    errorCell:
      'The "{{header}}" cell holds the error value {{error}} (usually a broken formula); fix it',
    formulaNoValue:
      'The "{{header}}" cell is a formula without a saved result; open and save the file in Excel, then import again',
    fieldProblem: '{{field}}: {{problem}}',
    missing: 'The {{field}} is missing; fill it in',
    missingPolicyNoOrCar:
      'No policy number; without one the policy needs a VIN or plate and a kind to be identified',
    unmapped: 'No column is mapped to {{field}}; choose one in the column mapping',
    thisRow: 'this row',
    otherRow: 'row {{row}}',
    duplicateSame: 'Policy {{policyNo}} repeats {{where}} exactly; it is imported once',
    carDuplicateSame:
      'The {{kind}} policy of car {{car}} ending {{endDate}} repeats {{where}} exactly; it is imported once',
    carDuplicateConflict:
      'The {{kind}} policy of car {{car}} ending {{endDate}} already appears on {{where}} with a different {{fields}}; choose which row to keep',
    duplicateConflict:
      'Policy {{policyNo}} already appears on {{where}} with a different {{fields}}; choose which row to keep',
  },
  plan: {
    fileMissingInsurer:
      'The file names no insurer ({{rows}} rows are waiting): choose the insurer above or add an "insurer" column; importing waits until then.',
    idNameConflict:
      'ID number {{id}} belongs to the stored customer "{{stored}}" but this row says "{{name}}"; check the name or ID number, or skip the row.',
    phoneShared:
      'Phone {{phone}} is also the phone of customer "{{stored}}" (shared in a family?); "{{name}}" is imported as another customer.',
    missingPolicyNo:
      'No policy number, so the policy cannot be identified; without one it needs a VIN or plate, a kind and an end date. Add them or skip the row.',
    missingInsurer:
      'The insurer of this policy is unknown; choose one when importing or add an "insurer" column.',
    missingEndDate: 'No end date, so no renewal can be reminded; add the end date or skip the row.',
    missingInsured: 'No insured name; add the insured or skip the row.',
    noPolicy: 'This row holds no policy to import; skipped.',
    kindAssumed:
      'No kind given; imported as commercial. If it is compulsory, change the kind column.',
    conflictVehicle:
      'Policy {{policyNo}} is stored on another vehicle; it now moves to VIN {{vin}} / plate {{plate}}. Please check the vehicle.',
    conflictStored:
      'Differs from the stored data: {{field}} {{before}} → {{after}} (this file wins).',
  },
};
