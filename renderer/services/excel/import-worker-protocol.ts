// Messages between the window and the import worker (structured-clone safe, all small except
// the file itself, which is a File handle or transferred bytes). Each request carries an id;
// the worker answers it once, and sends progress messages in between.
import type { UndoResult } from '../../db/repositories/import-undo';
import type {
  CommitSummary,
  ImportFix,
  PageQuery,
  PreviewPage,
  PreviewSummary,
  ReadChoices,
  ReadOutcome,
  SessionProgress,
} from './import-session-types';

export type SessionRequest =
  | { op: 'open'; dbName: string }
  | { op: 'read'; file: Blob | Uint8Array; fileName: string; choices: ReadChoices }
  | { op: 'page'; query: PageQuery }
  | { op: 'fix'; fix: ImportFix }
  | { op: 'skip'; rows: number[]; skip: boolean }
  | { op: 'skipErrorRows' }
  | { op: 'commit'; actor: string }
  | { op: 'undo'; batchId: string; actor: string };

/** The answer type of each request. */
export interface SessionAnswers {
  open: null;
  read: ReadOutcome;
  page: PreviewPage;
  fix: PreviewSummary;
  skip: PreviewSummary;
  skipErrorRows: PreviewSummary;
  commit: CommitSummary;
  undo: UndoResult;
}

export type WorkerRequest = SessionRequest & { id: number };

/** An error as the window shows it: the message in Chinese, the English variant when known. */
export interface WireError {
  name: string;
  message: string;
  messageEn?: string;
  code?: string;
}

export type WorkerResponse =
  | { type: 'progress'; progress: SessionProgress }
  | { type: 'answer'; id: number; ok: true; value: unknown }
  | { type: 'answer'; id: number; ok: false; error: WireError };
