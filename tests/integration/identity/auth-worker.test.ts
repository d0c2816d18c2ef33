// The auth worker's handlers, driven through the worker RPC server the way the window calls
// them: Argon2id hashes carry their own salt, verify only the right secret.
import { describe, expect, it } from 'vitest';
import { authHandlers } from '../../../renderer/services/auth/auth-worker-handlers';

// Cheap parameters for the test; the app's cost is pinned in tests/unit/auth/kdf-cost.test.ts.
const handlers = authHandlers({ memoryKiB: 1024, iterations: 1 });

describe('auth worker', () => {
  it('hashes with Argon2id and a fresh salt, and verifies only the right password', async () => {
    const a = await handlers.hashSecret({ secret: 'correct horse battery' });
    const b = await handlers.hashSecret({ secret: 'correct horse battery' });
    expect(a).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct');
    expect(await handlers.verifySecret({ secret: 'correct horse battery', encoded: a })).toBe(true);
    expect(await handlers.verifySecret({ secret: 'correct horse batterY', encoded: a })).toBe(
      false,
    );
    expect(await handlers.verifySecret({ secret: 'x', encoded: 'not a hash' })).toBe(false);
  });
});
