/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_APP_VERSION?: string;
  /** '1' only in the browser E2E build: cheap Argon2id (services/auth/kdf-cost.ts). */
  readonly VITE_E2E_ONLY_WEAK_KDF?: string;
}
