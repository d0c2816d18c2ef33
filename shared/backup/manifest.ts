// The manifest at the head of every backup (PRIVACY.md, "Backups"): what a restore checks
// before and after it writes a single row. Counts per table, the schema and app version that
// wrote it, the audit chain's head (so a chain cut short inside the backup is caught), and the
// SHA-256 of the export that follows it. It names no customer.
import { z } from 'zod';
import type { ChainHead } from '../domain/identity/audit-chain';
import { BackupError } from './backup-error';

export const BACKUP_FORMAT = 'renewal-desk-backup';
export const BACKUP_FORMAT_VERSION = 1;

const chainHead = z.object({ seq: z.number().int().positive(), hash: z.string().length(64) });

export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.string(),
  appVersion: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  /** Rows per table in the export. */
  tables: z.record(z.string(), z.number().int().nonnegative()),
  auditHead: chainHead.nullable(),
  /** Lower-case hex SHA-256 of the export's bytes (what follows the manifest line). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  exportBytes: z.number().int().nonnegative(),
});

export type BackupManifest = z.infer<typeof backupManifestSchema>;

export function buildManifest(input: {
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  tables: Record<string, number>;
  auditHead: ChainHead | null;
  sha256: string;
  exportBytes: number;
}): BackupManifest {
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, ...input };
}

/** The manifest line read back; anything off the schema is `bad_manifest`. */
export function parseManifest(text: string): BackupManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BackupError('bad_manifest', undefined, (error as Error).message);
  }
  const parsed = backupManifestSchema.safeParse(value);
  if (!parsed.success) throw new BackupError('bad_manifest', undefined, parsed.error.message);
  return parsed.data;
}

/**
 * Compares dotted versions numerically (0.10.0 > 0.9.3); a pre-release or build suffix is
 * ignored. Negative when a < b, 0 when equal, positive when a > b.
 */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) =>
    (v.split(/[-+]/)[0] ?? '').split('.').map((p) => Number.parseInt(p, 10) || 0);
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Refuses a backup this build cannot restore faithfully: one written by a newer schema (its
 * tables or fields would be dropped) or a newer app. An older backup is fine: the new
 * database is upgraded by the ordinary migrations once restored.
 */
export function assertRestorable(
  manifest: BackupManifest,
  current: { appVersion: string; schemaVersion: number },
): void {
  if (manifest.schemaVersion > current.schemaVersion) {
    throw new BackupError('newer_schema', {
      found: manifest.schemaVersion,
      supported: current.schemaVersion,
    });
  }
  if (compareVersions(manifest.appVersion, current.appVersion) > 0) {
    throw new BackupError('newer_app', {
      found: manifest.appVersion,
      current: current.appVersion,
    });
  }
}

/** Table counts that differ from the manifest's, as the first mismatch (or null). */
export function firstCountMismatch(
  expected: Record<string, number>,
  found: Record<string, number>,
): { table: string; expected: number; found: number } | null {
  for (const [table, count] of Object.entries(expected)) {
    const got = found[table] ?? 0;
    if (got !== count) return { table, expected: count, found: got };
  }
  return null;
}
