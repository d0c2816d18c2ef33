// The IndexedDB schema. Only code under renderer/db/ imports this file; features go through
// the repositories. Versions are applied in order from migrations/.
import { Dexie, type EntityTable } from 'dexie';
import type {
  AuditEvent,
  Feedback,
  KeyringEntry,
  ImportBatch,
  ImportPreset,
  ImportUndoEntry,
  Policy,
  RenewalCase,
  Script,
  Settings,
  Staff,
  StaffCredential,
  StoredClient,
  Task,
  Vehicle,
} from '../../shared/domain/types';
import type { StoredSummary, SummaryChunk } from '../../shared/domain/search/stored-summary';
import type { CaseFact } from '../../shared/domain/kpi/case-fact';
import type { KpiRollup } from '../../shared/domain/kpi/kpi-rollup';
import { applyMigrations } from './migrations';

export const DB_NAME = 'renewal-desk';

export class AppDb extends Dexie {
  /** Customer rows as stored: personal fields sealed once the agency has keys (v7). */
  clients!: EntityTable<StoredClient, 'id'>;
  vehicles!: EntityTable<Vehicle, 'id'>;
  policies!: EntityTable<Policy, 'id'>;
  /** Summary rows; their personal part in `summaryChunks` once the agency has keys (v8). */
  clientSummaries!: EntityTable<StoredSummary, 'id'>;
  staff!: EntityTable<Staff, 'id'>;
  cases!: EntityTable<RenewalCase, 'id'>;
  tasks!: EntityTable<Task, 'id'>;
  scripts!: EntityTable<Script, 'id'>;
  feedback!: EntityTable<Feedback, 'id'>;
  importBatches!: EntityTable<ImportBatch, 'id'>;
  importUndo!: EntityTable<ImportUndoEntry, 'id'>;
  importPresets!: EntityTable<ImportPreset, 'id'>;
  auditEvents!: EntityTable<AuditEvent, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  credentials!: EntityTable<StaffCredential, 'id'>;
  caseFacts!: EntityTable<CaseFact, 'id'>;
  kpiRollups!: EntityTable<KpiRollup, 'month'>;
  keyring!: EntityTable<KeyringEntry, 'id'>;
  summaryChunks!: EntityTable<SummaryChunk, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    applyMigrations(this);
  }
}
