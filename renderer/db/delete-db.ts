// Deletes a database by name: the half-filled database of a restore that never finished
// (services/backup/active-db.ts). Never the app's open database: open-db.ts never deletes.
import { Dexie, type DexieOptions } from 'dexie';

export type { DexieOptions };

export async function deleteDbNamed(name: string, options?: DexieOptions): Promise<void> {
  await new Dexie(name, { addons: [], ...options }).delete();
}
