import { describe, expect, it } from 'vitest';
import {
  assertRestorable,
  buildManifest,
  compareVersions,
  firstCountMismatch,
  identityFromKeyFile,
  isBackupError,
  isRecipient,
  parseManifest,
} from '../../../shared/backup';

const manifest = buildManifest({
  createdAt: '2026-12-01T00:00:00.000Z',
  appVersion: '0.2.0',
  schemaVersion: 3,
  tables: { clients: 2, auditEvents: 5 },
  auditHead: { seq: 5, hash: 'a'.repeat(64) },
  sha256: 'b'.repeat(64),
  exportBytes: 100,
});

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return isBackupError(error) ? error.code : 'other';
  }
}

describe('backup manifest', () => {
  it('reads back what it wrote, and refuses anything off the schema', () => {
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
    expect(codeOf(() => parseManifest('{"format":"something-else"}'))).toBe('bad_manifest');
    expect(codeOf(() => parseManifest('not json'))).toBe('bad_manifest');
    expect(codeOf(() => parseManifest(JSON.stringify({ ...manifest, sha256: 'xyz' })))).toBe(
      'bad_manifest',
    );
  });

  it('compares versions numerically', () => {
    expect(compareVersions('0.10.0', '0.9.3')).toBeGreaterThan(0);
    expect(compareVersions('0.2.0', '0.2.0')).toBe(0);
    expect(compareVersions('0.2.0-beta.1', '0.2.0')).toBe(0);
    expect(compareVersions('1.0', '1.0.1')).toBeLessThan(0);
  });

  it('restores the same or an older backup, refuses a newer schema or app', () => {
    expect(
      codeOf(() => assertRestorable(manifest, { appVersion: '0.2.0', schemaVersion: 3 })),
    ).toBe(null);
    expect(
      codeOf(() => assertRestorable(manifest, { appVersion: '0.3.0', schemaVersion: 4 })),
    ).toBe(null);
    expect(
      codeOf(() => assertRestorable(manifest, { appVersion: '0.2.0', schemaVersion: 2 })),
    ).toBe('newer_schema');
    expect(
      codeOf(() => assertRestorable(manifest, { appVersion: '0.1.9', schemaVersion: 3 })),
    ).toBe('newer_app');
  });

  it('names the first table whose count differs', () => {
    expect(firstCountMismatch({ clients: 2, tasks: 0 }, { clients: 2 })).toBeNull();
    expect(firstCountMismatch({ clients: 2 }, { clients: 1 })).toEqual({
      table: 'clients',
      expected: 2,
      found: 1,
    });
  });

  it('reads the identity out of an age key file', () => {
    const key = 'AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ';
    expect(identityFromKeyFile(`# created: now\n# public key: age1x\n${key}\n`)).toBe(key);
    expect(codeOf(() => identityFromKeyFile('# nothing here'))).toBe('bad_identity');
    expect(isRecipient('age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p')).toBe(
      true,
    );
    expect(isRecipient('age1nope')).toBe(false);
  });
});
