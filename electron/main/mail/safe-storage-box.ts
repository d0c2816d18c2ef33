// The secret box over Electron's safeStorage, async API only (the sync one is deprecated and
// blocks the main thread on the OS key store). On Linux without a key store Chromium falls back
// to a hard-coded key ('basic_text'), which protects nothing: counted as unavailable.
import { safeStorage as electronSafeStorage } from 'electron';
import type { SecretBox } from './mail-settings-store';

type SafeStorage = Pick<
  typeof electronSafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'
> & { getSelectedStorageBackend?: () => string };

export function safeStorageBox(
  storage: SafeStorage = electronSafeStorage,
  platform: string = process.platform,
): SecretBox {
  return {
    async available() {
      if (!(await storage.isAsyncEncryptionAvailable())) return false;
      return platform !== 'linux' || storage.getSelectedStorageBackend?.() !== 'basic_text';
    },
    encrypt: async (plain) => storage.encryptStringAsync(plain),
    decrypt: async (sealed) => (await storage.decryptStringAsync(Buffer.from(sealed))).result,
  };
}
