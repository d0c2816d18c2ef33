// Cheap shape checks at the repository boundary. Field-level rules (mobile format, ID checksum,
// plate and VIN patterns) belong to the forms and the import; here we refuse what would
// corrupt the store: missing keys, wrong types, malformed dates.
import { z } from 'zod';
import { RepositoryError } from './write-context';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const hours = z.object({ from: z.string(), to: z.string() });
const channel = z.enum(['call', 'sms', 'wechat', 'email']);

export const clientInputSchema = z.object({
  name: z.string().trim().min(1, '姓名不能为空'),
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
    insurer: z.string().trim().min(1, '保险公司不能为空'),
    policyNo: z.string().trim().toUpperCase().min(1, '保单号不能为空'),
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
    message: '终保日期必须晚于起保日期',
    path: ['endDate'],
  });

export type ClientInput = z.input<typeof clientInputSchema>;
export type VehicleInput = z.input<typeof vehicleInputSchema>;
export type PolicyInput = z.input<typeof policyInputSchema>;

/** Parses or throws a RepositoryError naming the first bad field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  throw new RepositoryError(
    'invalid',
    `${what}信息有误：${field ? `字段 ${field}：` : ''}${issue?.message ?? '格式不正确'}。请修改后再保存。`,
    `Invalid ${what}: ${field} ${issue?.message ?? ''}. Fix it and save again.`,
    field || undefined,
  );
}
