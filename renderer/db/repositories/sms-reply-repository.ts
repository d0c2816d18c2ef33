// Customers' SMS replies pulled from the provider (issue 13 §3): a reply R / T / TD / 退订 records
// an SMS opt-out on every customer with that mobile, with its evidence (the word, when, the
// reply's id, who was at the desk), so the contact gate refuses SMS with `opted_out` from then
// on. One guarded, audited transaction; a reply seen again (pulled twice) changes nothing.
import { smsOptOutWord } from '../../../shared/domain/contact/opt-out';
import { emptyContactPrefs } from '../../../shared/domain/contact/contact-prefs';
import type { Channel, Id, OptOutRecord, StoredClient } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { authorize } from './authorize';
import { phoneLookup, rowsWithPhone } from './client-crypto';
import { refreshClientSummaries } from './client-summaries';
import { recordWriteTables } from './tables';
import { auditEvent, nowIso, writeAudit, type Actor } from './write-context';

export interface SmsReply {
  id: string;
  phone: string;
  content: string;
  at: string;
}

export interface RecordedReplies {
  /** Customers whose SMS opt-out was recorded now. */
  optedOut: Id[];
  /** Every reply handled (opt-outs, and the others, which need no record): safe to forget. */
  handled: string[];
}

export async function recordSmsReplies(
  db: AppDb,
  replies: readonly SmsReply[],
  actor: Actor,
): Promise<RecordedReplies> {
  const optOuts = replies
    .map((r) => ({ reply: r, word: smsOptOutWord(r.content) }))
    .filter((x): x is { reply: SmsReply; word: NonNullable<typeof x.word> } => x.word !== null);
  if (optOuts.length === 0) return { optedOut: [], handled: replies.map((r) => r.id) };
  await authorize(db, actor, 'update', 'ContactPrefs');
  const at = nowIso();
  // Phones are found through their blind indexes, computed before the transaction.
  const lookup = await phoneLookup(
    db,
    optOuts.map((o) => o.reply.phone),
  );
  const changed = await db.transaction('rw', recordWriteTables(db), async () => {
    const touched = new Map<Id, StoredClient>();
    for (const { reply, word } of optOuts) {
      const clients = await rowsWithPhone(db, lookup, reply.phone);
      for (const stored of clients) {
        const client = touched.get(stored.id) ?? stored;
        if (client.deletedAt) continue;
        const prefs = { ...emptyContactPrefs(), ...client.contact };
        if (prefs.optOuts?.some((o) => o.replyId === reply.id)) continue;
        const evidence: OptOutRecord = {
          channel: 'sms',
          at: reply.at,
          how: 'sms_reply',
          word,
          replyId: reply.id,
          byStaffId: actor,
        };
        const optedOut: Channel[] = prefs.optedOut.includes('sms')
          ? prefs.optedOut
          : [...prefs.optedOut, 'sms'];
        touched.set(client.id, {
          ...client,
          contact: { ...prefs, optedOut, optOuts: [...(prefs.optOuts ?? []), evidence] },
          updatedAt: at,
          updatedBy: actor,
        });
      }
    }
    if (touched.size === 0) return [];
    await db.clients.bulkPut([...touched.values()]);
    await writeAudit(
      db,
      [...touched.keys()].map((id) =>
        auditEvent(actor, 'update:contact', 'client', id, 'optedOut:sms_reply', at),
      ),
    );
    publishPlanInputsChanged(db, ['clients']);
    await refreshClientSummaries(db, [...touched.keys()]);
    return [...touched.keys()];
  });
  return { optedOut: changed, handled: replies.map((r) => r.id) };
}
