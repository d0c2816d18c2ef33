// English field names, typed against the Chinese file.
import type { texts as zh } from '../zh-CN/fields';

export const texts: typeof zh = {
  policyNo: 'policy number',
  insurer: 'insurer',
  kind: 'kind',
  plate: 'plate',
  vin: 'VIN',
  engineNo: 'engine number',
  brandModel: 'model',
  firstRegisteredOn: 'first registration',
  insured: 'insured',
  holder: 'policy holder',
  phones: 'phone',
  idNumber: 'ID number',
  startDate: 'start date',
  endDate: 'end date',
  premium: 'premium',
  staff: 'staff',
  period: 'period of cover',
  note: 'note',
  compulsory: {
    period: 'compulsory period of cover',
    policyNo: 'compulsory policy number',
    startDate: 'compulsory start date',
    endDate: 'compulsory end date',
    premium: 'compulsory premium',
    insurer: 'compulsory insurer',
  },
  commercial: {
    period: 'commercial period of cover',
    policyNo: 'commercial policy number',
    startDate: 'commercial start date',
    endDate: 'commercial end date',
    premium: 'commercial premium',
    insurer: 'commercial insurer',
  },
};
