// The browser build's place for the audit chain's head outside the database: localStorage.
// A browser page has no file of its own outside IndexedDB, and localStorage is a separate
// store: an audit table edited or cut in IndexedDB (by DevTools or a profile copied in) no
// longer matches it, so the start-up check warns. It is weaker than main's file (clearing
// the site's data clears both, and the page's own script can reach it), which is why the
// desktop app keeps its head in main. Same rules as main (shared/domain/identity/audit-head).
import {
  decideAuditHeadAppend,
  type AuditHeadAppendResult,
  type StoredAuditHead,
} from '../../../shared/domain/identity/audit-head';
import type { ChainHead } from '../../../shared/domain/identity/audit-chain';
import { chainHeadSchema } from '../../../shared/ipc/schemas';

export const AUDIT_HEAD_KEY = 'renewal-desk:audit-head';
/** The entry the owner last replaced, kept beside it (main keeps every one as a file). */
export const REPLACED_AUDIT_HEAD_KEY = 'renewal-desk:audit-head:replaced';

export function readWebAuditHead(storage: Storage): StoredAuditHead {
  const text = storage.getItem(AUDIT_HEAD_KEY);
  if (text === null) return { status: 'none' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'corrupt' };
  }
  const parsed = chainHeadSchema.safeParse(raw);
  return parsed.success ? { status: 'ok', head: parsed.data } : { status: 'corrupt' };
}

export function appendWebAuditHead(storage: Storage, head: ChainHead): AuditHeadAppendResult {
  // Checked like main checks its IPC payload: the caller is typed, but a bad head stored
  // here would turn every later start into a false alarm.
  const valid = chainHeadSchema.parse(head);
  const { write, result } = decideAuditHeadAppend(readWebAuditHead(storage), valid);
  if (write) storage.setItem(AUDIT_HEAD_KEY, JSON.stringify(valid));
  return result;
}

export function replaceWebAuditHead(storage: Storage, head: ChainHead | null): StoredAuditHead {
  const valid = head === null ? null : chainHeadSchema.parse(head);
  const previous = storage.getItem(AUDIT_HEAD_KEY);
  if (previous !== null) storage.setItem(REPLACED_AUDIT_HEAD_KEY, previous);
  if (valid === null) {
    storage.removeItem(AUDIT_HEAD_KEY);
    return { status: 'none' };
  }
  storage.setItem(AUDIT_HEAD_KEY, JSON.stringify(valid));
  return { status: 'ok', head: valid };
}
