// Customer rows sealed in storage (issue 11, PRIVACY.md "Records"). The personal fields go into
// one AES-256-GCM ciphertext per record (`clients:id:keyVersion` as associated data, so it
// does not open on another row), the ID number into its own under the sensitive key (owners
// and managers only), and the ID number and phones get blind indexes for exact matches.
// WebCrypto is asynchronous and awaiting it inside a Dexie transaction commits it: callers seal
// before their read-write transaction and open after their read one. A row written while the
// agency had no keys (before owner setup, the CLI, tests) stays in the clear; both read back.
import { Dexie } from 'dexie';
import type { DataKeys } from '../../../shared/crypto/keys';
import { blindIndex, open, seal, type Sealed } from '../../../shared/crypto/records';
import type { Client, Id, StoredClient } from '../../../shared/domain/types';
import { TextError } from '../../../shared/i18n/text-error';
import { textRef } from '../../../shared/i18n/text-ref';
import type { AppDb } from '../app-db';
import { recordKeys } from '../record-keys';

/** The associated data's table name. */
export const CLIENTS_TABLE = 'clients';

/** What `sealed` holds (K_pii); the ID number is sealed apart (K_sensitive). */
interface PiiFields {
  name: string;
  phones: string[];
  address: string | null;
  email: string | null;
  wechat: string | null;
  notes: string | null;
}

const lockedError = () => new TextError('keys_needed', textRef('errors:keys.locked'));

/** Blind index of a phone as stored (normalised by the import and the form). */
export const phoneBlind = (keys: DataKeys, phone: string): Promise<string> =>
  blindIndex(keys, 'clients.phone', phone);

/** Blind index of an ID number (upper-case, as stored). */
export const idNumberBlind = (keys: DataKeys, idNumber: string): Promise<string> =>
  blindIndex(keys, 'clients.idNumber', idNumber.trim().toUpperCase());

/** Whether a stored row still carries its personal fields in the clear. */
export const isClearRow = (row: StoredClient): boolean => !row.sealed;

/**
 * The keys writes seal with: this context's keys; null when the agency has none yet (rows stay
 * clear). Throws `keys_needed` when the agency has keys but this context holds none (locked):
 * a clear write then would undo the encryption.
 */
export async function keysForWrite(db: AppDb): Promise<DataKeys | null> {
  const keys = recordKeys();
  if (keys) return keys;
  const tx = Dexie.currentTransaction;
  if (tx && !tx.storeNames.includes('keyring'))
    throw new Error('keysForWrite inside a transaction without the keyring: seal before it opens');
  if ((await db.keyring.count()) > 0) throw lockedError();
  return null;
}

function withoutPersonal(client: Client): StoredClient {
  const {
    name: _name,
    phones: _phones,
    idNumber: _idNumber,
    address: _address,
    email: _email,
    wechat: _wechat,
    notes: _notes,
    ...rest
  } = client as Client &
    Partial<Pick<StoredClient, 'sealed' | 'sealedId' | 'idBlind' | 'phoneBlinds'>>;
  const { sealed: _s, sealedId: _si, idBlind: _ib, phoneBlinds: _pb, ...core } = rest;
  return core;
}

/**
 * The row to store for `client`. `prior` is the stored row it replaces (null for a new one):
 * a role without the sensitive key keeps the prior sealed ID number and cannot set a new one.
 */
export async function sealClient(
  keys: DataKeys | null,
  client: Client,
  prior: StoredClient | null = null,
): Promise<StoredClient> {
  if (!keys) return { ...client } as StoredClient;
  const pii: PiiFields = {
    name: client.name,
    phones: client.phones,
    address: client.address ?? null,
    email: client.email ?? null,
    wechat: client.wechat ?? null,
    notes: client.notes ?? null,
  };
  const idNumber = client.idNumber?.trim() ? client.idNumber.trim().toUpperCase() : null;
  let sealedId: Sealed | null = null;
  let idBlind: string | null = null;
  if (keys.sensitive) {
    if (idNumber) {
      sealedId = await seal(keys, 'sensitive', CLIENTS_TABLE, client.id, idNumber);
      idBlind = await idNumberBlind(keys, idNumber);
    }
  } else if (prior?.sealedId) {
    // This role never saw the number (it opens as null): the stored one stays as it is.
    sealedId = prior.sealedId;
    idBlind = prior.idBlind ?? null;
  } else if (idNumber) {
    throw new TextError('no_sensitive_key', textRef('errors:keys.noSensitiveKey'));
  }
  const [sealed, phoneBlinds] = await Promise.all([
    seal(keys, 'pii', CLIENTS_TABLE, client.id, pii),
    Promise.all([...new Set(client.phones)].map((p) => phoneBlind(keys, p))),
  ]);
  return { ...withoutPersonal(client), sealed, sealedId, idBlind, phoneBlinds };
}

/** Seals many rows (in parallel: WebCrypto queues them off the thread). */
export function sealClients(
  keys: DataKeys | null,
  clients: readonly Client[],
  priorById: ReadonlyMap<Id, StoredClient> = new Map(),
): Promise<StoredClient[]> {
  return Promise.all(clients.map((c) => sealClient(keys, c, priorById.get(c.id) ?? null)));
}

/**
 * The customer a stored row holds. A clear row is returned as it is; a sealed one needs this
 * context's keys (else `keys_needed`); the ID number opens as null for a role without the
 * sensitive key. A ciphertext moved from another row throws SealError `tampered`.
 */
export async function openClient(
  row: StoredClient,
  keys: DataKeys | null = recordKeys(),
): Promise<Client> {
  if (!row.sealed) return row as unknown as Client;
  if (!keys) throw lockedError();
  const [pii, idNumber] = await Promise.all([
    open<PiiFields>(keys, CLIENTS_TABLE, row.id, row.sealed),
    row.sealedId && keys.sensitive
      ? open<string>(keys, CLIENTS_TABLE, row.id, row.sealedId)
      : Promise.resolve(null),
  ]);
  const { sealed: _s, sealedId: _si, idBlind: _ib, phoneBlinds: _pb, ...core } = row;
  return { ...core, ...pii, idNumber };
}

export function openClients(
  rows: readonly StoredClient[],
  keys: DataKeys | null = recordKeys(),
): Promise<Client[]> {
  return Promise.all(rows.map((r) => openClient(r, keys)));
}

/** Whether the stored row holds an ID number (sealed or clear), without opening it. */
export function hasIdNumber(row: StoredClient): boolean {
  return !!row.sealedId || !!(row as Partial<Client>).idNumber;
}

/** Rows still in the clear: all rows minus those in the `sealed.v` index (sealed ones). */
export async function clearClientCount(db: AppDb): Promise<number> {
  const [all, sealed] = await Promise.all([
    db.clients.count(),
    db.clients.where('sealed.v').aboveOrEqual(0).count(),
  ]);
  return all - sealed;
}

/** Blind indexes of phones, computed before a transaction that looks customers up by phone. */
export interface PhoneLookup {
  blinds: Map<string, string>;
  /** Rows in the clear exist (or no keys): they are in no index, so the table is scanned. */
  scan: boolean;
}

export async function phoneLookup(db: AppDb, phones: Iterable<string>): Promise<PhoneLookup> {
  const keys = recordKeys();
  const blinds = new Map<string, string>();
  if (keys) for (const p of new Set(phones)) blinds.set(p, await phoneBlind(keys, p));
  return { blinds, scan: !keys || (await clearClientCount(db)) > 0 };
}

/** Inside a transaction: the stored rows carrying `phone` (prepared by phoneLookup). */
export function rowsWithPhone(
  db: AppDb,
  lookup: PhoneLookup,
  phone: string,
): Promise<StoredClient[]> {
  const blind = lookup.blinds.get(phone);
  if (!lookup.scan && blind) return db.clients.where('phoneBlinds').equals(blind).toArray();
  return db.clients
    .filter(
      (c) =>
        (blind !== undefined && (c.phoneBlinds ?? []).includes(blind)) ||
        ((c as Partial<Client>).phones ?? []).includes(phone),
    )
    .toArray();
}

/**
 * Customers' names, after the read transaction that got their rows: a clear row's own, a
 * sealed row opened with this context's keys (the window's; the figures worker gets them with
 * each call), else a clear summary's (an agency not yet converted), else ''.
 */
export async function customerNames(
  rows: readonly (StoredClient | undefined)[],
  summaries: readonly ({ name?: string } | undefined)[],
  keys: DataKeys | null = recordKeys(),
): Promise<string[]> {
  return Promise.all(
    rows.map(async (row, i) => {
      if (row && isClearRow(row)) return (row as unknown as Client).name;
      if (row && keys)
        return (await open<PiiFields>(keys, CLIENTS_TABLE, row.id, row.sealed as Sealed)).name;
      return summaries[i]?.name ?? '';
    }),
  );
}
