// The crypto core on Node's real WebCrypto and hash-wasm's Argon2id (small memory in tests;
// the default parameters are pinned separately).
import { describe, expect, it } from 'vitest';
import {
  fromBase64Url,
  fromRecoveryText,
  randomBytes,
  toBase64Url,
  toRecoveryText,
} from '../../../shared/crypto/bytes';
import {
  createKeyring,
  kekFor,
  keyNamesFor,
  openWrap,
  passwordWrapFrom,
  passwordWrapWithKek,
  RecoveryTextError,
} from '../../../shared/crypto/keyring';
import {
  DEFAULT_KDF,
  unwrapKeys,
  WrongKeyError,
  type KdfParams,
} from '../../../shared/crypto/keys';
import { blindIndex, open, seal, SealError } from '../../../shared/crypto/records';

const FAST: KdfParams = { memoryKiB: 1024, iterations: 1, parallelism: 1 };

describe('bytes', () => {
  it('base64url round trip without padding or + /', () => {
    const bytes = new Uint8Array([251, 255, 191, 0, 1]);
    expect(toBase64Url(bytes)).toBe('-_-_AAE');
    expect([...fromBase64Url('-_-_AAE')]).toEqual([...bytes]);
  });

  it('the recovery text is 52 Crockford characters in groups of four and reads back', () => {
    const key = randomBytes(32);
    const text = toRecoveryText(key);
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect([...(fromRecoveryText(text, 32) ?? [])]).toEqual([...key]);
    // Typed in lower case, without dashes, with O for 0 and l for 1.
    const typed = text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect([...(fromRecoveryText(typed, 32) ?? [])]).toEqual([...key]);
    expect(fromRecoveryText(text.slice(0, -4), 32)).toBeNull();
    expect(fromRecoveryText(`${text.slice(0, -1)}U`, 32)).toBeNull();
  });
});

describe('keyring', () => {
  it('uses Argon2id at 64 MiB, t=3, p=1 by default (PRIVACY.md)', () => {
    expect(DEFAULT_KDF).toEqual({ memoryKiB: 65536, iterations: 3, parallelism: 1 });
  });

  it("opens with the owner's password and with the recovery key, not with a wrong one", async () => {
    const ring = await createKeyring('correct horse battery', FAST);
    const byPassword = await unwrapKeys(
      ring.ownerWrap,
      await kekFor(ring.ownerWrap, 'correct horse battery'),
    );
    const byRecovery = await unwrapKeys(
      ring.recoveryWrap,
      await kekFor(ring.recoveryWrap, ring.recoveryText),
    );
    const sealed = await seal(ring.keys, 'sensitive', 'clients', 'c1', {
      idNumber: '110101199003071234',
    });
    expect(await open(byPassword, 'clients', 'c1', sealed)).toEqual({
      idNumber: '110101199003071234',
    });
    expect(await open(byRecovery, 'clients', 'c1', sealed)).toEqual({
      idNumber: '110101199003071234',
    });
    await expect(
      unwrapKeys(ring.ownerWrap, await kekFor(ring.ownerWrap, 'wrong')),
    ).rejects.toBeInstanceOf(WrongKeyError);
    await expect(kekFor(ring.recoveryWrap, 'not a recovery key')).rejects.toBeInstanceOf(
      RecoveryTextError,
    );
    expect(JSON.stringify(ring.ownerWrap)).not.toContain('correct horse');
  });

  it('a staff wrap holds no sensitive key: ID numbers stay closed by cryptography', async () => {
    const ring = await createKeyring('owner pass 1', FAST);
    expect(keyNamesFor('staff')).toEqual(['pii', 'idx']);
    const staffWrap = await passwordWrapFrom(
      ring.ownerWrap,
      'owner pass 1',
      'staff pass 2',
      'staff',
      FAST,
    );
    expect(Object.keys(staffWrap.wrapped).sort()).toEqual(['idx', 'pii']);
    const staffKeys = await unwrapKeys(staffWrap, await kekFor(staffWrap, 'staff pass 2'));
    const name = await seal(ring.keys, 'pii', 'clients', 'c1', { name: '张伟' });
    const id = await seal(ring.keys, 'sensitive', 'clients', 'c1', {
      idNumber: '110101199003071234',
    });
    expect(await open(staffKeys, 'clients', 'c1', name)).toEqual({ name: '张伟' });
    await expect(open(staffKeys, 'clients', 'c1', id)).rejects.toMatchObject({ code: 'no_key' });
    const managerWrap = await passwordWrapFrom(
      ring.ownerWrap,
      'owner pass 1',
      'mgr pass 3',
      'manager',
      FAST,
    );
    const managerKeys = await unwrapKeys(managerWrap, await kekFor(managerWrap, 'mgr pass 3'));
    expect(await open(managerKeys, 'clients', 'c1', id)).toEqual({
      idNumber: '110101199003071234',
    });
  });

  it('a held KEK wraps again without the password; a promoted clerk passes on only what they hold', async () => {
    const ring = await createKeyring('owner pass 1', FAST);
    const staffWrap = await passwordWrapWithKek(
      ring.ownerWrap,
      ring.ownerKek,
      'staff 2',
      'staff',
      FAST,
    );
    expect(Object.keys(staffWrap.wrapped).sort()).toEqual(['idx', 'pii']);
    // Promoted to manager, the clerk changes their own password: no sensitive key to pass on.
    const opened = await openWrap(staffWrap, 'staff 2');
    const changed = await passwordWrapWithKek(staffWrap, opened.kek, 'staff 3', 'manager', FAST);
    expect(Object.keys(changed.wrapped).sort()).toEqual(['idx', 'pii']);
    const manager = await passwordWrapWithKek(
      ring.ownerWrap,
      ring.ownerKek,
      'mgr 4',
      'manager',
      FAST,
    );
    expect(Object.keys(manager.wrapped).sort()).toEqual(['idx', 'pii', 'sensitive']);
    await expect(openWrap(manager, 'mgr 5')).rejects.toBeInstanceOf(WrongKeyError);
  });

  it('re-wrapping needs the owner to open their wrap again', async () => {
    const ring = await createKeyring('owner pass 1', FAST);
    await expect(
      passwordWrapFrom(ring.ownerWrap, 'guess', 'x', 'staff', FAST),
    ).rejects.toBeInstanceOf(WrongKeyError);
  });

  it('a wrap cannot be relabelled: its kind and version are bound to the ciphertext', async () => {
    const ring = await createKeyring('owner pass 1', FAST);
    const kek = await kekFor(ring.ownerWrap, 'owner pass 1');
    await expect(unwrapKeys({ ...ring.ownerWrap, keyVersion: 2 }, kek)).rejects.toBeInstanceOf(
      WrongKeyError,
    );
  });
});

describe('sealed records', () => {
  it('do not open in another record, another table or after a change', async () => {
    const { keys } = await createKeyring('p', FAST);
    const sealed = await seal(keys, 'pii', 'clients', 'c1', {
      name: '王芳',
      phones: ['13987654321'],
    });
    expect(sealed.v).toBe(1);
    expect(sealed.c).not.toContain('王芳');
    await expect(open(keys, 'clients', 'c2', sealed)).rejects.toMatchObject({ code: 'tampered' });
    await expect(open(keys, 'notes', 'c1', sealed)).rejects.toBeInstanceOf(SealError);
    const [iv, ct = ''] = sealed.c.split('.');
    const flipped = `${iv}.${ct.slice(0, 5)}${ct[5] === 'A' ? 'B' : 'A'}${ct.slice(6)}`;
    await expect(open(keys, 'clients', 'c1', { ...sealed, c: flipped })).rejects.toMatchObject({
      code: 'tampered',
    });
    await expect(open(keys, 'clients', 'c1', { ...sealed, v: 2 })).rejects.toMatchObject({
      code: 'old_key',
    });
  });

  it('two seals of the same value differ (fresh IV each time)', async () => {
    const { keys } = await createKeyring('p', FAST);
    const a = await seal(keys, 'pii', 'clients', 'c1', { name: '王芳' });
    const b = await seal(keys, 'pii', 'clients', 'c1', { name: '王芳' });
    expect(a.c).not.toBe(b.c);
  });
});

describe('blind indexes', () => {
  it('are equal for equal values of one field, differ across fields and keyrings', async () => {
    const one = await createKeyring('p', FAST);
    const two = await createKeyring('p', FAST);
    const a = await blindIndex(one.keys, 'phone', '13812345678');
    expect(a).toMatch(/^[\w-]{22}$/); // 16 bytes
    expect(await blindIndex(one.keys, 'phone', '13812345678')).toBe(a);
    expect(await blindIndex(one.keys, 'phone', '13812345679')).not.toBe(a);
    expect(await blindIndex(one.keys, 'idNumber', '13812345678')).not.toBe(a);
    expect(await blindIndex(two.keys, 'phone', '13812345678')).not.toBe(a);
  });
});
