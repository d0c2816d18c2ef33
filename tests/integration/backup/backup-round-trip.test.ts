// A backup written from a seeded database restores into a new database with every table
// equal, and every damaged, foreign, newer or altered file ends in a named BackupError (the
// source database untouched). Runs on fake-indexeddb, as the CLI does.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Decrypter, Encrypter } from 'age-encryption';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  generateBackupKeys,
  isBackupError,
  keyFileText,
  type BackupKeyPair,
} from '../../../shared/backup';
import type { AppDb } from '../../../renderer/db/app-db';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/db/migrations';
import { recordEvent } from '../../../renderer/db/repositories/audit-repository';
import { loadSampleData } from '../../../renderer/db/repositories/sample-data-repository';
import {
  restoreBackupFile,
  writeBackupFile,
  type WrittenBackup,
} from '../../../renderer/services/backup/backup-file';
import { recomputePlan } from '../../../renderer/services/plan/recompute-plan';
import { freshDb } from '../db/fixtures';

const dexieOptions = { indexedDB, IDBKeyRange };
const APP = '0.1.0';
const open: AppDb[] = [];

async function seededDb(): Promise<AppDb> {
  const db = freshDb();
  open.push(db);
  await loadSampleData(db, { today: '2025-06-01', clients: 40 });
  await recomputePlan(db, { today: '2025-06-01', now: '2025-06-01T01:00:00.000Z' });
  await recordEvent(db, 'owner-1', 'sign-in', 'staff', 'owner-1');
  return db;
}

async function restore(file: Uint8Array, identity: string, appVersion = APP) {
  const restored = await restoreBackupFile(file, identity, {
    name: `restored-${uuidv7()}`,
    appVersion,
    dexieOptions,
  });
  open.push(restored.db);
  return restored;
}

/** The named error a promise rejects with (fails the test for anything else). */
async function backupErrorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isBackupError(error)) return error.code;
    throw error;
  }
  throw new Error('expected a BackupError, but it resolved');
}

/** Decrypts to the inner gzip, lets `edit` change the plain text, and re-encrypts. */
async function reseal(file: Uint8Array, keys: BackupKeyPair, edit: (plain: string) => string) {
  const d = new Decrypter();
  d.addIdentity(keys.identity);
  const plain = gunzipSync(await d.decrypt(file)).toString('utf8');
  const e = new Encrypter();
  e.addRecipient(keys.recipient);
  return e.encrypt(gzipSync(Buffer.from(edit(plain), 'utf8')));
}

let keys: BackupKeyPair;
let source: AppDb;
let written: WrittenBackup;

beforeAll(async () => {
  keys = await generateBackupKeys();
  source = await seededDb();
  written = await writeBackupFile(source, { recipient: keys.recipient, appVersion: APP });
});

afterEach(() => {
  // Restored databases stay open only for their own test.
  while (open.length > 1) open.pop()?.close();
});

describe('backup round trip', () => {
  it('restores every table row for row into a new database', async () => {
    const restored = await restore(written.bytes, keys.identity);
    expect(restored.db.name).not.toBe(source.name);
    for (const table of source.tables) {
      const before = await table.toArray();
      const after = await restored.db.table(table.name).toArray();
      expect(after, table.name).toEqual(before);
    }
    expect(restored.audit).toEqual({
      events: await source.auditEvents.count(),
      chainOk: true,
      firstBreak: null,
    });
  });

  it('writes a manifest with counts, versions, audit head and checksum', async () => {
    const m = written.manifest;
    expect(m.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(m.appVersion).toBe(APP);
    for (const table of source.tables) expect(m.tables[table.name]).toBe(await table.count());
    expect(m.tables.clients).toBeGreaterThan(0);
    expect(m.tables.tasks).toBeGreaterThan(0);
    const last = await source.auditEvents.orderBy('seq').last();
    expect(m.auditHead).toEqual({ seq: last?.seq, hash: last?.hash });
    expect(m.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('opens with the standard age tool: age -d -i key | gunzip shows the export', async (ctx) => {
    if (spawnSync('age', ['--version']).error) {
      console.warn('skipped: the `age` tool is not installed (scripts/setup.sh installs it)');
      ctx.skip();
    }
    const dir = mkdtempSync(join(tmpdir(), 'backup-age-'));
    writeFileSync(join(dir, 'key.txt'), await keyFileText(keys.identity, 'test'));
    writeFileSync(join(dir, 'backup.age'), written.bytes);
    const out = execFileSync('sh', ['-c', 'age -d -i key.txt backup.age | gunzip'], {
      cwd: dir,
      maxBuffer: 64 * 1024 * 1024,
    }).toString('utf8');
    const [manifestLine, exportText] = [
      out.slice(0, out.indexOf('\n')),
      out.slice(out.indexOf('\n') + 1),
    ];
    expect(JSON.parse(manifestLine)).toEqual(written.manifest);
    const exported = JSON.parse(exportText) as {
      formatName: string;
      data: { tables: { name: string; rowCount: number }[] };
    };
    expect(exported.formatName).toBe('dexie');
    const clients = exported.data.tables.find((t) => t.name === 'clients');
    expect(clients?.rowCount).toBe(written.manifest.tables.clients);
  });
});

describe('files that must not restore', () => {
  it('a truncated file', async () => {
    const cut = written.bytes.subarray(0, Math.floor(written.bytes.length * 0.6));
    expect(await backupErrorOf(restore(cut, keys.identity))).toBe('damaged');
  });

  it('a file with one byte changed in the body', async () => {
    const edited = written.bytes.slice();
    const at = edited.length - 100;
    edited[at] = (edited[at] ?? 0) ^ 0xff;
    expect(await backupErrorOf(restore(edited, keys.identity))).toBe('damaged');
  });

  it('a file that is not a backup', async () => {
    const foreign = new TextEncoder().encode('PK\u0003\u0004 a spreadsheet, not a backup');
    expect(await backupErrorOf(restore(foreign, keys.identity))).toBe('not_a_backup');
  });

  it('another agency key', async () => {
    const other = await generateBackupKeys();
    expect(await backupErrorOf(restore(written.bytes, other.identity))).toBe('wrong_key');
  });

  it('a key that is not an age identity', async () => {
    expect(await backupErrorOf(restore(written.bytes, 'not a key'))).toBe('bad_identity');
  });

  it('a backup from a newer app, with a clear message', async () => {
    const error = await restore(written.bytes, keys.identity, '0.0.9').catch((e: unknown) => e);
    expect(isBackupError(error) && error.code).toBe('newer_app');
    expect((error as Error).message).toContain('0.1.0');
  });

  it('a backup from a newer schema', async () => {
    const newer = await reseal(written.bytes, keys, (plain) =>
      plain.replace(
        `"schemaVersion":${LATEST_SCHEMA_VERSION}`,
        `"schemaVersion":${LATEST_SCHEMA_VERSION + 1}`,
      ),
    );
    expect(await backupErrorOf(restore(newer, keys.identity))).toBe('newer_schema');
  });

  it('an export edited after the manifest was written (re-encrypted with the public key)', async () => {
    const edited = await reseal(written.bytes, keys, (plain) => {
      const nl = plain.indexOf('\n');
      return plain.slice(0, nl) + plain.slice(nl).replace('"isSample":true', '"isSample":null');
    });
    expect(await backupErrorOf(restore(edited, keys.identity))).toBe('checksum');
  });

  it('a manifest that is not JSON', async () => {
    const broken = await reseal(
      written.bytes,
      keys,
      (plain) => `{oops${plain.slice(plain.indexOf('\n'))}`,
    );
    expect(await backupErrorOf(restore(broken, keys.identity))).toBe('bad_manifest');
  });

  it('counts that differ from the manifest', async () => {
    const lying = await reseal(written.bytes, keys, (plain) =>
      plain.replace(/"clients":(\d+)/, (_m, n: string) => `"clients":${Number(n) + 1}`),
    );
    const name = `restored-${uuidv7()}`;
    const attempt = restoreBackupFile(lying, keys.identity, {
      name,
      appVersion: APP,
      dexieOptions,
    });
    expect(await backupErrorOf(attempt)).toBe('counts');
    // The half-restored database is deleted again; the source is as it was.
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    expect(await source.clients.count()).toBe(written.manifest.tables.clients);
  });

  it('an audit event edited with the checksum fixed up: the chain names the event', async () => {
    const events = await source.auditEvents.orderBy('seq').toArray();
    const victim = events[0];
    if (!victim) throw new Error('no audit events seeded');
    const { createHash } = await import('node:crypto');
    const edited = await reseal(written.bytes, keys, (plain) => {
      const nl = plain.indexOf('\n');
      const manifest = JSON.parse(plain.slice(0, nl)) as { sha256: string; exportBytes: number };
      const body = plain
        .slice(nl + 1)
        .replace(`"actor":"${victim.actor}"`, '"actor":"someone-else"');
      const bytes = Buffer.from(body, 'utf8');
      manifest.sha256 = createHash('sha256').update(bytes).digest('hex');
      manifest.exportBytes = bytes.length;
      return `${JSON.stringify(manifest)}\n${body}`;
    });
    const restored = await restore(edited, keys.identity);
    expect(restored.audit.chainOk).toBe(false);
    expect(restored.audit.firstBreak).toEqual({
      seq: victim.seq,
      eventId: victim.id,
      reason: 'hash',
    });
  });
});
