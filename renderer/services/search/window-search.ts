// The window's one search index per database, shared by the screens that search customers
// (the customer list, the complaint form's customer picker). Lock and sign-out drop it: every
// customer's name and numbers go with it, and the next person signed in loads it again.
import type { AppDb } from '../../db/app-db';
import { onSessionEnd } from '../session/session-store';
import { createClientSearchService, type ClientSearchService } from './search-service';

const services = new Map<AppDb, ClientSearchService>();

onSessionEnd(() => dropSearchIndexes());

/** Disposes of every index (lock, sign-out). */
export function dropSearchIndexes(): void {
  for (const service of services.values()) service.dispose();
  services.clear();
}

/** Whether the index of this database was started (it may still be loading). */
export function hasSearchService(db: AppDb): boolean {
  return services.has(db);
}

/** The index of this database, started on first use. */
export function searchServiceFor(db: AppDb): ClientSearchService {
  let service = services.get(db);
  if (!service) {
    service = createClientSearchService(db);
    services.set(db, service);
  }
  return service;
}
