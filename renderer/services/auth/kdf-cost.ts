// Which Argon2id cost new password and PIN hashes use. Always ARGON2_COST (PRIVACY.md: 64 MiB,
// t=3, p=1), with one exception made for the browser E2E tests only: on a loaded test machine
// one 64 MiB hash took up to 30 s, and every spec signs in. The E2E build (playwright.config.ts)
// sets VITE_E2E_ONLY_WEAK_KDF=1 and builds into its own folder outside dist/, and the flag is
// honoured only without the Electron shell, so a packaged app never hashes cheaply even if its
// renderer were built with the flag. Verification reads the cost from the stored hash, so a
// hash made either way verifies.
import type { KdfParams } from '../../../shared/crypto/keys';
import { ARGON2_COST, type Argon2Cost } from './argon2-cost';

/** The E2E browser build's cost: 1 MiB, one pass. Never used by the desktop app. */
export const E2E_ONLY_ARGON2_COST: Argon2Cost = { memoryKiB: 1024, iterations: 1 };

export function hashCost(where: {
  /** Whether the Electron shell hosts this window (its preload exposes window.api). */
  inElectron: boolean;
  /** The build's VITE_E2E_ONLY_WEAK_KDF. */
  e2eOnlyWeakKdf: string | undefined;
}): Argon2Cost {
  return !where.inElectron && where.e2eOnlyWeakKdf === '1' ? E2E_ONLY_ARGON2_COST : ARGON2_COST;
}

/** This window's cost. */
export function windowHashCost(): Argon2Cost {
  return hashCost({
    inElectron: typeof window !== 'undefined' && !!window.api,
    e2eOnlyWeakKdf: import.meta.env.VITE_E2E_ONLY_WEAK_KDF,
  });
}

/** This window's Argon2id settings for key wraps: the same cost as its password hashes. */
export function windowKdf(): KdfParams {
  return { ...windowHashCost(), parallelism: 1 };
}
