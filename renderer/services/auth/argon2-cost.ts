// The Argon2id cost of password and PIN hashes, apart from the hasher: the window reads it
// (kdf-cost.ts) without loading hash-wasm, which only the auth worker needs.

/** PRIVACY.md: around 64 MiB, t=3, p=1. Encoded hashes carry their own parameters and salt. */
export interface Argon2Cost {
  memoryKiB: number;
  iterations: number;
}

export const ARGON2_COST: Argon2Cost = { memoryKiB: 64 * 1024, iterations: 3 };
