// Cheap shape checks at the repository boundary. Field-level rules (mobile format, ID checksum,
// plate and VIN patterns) belong to the forms and the import; here we refuse what would
// corrupt the store: missing keys, wrong types, malformed dates. A rule's message is a key
// under errors:input, rendered by whoever shows the error.
import { z } from 'zod';
import { resources, textRef, type KeysUnder } from '../../../shared/i18n';
import { entityRef, RepositoryError, type Entity } from './write-context';

type InputIssue = KeysUnder<'errors', 'input'>;

function isInputIssue(message: string | undefined): message is InputIssue {
  return !!message && Object.hasOwn(resources['zh-CN'].errors.input, message);
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'isoDate' satisfies InputIssue);
const hours = z.object({ from: z.string(), to: z.string() });
const channel = z.enum(['call', 'sms', 'wechat', 'email']);

export const clientInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'nameRequired' satisfies InputIssue),
  phones: z.array(z.string().trim().min(1)).default([]),
  idNumber: z.string().trim().toUpperCase().nullish(),
  address: z.string().nullish(),
  email: z.string().nullish(),
  wechat: z.string().nullish(),
  preferredChannel: channel.nullish(),
  preferredHours: hours.nullish(),
  doNotContact: z.boolean().default(false),
  doNotContactUntil: isoDate.nullish(),
  smsConsent: z.boolean().default(false),
  notes: z.string().nullish(),
  lastVerifiedOn: isoDate.nullish(),
  staffId: z.string().nullish(),
  isSample: z.boolean().optional(),
});

export const vehicleInputSchema = z.object({
  plate: z
    .string()
    .transform((s) => s.replace(/[\s·•.-]/g, '').toUpperCase())
    .nullish(),
  vin: z.string().trim().toUpperCase().nullish(),
  engineNo: z.string().trim().nullish(),
  brandModel: z.string().nullish(),
  firstRegisteredOn: isoDate.nullish(),
  isSample: z.boolean().optional(),
});

export const policyInputSchema = z
  .object({
    insurer: z
      .string()
      .trim()
      .min(1, 'insurerRequired' satisfies InputIssue),
    policyNo: z
      .string()
      .trim()
      .toUpperCase()
      .min(1, 'policyNoRequired' satisfies InputIssue),
    kind: z.enum(['compulsory', 'commercial']),
    holderId: z.string().nullish(),
    holderName: z.string().nullish(),
    startDate: isoDate.nullish(),
    endDate: isoDate,
    endTime: z.string().nullish(),
    premium: z.number().nonnegative().nullish(),
    coverages: z.array(z.string()).optional(),
    staffName: z.string().nullish(),
    importBatchId: z.string().nullish(),
    status: z.enum(['active', 'renewed', 'lapsed', 'lost']).default('active'),
    renewedById: z.string().nullish(),
    isSample: z.boolean().optional(),
  })
  .refine((p) => !p.startDate || p.startDate < p.endDate, {
    message: 'endAfterStart' satisfies InputIssue,
    path: ['endDate'],
  });

export type ClientInput = z.input<typeof clientInputSchema>;
export type VehicleInput = z.input<typeof vehicleInputSchema>;
export type PolicyInput = z.input<typeof policyInputSchema>;

/** Parses or throws a RepositoryError naming the first bad field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: Entity,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  const message = issue?.message;
  throw new RepositoryError(
    'invalid',
    textRef('errors:repository.invalid', {
      what: entityRef(what),
      field: field ? textRef('errors:repository.invalidField', { field }) : '',
      issue: isInputIssue(message)
        ? textRef(`errors:input.${message}`)
        : message
          ? textRef('errors:input.other', { detail: message })
          : textRef('errors:input.format'),
    }),
    field || undefined,
  );
}
