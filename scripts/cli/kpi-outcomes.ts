// The outcomes file of `cli kpi`: a JSON list of
// `{ "vin", "outcome", "reason"?, "insurer"?, "premium"?, "at" }`. Each bad entry is named
// (its position, the field, what to write instead) and left out; the rest are applied.
import { OUTCOMES, type Outcome } from '../../shared/domain/types';
import { UsageError } from './import-command';
import { readJsonFile } from './read-json';

export const KNOWN_OUTCOMES: readonly Outcome[] = OUTCOMES;

export interface OutcomeEntry {
  index: number;
  vin: string;
  outcome: Outcome;
  at: string;
  reason: string | null;
  insurer: string | null;
  premium: number | null;
}

export interface OutcomeProblem {
  /** 1-based position in the file's list. */
  entry: number;
  code: 'bad_entry' | 'unknown_outcome' | 'bad_date' | 'bad_premium' | 'unknown_vehicle';
  message: string;
}

// An ISO date-time with an offset (or Z): a time without one would be read in the machine's
// zone, and the case it belongs to could change with the computer.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function parseOutcomes(data: unknown): {
  entries: OutcomeEntry[];
  problems: OutcomeProblem[];
} {
  const list = Array.isArray(data) ? data : (data as { outcomes?: unknown } | null)?.outcomes;
  if (!Array.isArray(list)) {
    throw new UsageError(
      '结果文件应是 JSON 数组，例如 [{"vin":"LSVAU2180N2183294","outcome":"renewed","at":"2026-06-20T10:00:00+08:00"}]',
    );
  }
  const entries: OutcomeEntry[] = [];
  const problems: OutcomeProblem[] = [];
  list.forEach((raw: unknown, i) => {
    const entry = i + 1;
    const e = (raw ?? {}) as Record<string, unknown>;
    if (typeof raw !== 'object' || raw === null || typeof e.vin !== 'string' || !e.vin.trim()) {
      problems.push({ entry, code: 'bad_entry', message: `第 ${entry} 项缺少 vin（车架号）` });
      return;
    }
    if (!KNOWN_OUTCOMES.includes(e.outcome as Outcome)) {
      problems.push({
        entry,
        code: 'unknown_outcome',
        message: `第 ${entry} 项的 outcome「${String(e.outcome)}」未知，应是 ${KNOWN_OUTCOMES.join('、')} 之一`,
      });
      return;
    }
    if (typeof e.at !== 'string' || !ISO_WITH_OFFSET.test(e.at) || Number.isNaN(Date.parse(e.at))) {
      problems.push({
        entry,
        code: 'bad_date',
        message: `第 ${entry} 项的 at「${String(e.at)}」不是带时区的时间，例如 2026-06-20T10:00:00+08:00`,
      });
      return;
    }
    const premium = e.premium === undefined || e.premium === null ? null : Number(e.premium);
    if (premium !== null && (!Number.isFinite(premium) || premium < 0)) {
      problems.push({
        entry,
        code: 'bad_premium',
        message: `第 ${entry} 项的 premium「${String(e.premium)}」应是不小于 0 的数字`,
      });
      return;
    }
    entries.push({
      index: entry,
      vin: e.vin.trim().toUpperCase(),
      outcome: e.outcome as Outcome,
      at: new Date(e.at).toISOString(),
      reason: typeof e.reason === 'string' && e.reason.trim() ? e.reason.trim() : null,
      insurer: typeof e.insurer === 'string' && e.insurer.trim() ? e.insurer.trim() : null,
      premium,
    });
  });
  return { entries, problems };
}

export async function readOutcomesFile(path: string) {
  return parseOutcomes(await readJsonFile(path, '结果文件'));
}
