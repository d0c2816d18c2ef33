// Mutation scores per folder of shared/domain from a mutation-testing-report-schema document.
export interface MutationReport {
  files: Record<string, { mutants: { status: string }[] }>;
}

export interface FolderScore {
  folder: string;
  detected: number;
  survived: number;
  noCoverage: number;
  percent: number;
}

/** The folders the summary line names, in its order; files directly in shared/domain count only in "all". */
export const SUMMARY_FOLDERS = [
  'reminders',
  'import',
  'normalize',
  'validation',
  'scripts',
  'search',
] as const;

const DETECTED = new Set(['Killed', 'Timeout']);

function folderOf(file: string): string {
  const rel = file.replace(/\\/g, '/').replace(/^.*?shared\/domain\//, '');
  const slash = rel.indexOf('/');
  return slash < 0 ? '(root)' : rel.slice(0, slash);
}

function score(folder: string, statuses: string[]): FolderScore {
  const detected = statuses.filter((s) => DETECTED.has(s)).length;
  const survived = statuses.filter((s) => s === 'Survived').length;
  const noCoverage = statuses.filter((s) => s === 'NoCoverage').length;
  const valid = detected + survived + noCoverage;
  return {
    folder,
    detected,
    survived,
    noCoverage,
    percent: valid === 0 ? 100 : (100 * detected) / valid,
  };
}

export function folderScores(report: MutationReport): { folders: FolderScore[]; all: FolderScore } {
  const byFolder = new Map<string, string[]>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const folder = folderOf(file);
    const list = byFolder.get(folder) ?? [];
    list.push(...mutants.map((m) => m.status));
    byFolder.set(folder, list);
  }
  const folders = [...byFolder.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([folder, statuses]) => score(folder, statuses));
  return { folders, all: score('all', [...byFolder.values()].flat()) };
}

export function summaryLine({ folders, all }: ReturnType<typeof folderScores>): string {
  const pct = (s: FolderScore | undefined) => (s ? `${Math.floor(s.percent)}%` : 'n/a');
  const named = SUMMARY_FOLDERS.map((f) => `${f} ${pct(folders.find((s) => s.folder === f))}`);
  return `mutation: ${named.join(', ')}, all ${pct(all)}`;
}
