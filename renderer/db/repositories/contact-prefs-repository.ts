// A customer's contact preferences (issue 13): the preferred channel and hours, do-not-contact
// (overall or per channel), opt-outs and consents with their evidence. One guarded, audited
// write; the old 同意短信 flag follows the SMS marketing consent so every older reader agrees.
import { z } from 'zod';
import { hasSmsMarketingConsent } from '../../../shared/domain/contact/contact-prefs';
import type {
  Channel,
  Client,
  ClientCore,
  ContactPrefs,
  HoursWindow,
  Id,
  StoredClient,
} from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { authorize } from './authorize';
import { openClient } from './client-crypto';
import { refreshClientSummaries } from './client-summaries';
import { parseInput } from './schemas';
import { recordWriteTables } from './tables';
import { auditEvent, notFound, nowIso, writeAudit, type Actor } from './write-context';

export interface ContactPrefsInput {
  preferredChannel: Channel | null;
  preferredHours: HoursWindow | null;
  doNotContact: boolean;
  /** The old 同意短信 tick without evidence, kept until someone removes it. */
  legacySmsConsent: boolean;
  contact: ContactPrefs;
}

const channel = z.enum(['call', 'sms', 'wechat', 'email']);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'format');
const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'format');

const prefsSchema = z.object({
  preferredChannel: channel.nullable(),
  preferredHours: z
    .object({ from: clock, to: clock })
    .refine((h) => h.from < h.to, 'format')
    .nullable(),
  doNotContact: z.boolean(),
  legacySmsConsent: z.boolean(),
  contact: z.object({
    consents: z.array(
      z.object({
        channel: z.enum(['sms', 'wechat', 'email']),
        purpose: z.enum(['service', 'marketing']),
        at: instant,
        how: z.enum(['verbal', 'written', 'sms_reply', 'wechat', 'email', 'form']),
        byStaffId: z.string().min(1),
        note: z.string().nullish(),
      }),
    ),
    optedOut: z.array(channel),
    doNotContactChannels: z.array(channel),
    refusedAt: instant.nullish(),
  }),
});

/** What changed, as field codes for the audit (never the values: they say nothing personal). */
function changedFields(before: ClientCore, after: ClientCore): string {
  const fields: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  if (!same(before.preferredChannel, after.preferredChannel)) fields.push('preferredChannel');
  if (!same(before.preferredHours, after.preferredHours)) fields.push('preferredHours');
  if (before.doNotContact !== after.doNotContact) fields.push('doNotContact');
  if (before.smsConsent !== after.smsConsent) fields.push('smsConsent');
  const b = before.contact;
  const a = after.contact;
  if (!same(b?.consents, a?.consents)) fields.push('consents');
  if (!same(b?.optedOut, a?.optedOut)) fields.push('optedOut');
  if (!same(b?.doNotContactChannels, a?.doNotContactChannels)) fields.push('doNotContactChannels');
  if (!same(b?.refusedAt, a?.refusedAt)) fields.push('refusedAt');
  return fields.join(',');
}

export async function updateContactPrefs(
  db: AppDb,
  clientId: Id,
  input: ContactPrefsInput,
  actor: Actor,
): Promise<Client> {
  await authorize(db, actor, 'update', 'ContactPrefs');
  const data = parseInput(prefsSchema, input, 'client');
  const after = await db.transaction('rw', recordWriteTables(db), async () => {
    const before = await db.clients.get(clientId);
    if (!before || before.deletedAt) throw notFound('client', clientId);
    const contact: ContactPrefs = {
      consents: data.contact.consents,
      optedOut: data.contact.optedOut,
      doNotContactChannels: data.contact.doNotContactChannels,
      refusedAt: data.contact.refusedAt ?? null,
      // The evidence of opt-outs recorded from replies stays while the opt-out does.
      optOuts: (before.contact?.optOuts ?? []).filter((o) =>
        data.contact.optedOut.includes(o.channel),
      ),
    };
    // Only fields outside the sealed part change: the stored row keeps its ciphertext.
    const after: StoredClient = {
      ...before,
      preferredChannel: data.preferredChannel,
      preferredHours: data.preferredHours,
      doNotContact: data.doNotContact,
      // A cleared refusal lifts the date it set, too.
      doNotContactUntil: contact.refusedAt ? before.doNotContactUntil : null,
      smsConsent: data.legacySmsConsent || hasSmsMarketingConsent(contact),
      contact,
      updatedAt: nowIso(),
      updatedBy: actor,
    };
    await db.clients.put(after);
    await writeAudit(
      db,
      auditEvent(actor, 'update:contact', 'client', clientId, changedFields(before, after)),
    );
    // Do-not-contact and the hours move the plan (who is on the call list).
    publishPlanInputsChanged(db, ['clients']);
    await refreshClientSummaries(db, [clientId]);
    return after;
  });
  // Opened after the transaction: WebCrypto inside it would end it.
  return openClient(after);
}
