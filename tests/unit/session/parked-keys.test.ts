// A lock parks the person's data keys; only their PIN unlock in this session takes them back
// (PRIVACY.md: a PIN unlocks only within a session). While locked the repositories hold none;
// sign-out, another person's keys or the last wrong PIN forget them.
import { beforeEach, describe, expect, it } from 'vitest';
import { recordKeys } from '../../../renderer/db/record-keys';
import {
  dropKeys,
  forgetParkedKeys,
  heldKeys,
  holdKeys,
  restoreParkedKeys,
  type HeldKeys,
} from '../../../renderer/services/keys/session-keys';
import { useSession } from '../../../renderer/services/session/session-store';
import type { DataKeys, KeyWrap } from '../../../shared/crypto/keys';

const ana = { id: 's-ana', name: '安娜', role: 'staff' as const };
const bo = { id: 's-bo', name: '博', role: 'manager' as const };

function keysOf(staffId: string): HeldKeys {
  return {
    staffId,
    keys: { pii: {} as CryptoKey, idx: {} as CryptoKey } as unknown as DataKeys,
    wrap: {} as KeyWrap,
    kek: {} as CryptoKey,
  };
}

beforeEach(() => {
  useSession.getState().signOut();
  dropKeys();
  forgetParkedKeys();
});

describe('keys across a lock', () => {
  it('a lock takes the keys from the repositories; the same person’s PIN unlock brings them back', () => {
    const mine = keysOf(ana.id);
    useSession.getState().signIn(ana);
    holdKeys(mine);
    useSession.getState().lock('idle');
    expect(heldKeys()).toBeNull();
    expect(recordKeys()).toBeNull();
    expect(restoreParkedKeys(bo.id)).toBe(false);
    expect(heldKeys()).toBeNull();
    expect(restoreParkedKeys(ana.id)).toBe(true);
    expect(heldKeys()).toBe(mine);
    expect(recordKeys()).toBe(mine.keys);
    // Taken back once: a second PIN unlock has nothing parked.
    useSession.getState().unlock();
    dropKeys();
    expect(restoreParkedKeys(ana.id)).toBe(false);
  });

  it('sign-out forgets parked keys', () => {
    useSession.getState().signIn(ana);
    holdKeys(keysOf(ana.id));
    useSession.getState().lock('manual');
    useSession.getState().signOut();
    expect(restoreParkedKeys(ana.id)).toBe(false);
    expect(heldKeys()).toBeNull();
  });

  it('the last wrong PIN forgets them, and another person’s password sign-in replaces them', () => {
    useSession.getState().signIn(ana);
    holdKeys(keysOf(ana.id));
    useSession.getState().lock('sleep');
    forgetParkedKeys();
    expect(restoreParkedKeys(ana.id)).toBe(false);

    useSession.getState().signIn(ana);
    holdKeys(keysOf(ana.id));
    useSession.getState().lock('switch-user');
    holdKeys(keysOf(bo.id));
    useSession.getState().signIn(bo);
    expect(restoreParkedKeys(ana.id)).toBe(false);
    expect(heldKeys()?.staffId).toBe(bo.id);
  });
});
