// The auth worker's handler map (served by worker-rpc): Argon2id hashing and checking of
// passwords and PINs, off the window's thread (64 MiB and three passes take a noticeable
// moment). The secret arrives, a hash or a yes/no leaves; nothing is kept between calls.
import { argon2Verify, argon2id } from 'hash-wasm';

import {
  createKeyring,
  openWrap,
  passwordWrapWithKek,
  type KeyRole,
} from '../../../shared/crypto/keyring';
import type { KdfParams, KeyWrap } from '../../../shared/crypto/keys';
import { ARGON2_COST, type Argon2Cost } from './argon2-cost';

export { ARGON2_COST, type Argon2Cost };

export function authHandlers(cost: Argon2Cost = ARGON2_COST) {
  return {
    /**
     * A new encoded Argon2id hash (`$argon2id$v=19$m=65536,t=3,p=1$salt$hash`). The window
     * names the cost (services/auth/kdf-cost.ts); without one, the worker's own.
     */
    async hashSecret({
      secret,
      cost: asked,
    }: {
      secret: string;
      cost?: Argon2Cost;
    }): Promise<string> {
      const { memoryKiB, iterations } = asked ?? cost;
      const salt = new Uint8Array(16);
      crypto.getRandomValues(salt);
      return argon2id({
        password: secret,
        salt,
        parallelism: 1,
        iterations,
        memorySize: memoryKiB,
        hashLength: 32,
        outputType: 'encoded',
      });
    },
    /** Whether `secret` matches an encoded hash (false, not an error, for a malformed one). */
    async verifySecret({ secret, encoded }: { secret: string; encoded: string }): Promise<boolean> {
      try {
        return await argon2Verify({ password: secret, hash: encoded });
      } catch {
        return false;
      }
    },
    // The keyring (issue 11): each call derives a key-encryption key from a password with
    // Argon2id, so it runs here too. Keys come back as non-extractable CryptoKeys (structured
    // clone carries them); raw key bytes never leave this worker.
    /** Owner setup: new data keys wrapped by the owner's password and a new recovery key. */
    createKeyring({ password, kdf }: { password: string; kdf: KdfParams }) {
      return createKeyring(password, kdf);
    },
    /** The data keys in `wrap` and the KEK that opened it; `wrong_key` for a wrong secret. */
    openKeys({ wrap, secret }: { wrap: KeyWrap; secret: string }) {
      return openWrap(wrap, secret);
    },
    /** A wrap for someone with `role` under their new password, from a wrap the caller holds. */
    wrapKeysFor(args: {
      source: KeyWrap;
      sourceKek: CryptoKey;
      password: string;
      role: KeyRole;
      kdf: KdfParams;
    }): Promise<KeyWrap> {
      return passwordWrapWithKek(args.source, args.sourceKek, args.password, args.role, args.kdf);
    },
  };
}

export type AuthApi = ReturnType<typeof authHandlers>;
