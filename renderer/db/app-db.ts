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
import { todayRankMiddleware } from './today-rank-middleware';

export const DB_NAME = 'renewal-desk';

/**
 * Every transaction of the app's database commits with strict durability (issue 11 point 6):
 * Chromium then flushes to disk before `complete`, so an outcome or an audit event the window
 * reported saved survives a power cut. Dexie's option is per database, not per transaction;
 * the cost, measured with bench:import and bench:records, is in docs/architecture-notes.md.
 */
export const APP_DB_DURABILITY = 'strict' as const;

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
    super(name, { chromeTransactionDurability: APP_DB_DURABILITY, ...options });
    applyMigrations(this);
    // Every write to tasks keeps their stored Today sort key (v9).
    this.use(todayRankMiddleware);
  }
}
