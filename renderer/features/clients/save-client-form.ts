// Form values → repository calls. Normalising (plates, phones, IDs) happens here with the same
// domain functions the import uses, so a record typed by hand looks like an imported one.
import type { Dayjs } from 'dayjs';
import type { PolicyKind } from '../../../shared/domain/types';
import { normalizeIdNumber } from '../../../shared/domain/validation/id-number';
import { splitPhones, validatePhone } from '../../../shared/domain/validation/phone';
import { validatePlate } from '../../../shared/domain/validation/plate';
import { normalizeVin } from '../../../shared/domain/validation/vin';
import type { AppDb } from '../../db/app-db';
import { createClient, createWalkIn, updateClient } from '../../db/repositories/client-repository';
import { currentActor } from '../../services/actor';

export interface ClientFormValues {
  name: string;
  phones?: string;
  idNumber?: string;
  address?: string;
  email?: string;
  wechat?: string;
  notes?: string;
  withVehicle: boolean;
  plate?: string;
  vin?: string;
  brandModel?: string;
  engineNo?: string;
  insurer?: string;
  kind?: PolicyKind;
  policyNo?: string;
  premium?: number | null;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
}

const blankToNull = (value: string | undefined) =>
  value && value.trim() !== '' ? value.trim() : null;

function clientInput(values: ClientFormValues) {
  return {
    name: values.name.trim(),
    phones: splitPhones(values.phones ?? '').map((p) => {
      const result = validatePhone(p);
      return result.ok ? result.value : p;
    }),
    idNumber: values.idNumber ? normalizeIdNumber(values.idNumber) || null : null,
    address: blankToNull(values.address),
    email: blankToNull(values.email),
    wechat: blankToNull(values.wechat),
    notes: blankToNull(values.notes),
  };
}

/** Saves the form and returns the customer's id. Throws a RepositoryError with both languages. */
export async function saveClientForm(
  db: AppDb,
  target: { mode: 'create' | 'edit'; clientId?: string },
  values: ClientFormValues,
): Promise<string> {
  const actor = currentActor();
  if (target.mode === 'edit' && target.clientId) {
    await updateClient(db, target.clientId, clientInput(values), actor);
    return target.clientId;
  }
  if (!values.withVehicle) return (await createClient(db, clientInput(values), actor)).id;

  const plate = validatePlate(values.plate ?? '');
  const result = await createWalkIn(
    db,
    {
      client: clientInput(values),
      vehicle: {
        plate: plate.ok ? plate.value : null,
        vin: values.vin ? normalizeVin(values.vin) || null : null,
        brandModel: blankToNull(values.brandModel),
        engineNo: blankToNull(values.engineNo),
      },
      policy: {
        insurer: values.insurer ?? '',
        policyNo: (values.policyNo ?? '').trim(),
        kind: values.kind ?? 'compulsory',
        startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null,
        endDate: values.endDate ? values.endDate.format('YYYY-MM-DD') : '',
        premium: values.premium ?? null,
      },
    },
    actor,
  );
  return result.client.id;
}
