// The audit chain's head, kept by main in a file under userData, outside the database
// (PRIVACY.md, "Audit"): someone who edits or cuts the audit table in IndexedDB must also
// know to edit this file, or the window's start-up check (`verifyChain(events, head)`) warns
// the owner. The rules of an append are shared with the browser host
// (shared/domain/identity/audit-head.ts); this module only reads and writes the file.
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  decideAuditHeadAppend,
  type AuditHeadAppendResult,
  type StoredAuditHead,
} from '../../shared/domain/identity/audit-head';
import type { ChainHead } from '../../shared/domain/identity/audit-chain';
import { chainHeadSchema } from '../../shared/ipc/schemas';
import { readJsonFileResult, writeFileAtomic } from '../scheduler/atomic-file';

export const AUDIT_HEAD_FILE_NAME = 'audit-head.json';

/** The file: a format version, the head, and when main wrote it (for a person reading it). */
const headFileSchema = z.strictObject({
  version: z.literal(1),
  head: chainHeadSchema,
  writtenAt: z.iso.datetime({ offset: true }),
});

export interface AuditHeadStore {
  /** Never throws: a missing file is `none`, an unreadable or invalid one `corrupt`. */
  read(): Promise<StoredAuditHead>;
  /** Moves the head forward; an older, conflicting or corrupt case is answered, not written. */
  append(head: ChainHead): Promise<AuditHeadAppendResult>;
  /**
   * Sets the kept file aside (renamed, never deleted: it is evidence) and keeps `head`
   * instead, or nothing. Only for the owner's decision; appends never go backwards.
   */
  replace(head: ChainHead | null): Promise<StoredAuditHead>;
}

export function createAuditHeadStore(
  dir: string,
  options: { warn?: (message: string) => void; now?: () => Date } = {},
): AuditHeadStore {
  const file = join(dir, AUDIT_HEAD_FILE_NAME);
  const warn = options.warn ?? console.warn;
  const now = options.now ?? (() => new Date());
  // Appends run one after another: two writes in flight must not both read the same old head.
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<StoredAuditHead> {
    const raw = await readJsonFileResult(file);
    if (raw.status === 'missing') return { status: 'none' };
    if (raw.status === 'unreadable') {
      warn(`audit head at ${file} cannot be read (${raw.reason}); reporting it as corrupt`);
      return { status: 'corrupt' };
    }
    const parsed = headFileSchema.safeParse(raw.value);
    if (!parsed.success) {
      // Kept as it is: the window reports it to the owner; replacing it would hide the edit.
      warn(`audit head at ${file} is not valid; reporting it as corrupt`);
      return { status: 'corrupt' };
    }
    return { status: 'ok', head: parsed.data.head };
  }

  async function append(head: ChainHead): Promise<AuditHeadAppendResult> {
    const { write, result } = decideAuditHeadAppend(await read(), head);
    if (write) {
      const content = { version: 1, head, writtenAt: now().toISOString() };
      await writeFileAtomic(file, JSON.stringify(content));
    }
    return result;
  }

  async function replace(head: ChainHead | null): Promise<StoredAuditHead> {
    // A name per replacement, safe on Windows (no colons), sorting by time.
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    try {
      await rename(file, join(dir, `audit-head.replaced-${stamp}.json`));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (!head) return { status: 'none' };
    await writeFileAtomic(
      file,
      JSON.stringify({ version: 1, head, writtenAt: now().toISOString() }),
    );
    return { status: 'ok', head };
  }

  return {
    read: () => {
      const next = queue.then(read);
      queue = next.catch(() => undefined);
      return next;
    },
    append: (head) => {
      const next = queue.then(() => append(head));
      queue = next.catch(() => undefined);
      return next;
    },
    replace: (head) => {
      const next = queue.then(() => replace(head));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
