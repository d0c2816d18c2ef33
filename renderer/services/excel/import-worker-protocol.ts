// Messages between the import screen and the import worker (structured-clone safe).
import type { ParseOptions, ParseOutcome, ParseProgress } from './pipeline';

export interface WorkerRequest {
  type: 'parse';
  bytes: Uint8Array;
  fileName: string;
  options: Omit<ParseOptions, 'limits'>;
}

export type WorkerResponse =
  { type: 'progress'; progress: ParseProgress } | { type: 'result'; outcome: ParseOutcome };
