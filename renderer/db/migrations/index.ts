import type { Dexie } from 'dexie';
import { applyV1 } from './v1';

/** Every schema version in order. Add a version by adding a file and a line here. */
export function applyMigrations(db: Dexie): void {
  applyV1(db);
}
