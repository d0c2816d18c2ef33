// The arguments `cli plan` and `cli kpi` share: `--today YYYY-MM-DD` (required) and one file
// option of the command's own (--staff, --outcomes); everything else goes on to the import
// options (files and --insurer).
import { UsageError } from './import-command';

export interface DayArgsSpec {
  /** The command's file option, e.g. `--staff`. */
  fileOption: string;
  /** What the file option holds when nothing follows it ('' is then refused as empty). */
  missingFile: '' | null;
  /** The usage message for a missing or malformed --today. */
  todayUsage: string;
  /** The usage message for an empty file option. */
  fileUsage: string;
}

export function parseDayArgs(
  argv: string[],
  spec: DayArgsSpec,
): { rest: string[]; today: string; file: string | null } {
  const rest: string[] = [];
  let today: string | null = null;
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--today') today = argv[++i] ?? null;
    else if (arg === spec.fileOption) file = argv[++i] ?? spec.missingFile;
    else rest.push(arg);
  }
  if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
    throw new UsageError(spec.todayUsage);
  }
  if (file === '') throw new UsageError(spec.fileUsage);
  return { rest, today, file };
}
