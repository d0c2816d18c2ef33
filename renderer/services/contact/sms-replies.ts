// Fetch the customers' SMS replies from the host (main pulls them from the provider and keeps
// them until told they are recorded), record the opt-outs, then let main forget them: a crash
// between the two leaves them in main, and recording them again changes nothing.
import type { HostApi } from '../../../shared/ipc/contract';
import type { AppDb } from '../../db/app-db';
import { recordSmsReplies, type RecordedReplies } from '../../db/repositories/sms-reply-repository';

export type ReplySync =
  ({ ok: true } & RecordedReplies) | { ok: false; reason: string; retry: boolean };

export async function syncSmsReplies(
  db: AppDb,
  host: Pick<HostApi, 'pullSmsReplies' | 'ackSmsReplies'>,
  actor: string,
): Promise<ReplySync> {
  const pulled = await host.pullSmsReplies();
  if (!pulled.ok) return { ok: false, reason: pulled.reason, retry: pulled.retry };
  if (pulled.replies.length === 0) return { ok: true, optedOut: [], handled: [] };
  const recorded = await recordSmsReplies(db, pulled.replies, actor);
  await host.ackSmsReplies({ ids: recorded.handled });
  return { ok: true, ...recorded };
}
