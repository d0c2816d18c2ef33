// The production Argon2id cost is the one PRIVACY.md asks for (64 MiB, t=3, p=1), and the
// cheap E2E-only cost is used only by a browser build made with VITE_E2E_ONLY_WEAK_KDF=1.
import { describe, expect, it } from 'vitest';
import { ARGON2_COST, authHandlers } from '../../../renderer/services/auth/auth-worker-handlers';
import { E2E_ONLY_ARGON2_COST, hashCost } from '../../../renderer/services/auth/kdf-cost';

describe('Argon2id cost', () => {
  it('production parameters are 64 MiB, three passes (PRIVACY.md)', () => {
    expect(ARGON2_COST).toEqual({ memoryKiB: 65536, iterations: 3 });
  });

  it('the worker hashes with them unless told otherwise: m=65536,t=3,p=1', async () => {
    const encoded = await authHandlers().hashSecret({ secret: 'correct horse battery' });
    expect(encoded).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=1\$/);
  }, 60_000);

  it('the desktop app always uses them, with or without the E2E flag', () => {
    expect(hashCost({ inElectron: true, e2eOnlyWeakKdf: undefined })).toBe(ARGON2_COST);
    expect(hashCost({ inElectron: true, e2eOnlyWeakKdf: '1' })).toBe(ARGON2_COST);
  });

  it('the browser build uses them unless built for E2E', () => {
    expect(hashCost({ inElectron: false, e2eOnlyWeakKdf: undefined })).toBe(ARGON2_COST);
    expect(hashCost({ inElectron: false, e2eOnlyWeakKdf: '0' })).toBe(ARGON2_COST);
    expect(hashCost({ inElectron: false, e2eOnlyWeakKdf: '1' })).toBe(E2E_ONLY_ARGON2_COST);
    expect(E2E_ONLY_ARGON2_COST.memoryKiB).toBeLessThan(ARGON2_COST.memoryKiB);
  });

  it('a hash made at the E2E cost still verifies (the cost travels in the hash)', async () => {
    const h = authHandlers();
    const encoded = await h.hashSecret({ secret: 'pw-123456', cost: E2E_ONLY_ARGON2_COST });
    expect(encoded).toMatch(/\$m=1024,t=1,p=1\$/);
    expect(await h.verifySecret({ secret: 'pw-123456', encoded })).toBe(true);
  });
});
